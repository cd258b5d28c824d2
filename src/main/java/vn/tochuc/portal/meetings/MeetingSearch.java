package vn.tochuc.portal.meetings;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.Searchable;
import vn.tochuc.portal.platform.SearchableSource;

/**
 * Meetings as the search index sees them. Planned and held meetings are public and searchable;
 * a cancelled meeting keeps its page (readers who follow an old link learn it was cancelled)
 * but leaves the search, so a search for what is on never offers a meeting that will not take
 * place.
 */
@Component
class MeetingSearch implements SearchableSource {

	static final String TYPE = "meeting";

	static final int BATCH = 200;

	private final MeetingRepository meetings;

	private final EntityManager entityManager;

	private final ZoneId zone;

	MeetingSearch(MeetingRepository meetings, EntityManager entityManager, PortalProperties properties) {
		this.meetings = meetings;
		this.entityManager = entityManager;
		this.zone = properties.site().zone();
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachPublic(Consumer<Searchable> consumer) {
		long after = 0;
		while (true) {
			List<Long> ids = meetings.findSearchableIds(after, MeetingStatus.CANCELLED, PageRequest.of(0, BATCH));
			if (ids.isEmpty()) {
				return;
			}
			meetings.findWithPeople(ids).forEach((meeting) -> consumer.accept(describe(meeting)));
			entityManager.clear();
			after = ids.get(ids.size() - 1);
		}
	}

	static boolean isSearchable(Meeting meeting) {
		return meeting.getStatus() != MeetingStatus.CANCELLED;
	}

	/** Title and summary as they are; who chaired, who took part, where, the agenda and documents as text. */
	Searchable describe(Meeting meeting) {
		List<String> text = new ArrayList<>();
		add(text, meeting.getSummary());
		add(text, meeting.getPlace());
		add(text, meeting.getOrganiser());
		meeting.getChairs().forEach((person) -> add(text, person.getLabel()));
		add(text, meeting.getAttendees().stream().map(Organisation::getName).collect(Collectors.joining(", ")));
		add(text, meeting.getAgenda());
		add(text, meeting.getDocuments());
		return new Searchable(TYPE, meeting.getId(), meeting.getTitle(), meeting.getSummary(), String.join("\n", text),
				meeting.getPath(), meeting.getStartsAt().atZone(zone).toLocalDate(), List.of());
	}

	private static void add(List<String> text, String part) {
		if (part != null && !part.isBlank()) {
			text.add(part.strip());
		}
	}

}
