package vn.tochuc.portal.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.CacheTags;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.SearchableChanged;
import vn.tochuc.portal.platform.SearchableWithdrawn;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;

/** Meetings as records, the people and units they involve, and the work schedule. */
@Service
public class MeetingService {

	private final MeetingRepository meetings;

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	private final MeetingSearch search;

	private final Clock clock;

	private final ZoneId zone;

	MeetingService(MeetingRepository meetings, PersonRepository people, OrganisationRepository organisations,
			ApplicationEventPublisher events, MeetingSearch search, Clock clock, PortalProperties properties) {
		this.meetings = meetings;
		this.people = people;
		this.organisations = organisations;
		this.events = events;
		this.search = search;
		this.clock = clock;
		this.zone = properties.site().zone();
	}

	@Transactional
	public Meeting create(MeetingDetails details) {
		requireValid(details);
		Meeting meeting = new Meeting(Slugs.unique(Slugs.slugify(details.title()), meetings::existsBySlug));
		meeting.apply(details, chairsOf(details), attendeesOf(details), clock.instant());
		meetings.saveAndFlush(meeting);
		events.publishEvent(new StaffAction("meeting.create", "meeting", meeting.getId(), meeting.getTitle()));
		announce(meeting);
		events.publishEvent(changed(meeting, true));
		return meeting;
	}

	@Transactional
	public Meeting update(Long id, long formVersion, MeetingDetails details) {
		Meeting meeting = get(id);
		if (meeting.getVersion() != formVersion) {
			throw new StaleMeetingException(id);
		}
		requireValid(details);
		Instant startedAt = meeting.getStartsAt();
		MeetingStatus statusBefore = meeting.getStatus();
		meeting.apply(details, chairsOf(details), attendeesOf(details), clock.instant());
		meetings.saveAndFlush(meeting);
		events.publishEvent(new StaffAction("meeting.update", "meeting", meeting.getId(), meeting.getTitle()));
		announce(meeting);
		events.publishEvent(changed(meeting,
				!java.util.Objects.equals(startedAt, meeting.getStartsAt()) || statusBefore != meeting.getStatus()));
		return meeting;
	}

	@Transactional
	public Meeting cancel(Long id, long formVersion) {
		Meeting meeting = get(id);
		if (meeting.getVersion() != formVersion) {
			throw new StaleMeetingException(id);
		}
		meeting.cancel(clock.instant());
		meetings.saveAndFlush(meeting);
		events.publishEvent(new StaffAction("meeting.cancel", "meeting", meeting.getId(), meeting.getTitle()));
		announce(meeting);
		events.publishEvent(changed(meeting, true));
		return meeting;
	}

	/**
	 * The meeting's page and search always; the lists and the schedule too when it enters them,
	 * leaves them or moves in them (its time or status changed), not on a mere edit.
	 */
	private static MeetingChanged changed(Meeting meeting, boolean movedInLists) {
		Set<String> tags = new LinkedHashSet<>(List.of(CacheTags.meeting(meeting.getId()), CacheTags.SEARCH));
		if (movedInLists) {
			tags.add(CacheTags.MEETING_LIST);
		}
		return new MeetingChanged(meeting.getId(), tags);
	}

	/** Planned and held meetings can be found by search; a cancelled one leaves it (see {@link MeetingSearch}). */
	private void announce(Meeting meeting) {
		if (MeetingSearch.isSearchable(meeting)) {
			events.publishEvent(new SearchableChanged(search.describe(meeting)));
		}
		else {
			events.publishEvent(new SearchableWithdrawn(MeetingSearch.TYPE, meeting.getId()));
		}
	}

	@Transactional(readOnly = true)
	public Meeting get(Long id) {
		return meetings.findWithPeople(id).orElseThrow(() -> new NotFoundException("meeting " + id));
	}

	@Transactional(readOnly = true)
	public Optional<Meeting> find(Long id) {
		return id == null ? Optional.empty() : meetings.findWithPeople(id);
	}

	@Transactional(readOnly = true)
	public Optional<Meeting> findBySlug(String slug) {
		return meetings.findBySlug(slug);
	}

