package vn.tochuc.portal.meetings.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.meetings.Organisation;
import vn.tochuc.portal.meetings.Person;

/** The meeting form as posted; times are datetime-local values in the department's time zone. */
public class MeetingForm {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@NotBlank(message = "{meeting.title.required}")
	@Size(max = 300, message = "{meeting.title.tooLong}")
	private String title;

	@NotNull(message = "{meeting.kind.required}")
	private MeetingKind kind = MeetingKind.BRIEFING;

	@NotBlank(message = "{meeting.startsAt.required}")
	private String startsAt;

	private String endsAt;

	@Size(max = 300, message = "{meeting.place.tooLong}")
	private String place;

	@NotNull(message = "{meeting.format.required}")
	private MeetingFormat format = MeetingFormat.IN_PERSON;

	@Min(value = 0, message = "{meeting.bridgePoints.negative}")
	private Integer bridgePoints;

	@Size(max = 300, message = "{meeting.organiser.tooLong}")
	private String organiser;

	@Size(max = 5000, message = "{meeting.summary.tooLong}")
	private String summary;

	@Size(max = 5000, message = "{meeting.agenda.tooLong}")
	private String agenda;

	@Size(max = 5000, message = "{meeting.documents.tooLong}")
	private String documents;

	@Size(max = 5000, message = "{meeting.chairs.tooLong}")
	private String chairs;

	@Size(max = 10000, message = "{meeting.attendees.tooLong}")
	private String attendees;

	@NotNull(message = "{meeting.status.required}")
	private MeetingStatus status = MeetingStatus.PLANNED;

	private long version;

	static MeetingForm of(Meeting meeting, ZoneId zone) {
		MeetingForm form = new MeetingForm();
		form.title = meeting.getTitle();
		form.kind = meeting.getKind();
		form.startsAt = local(meeting.getStartsAt(), zone);
		form.endsAt = local(meeting.getEndsAt(), zone);
		form.place = meeting.getPlace();
		form.format = meeting.getFormat();
		form.bridgePoints = meeting.getBridgePoints();
		form.organiser = meeting.getOrganiser();
		form.summary = meeting.getSummary();
		form.agenda = meeting.getAgenda();
		form.documents = meeting.getDocuments();
		form.chairs = meeting.getChairs().stream().map(Person::getLabel).collect(Collectors.joining("\n"));
		form.attendees = meeting.getAttendees().stream().map(Organisation::getName).collect(Collectors.joining("\n"));
		form.status = meeting.getStatus();
		form.version = meeting.getVersion();
		return form;
	}

	MeetingDetails toDetails(ZoneId zone) {
		return new MeetingDetails(title == null ? null : title.strip(), kind, parse(startsAt, zone), parse(endsAt, zone),
				blankToNull(place), format, bridgePoints, blankToNull(organiser), blankToNull(summary),
				blankToNull(agenda), blankToNull(documents), status, lines(chairs), lines(attendees));
	}

	static Instant parse(String value, ZoneId zone) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String local(Instant instant, ZoneId zone) {
		return instant == null ? null : LOCAL.format(instant.atZone(zone));
	}

	private static java.util.List<String> lines(String text) {
		if (text == null) {
			return java.util.List.of();
		}
		return text.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public MeetingKind getKind() { return kind; }
	public void setKind(MeetingKind kind) { this.kind = kind; }
	public String getStartsAt() { return startsAt; }
	public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
	public String getEndsAt() { return endsAt; }
	public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public MeetingFormat getFormat() { return format; }
	public void setFormat(MeetingFormat format) { this.format = format; }
	public Integer getBridgePoints() { return bridgePoints; }
	public void setBridgePoints(Integer bridgePoints) { this.bridgePoints = bridgePoints; }
	public String getOrganiser() { return organiser; }
	public void setOrganiser(String organiser) { this.organiser = organiser; }
	public String getSummary() { return summary; }
	public void setSummary(String summary) { this.summary = summary; }
	public String getAgenda() { return agenda; }
	public void setAgenda(String agenda) { this.agenda = agenda; }
	public String getDocuments() { return documents; }
	public void setDocuments(String documents) { this.documents = documents; }
	public String getChairs() { return chairs; }
	public void setChairs(String chairs) { this.chairs = chairs; }
	public String getAttendees() { return attendees; }
	public void setAttendees(String attendees) { this.attendees = attendees; }
	public MeetingStatus getStatus() { return status; }
	public void setStatus(MeetingStatus status) { this.status = status; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

}
