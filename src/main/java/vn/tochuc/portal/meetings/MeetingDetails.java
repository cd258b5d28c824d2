package vn.tochuc.portal.meetings;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as staff enter it. Chairs are "Họ tên – Chức vụ" lines and attendees unit names;
 * both are matched to the people and units already known, new ones are added.
 */
public record MeetingDetails(String title, MeetingKind kind, Instant startsAt, Instant endsAt, String place,
		MeetingFormat format, Integer bridgePoints, String organiser, String summary, String agenda, String documents,
		MeetingStatus status, List<String> chairs, List<String> attendees) {

}
