package vn.tochuc.portal.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A hội nghị as a record: when, where, how, who chaired and who attended. */
@Entity
@Table(name = "meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 300)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeetingKind kind;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(length = 300)
	private String place;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeetingFormat format;

	@Column(name = "bridge_points")
	private Integer bridgePoints;

	@Column(length = 300)
	private String organiser;

	@Column(columnDefinition = "text")
	private String summary;

	@Column(columnDefinition = "text")
	private String agenda;

	@Column(columnDefinition = "text")
	private String documents;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeetingStatus status = MeetingStatus.PLANNED;

	@ManyToMany
	@JoinTable(name = "meeting_chair", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position")
	private List<Person> chairs = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	@OrderBy("name")
	private Set<Organisation> attendees = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(String slug) {
		this.slug = slug;
	}

	void apply(MeetingDetails details, List<Person> chairs, Set<Organisation> attendees, Instant now) {
		this.title = details.title();
		this.kind = details.kind();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.place = details.place();
		this.format = details.format();
		this.bridgePoints = details.format().hasBridgePoints() ? details.bridgePoints() : null;
		this.organiser = details.organiser();
		this.summary = details.summary();
		this.agenda = details.agenda();
		this.documents = details.documents();
		this.status = details.status();
		this.chairs.clear();
		this.chairs.addAll(chairs);
		this.attendees.clear();
		this.attendees.addAll(attendees);
		this.updatedAt = now;
	}

	void cancel(Instant now) {
		this.status = MeetingStatus.CANCELLED;
		this.updatedAt = now;
	}

	/**
	 * Still marked planned although its last day is over: readers are not told it is to come,
	 * staff are asked to record how it went.
	 */
	public boolean isAwaitingOutcome(java.time.LocalDate today, java.time.ZoneId zone) {
		Instant last = endsAt != null ? endsAt : startsAt;
		return status == MeetingStatus.PLANNED && last != null && last.atZone(zone).toLocalDate().isBefore(today);
	}

	public String getPath() {
		return "/hoi-nghi/" + slug;
	}

	public List<String> getAgendaItems() {
		return lines(agenda);
	}

	public List<String> getDocumentItems() {
		return lines(documents);
	}

	static List<String> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public MeetingKind getKind() {
		return kind;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getPlace() {
		return place;
	}

	public MeetingFormat getFormat() {
		return format;
	}

	public Integer getBridgePoints() {
		return bridgePoints;
	}

	public String getOrganiser() {
		return organiser;
	}

	public String getSummary() {
		return summary;
	}

	public String getAgenda() {
		return agenda;
	}

	public String getDocuments() {
		return documents;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public List<Person> getChairs() {
		return chairs;
	}

	public Set<Organisation> getAttendees() {
		return attendees;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

}
