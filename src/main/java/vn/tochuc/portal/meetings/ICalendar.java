package vn.tochuc.portal.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The work schedule as an iCalendar feed (RFC 5545) that a phone calendar can subscribe to.
 * Times are written in UTC, so every calendar shows them in its own zone correctly.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** Meetings with no end time are shown as two hours long. */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

	private ICalendar() {
	}

	public static String of(List<Meeting> meetings, String calendarName, String baseUrl, String host, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//tochuc-portal//lich-cong-tac//VI");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:" + escape(calendarName));
		line(ics, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		for (Meeting meeting : meetings) {
			Instant end = meeting.getEndsAt() != null ? meeting.getEndsAt() : meeting.getStartsAt().plus(DEFAULT_LENGTH);
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:meeting-" + meeting.getId() + "@" + host);
			line(ics, "DTSTAMP:" + UTC.format(now));
			line(ics, "LAST-MODIFIED:" + UTC.format(meeting.getUpdatedAt()));
			line(ics, "SEQUENCE:" + meeting.getVersion());
			line(ics, "DTSTART:" + UTC.format(meeting.getStartsAt()));
			line(ics, "DTEND:" + UTC.format(end));
			line(ics, "SUMMARY:" + escape(meeting.getTitle()));
			if (meeting.getPlace() != null) {
				line(ics, "LOCATION:" + escape(meeting.getPlace()));
			}
			String description = description(meeting);
			if (!description.isEmpty()) {
				line(ics, "DESCRIPTION:" + escape(description));
			}
			line(ics, "URL:" + baseUrl + meeting.getPath());
			line(ics, "STATUS:" + switch (meeting.getStatus()) {
				case PLANNED -> "TENTATIVE";
				case HELD -> "CONFIRMED";
				case CANCELLED -> "CANCELLED";
			});
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static String description(Meeting meeting) {
		StringBuilder text = new StringBuilder();
		if (!meeting.getChairs().isEmpty()) {
			text.append(meeting.getChairs().stream().map(Person::getLabel).collect(Collectors.joining("; ")));
		}
		if (meeting.getSummary() != null) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(meeting.getSummary());
		}
		return text.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Lines end in CRLF and fold at 75 octets, never inside a UTF-8 character. */
	private static void line(StringBuilder out, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= 75) {
			out.append(content).append("\r\n");
			return;
		}
		int octets = 0;
		int limit = 75;
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(current).append("\r\n ");
				current.setLength(0);
				octets = 0;
				limit = 74;
			}
			current.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(current).append("\r\n");
	}

}