	/** A page of meetings, newest first; the chairs come in one more statement, whatever the page size. */
	@Transactional(readOnly = true)
	public Page<Meeting> search(MeetingFilter filter, int page, int size) {
		Instant from = filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1).atStartOfDay(zone).toInstant();
		Instant to = filter.year() == null ? null : LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(zone).toInstant();
		Page<Meeting> result = meetings.search(from, to, filter.kind(), filter.status(), filter.personId(),
				filter.organisationId(), PageRequest.of(page, size));
		withChairs(result.getContent());
		return result;
	}

	/** These meetings (cancelled ones left out), newest first: for pages that list meetings about something. */
	@Transactional(readOnly = true)
	public List<Meeting> heldOrPlannedAmong(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return meetings.findAllById(ids).stream()
			.filter((meeting) -> meeting.getStatus() != MeetingStatus.CANCELLED)
			.sorted(java.util.Comparator.comparing(Meeting::getStartsAt).reversed())
			.toList();
	}

	/** Every meeting's id, for features that rebuild what they know about meetings. */
	@Transactional(readOnly = true)
	public List<Long> allIds() {
		return meetings.findAll().stream().map(Meeting::getId).sorted().toList();
	}

	@Transactional(readOnly = true)
	public List<Integer> years() {
		return meetings.findYears();
	}

	/** Monday of the week holding the given day, in the department's time zone. */
	public LocalDate weekStart(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** The work schedule: meetings starting from Monday 00:00 to the next Monday 00:00, Vietnam time. */
	@Transactional(readOnly = true)
	public List<Meeting> week(LocalDate monday) {
		Instant from = monday.atStartOfDay(zone).toInstant();
		Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
		return withChairs(meetings.findStartingBetween(from, to));
	}

	/** For the calendar feed: the last month and everything ahead. */
	@Transactional(readOnly = true)
	public List<Meeting> calendar() {
		Instant now = clock.instant();
		return withChairs(meetings.findStartingBetween(now.minus(Duration.ofDays(31)), now.plus(Duration.ofDays(400))));
	}

	@Transactional(readOnly = true)
	public List<Meeting> recentForPicking() {
		return meetings.findTop200ByOrderByStartsAtDesc();
	}

	@Transactional(readOnly = true)
	public List<Person> people() {
		return people.findAllByOrderByFullNameAsc();
	}

	@Transactional(readOnly = true)
	public List<Organisation> organisations() {
		return organisations.findAllByOrderByNameAsc();
	}

	/** Loads the chairs of all these meetings in one statement (into the same persistence context). */
	private List<Meeting> withChairs(List<Meeting> found) {
		if (!found.isEmpty()) {
			meetings.findWithChairs(found.stream().map(Meeting::getId).toList());
		}
		return found;
	}

	/** Whether readers should be told the outcome is not yet recorded instead of "planned". */
	public boolean awaitingOutcome(Meeting meeting) {
		return meeting.isAwaitingOutcome(today(), zone);
	}

	/** Planned meetings whose day is over, for the staff dashboard, oldest first. */
	@Transactional(readOnly = true)
	public Page<Meeting> awaitingOutcome(int size) {
		return meetings.findStale(MeetingStatus.PLANNED, today().atStartOfDay(zone).toInstant(),
				PageRequest.of(0, size));
	}

	public ZoneId zone() {
		return zone;
	}

	private static void requireValid(MeetingDetails details) {
		Map<String, String> problems = MeetingRules.problems(details);
		if (!problems.isEmpty()) {
			throw new InvalidMeetingException(problems);
		}
	}

	private List<Person> chairsOf(MeetingDetails details) {
		List<Person> chairs = new ArrayList<>();
		for (String line : details.chairs()) {
			String[] parts = line.split("\\s+[–—-]\\s+", 2);
			String name = parts[0].strip();
			String title = parts.length > 1 ? parts[1].strip() : null;
			if (name.isEmpty()) {
				continue;
			}
			Person person = (title == null ? people.findFirstByFullNameIgnoreCaseAndTitleIsNull(name)
					: people.findFirstByFullNameIgnoreCaseAndTitleIgnoreCase(name, title))
				.orElseGet(() -> people.save(new Person(name, title)));
			if (!chairs.contains(person)) {
				chairs.add(person);
			}
		}
		return chairs;
	}

	private Set<Organisation> attendeesOf(MeetingDetails details) {
		Set<Organisation> attendees = new LinkedHashSet<>();
		for (String line : details.attendees()) {
			String name = line.strip();
			if (!name.isEmpty()) {
				attendees.add(organisations.findFirstByNameIgnoreCase(name)
					.orElseGet(() -> organisations.save(new Organisation(name))));
			}
		}
		return attendees;
	}

}
