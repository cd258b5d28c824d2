package vn.tochuc.portal.news;

import java.time.Instant;

/**
 * What the staff member asked for besides the content: the action, and where it needs one,
 * the publication time (schedule) or the note for the author (send back).
 */
public record EditorCommand(EditorAction action, Instant scheduledAt, String note) {

	public static EditorCommand of(EditorAction action) {
		return new EditorCommand(action, null, null);
	}

}
