package vn.tochuc.portal.meetings;

import java.util.Set;

import vn.tochuc.portal.platform.ReaderContentChanged;

/**
 * A meeting created, edited or cancelled. Meetings are public from the start, so every change
 * alters the meeting's page, search, and the lists and schedule when it enters them or moves in
 * them (see {@link MeetingService}).
 */
public record MeetingChanged(long meetingId, Set<String> cacheTags) implements ReaderContentChanged {

	public MeetingChanged {
		cacheTags = Set.copyOf(cacheTags);
		if (cacheTags.isEmpty()) {
			throw new IllegalArgumentException("A meeting change names what it changed");
		}
	}

}
