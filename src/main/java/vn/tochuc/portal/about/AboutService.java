package vn.tochuc.portal.about;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.media.MediaUsage;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.RichText;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;

/** The "Giới thiệu" pages: reading them, and the administrator's changes (each one audited). */
@Service
public class AboutService {

	/** Paths under /gioi-thieu that are not text pages. */
	public static final Set<String> RESERVED_SLUGS = Set.of("so-do-to-chuc", "lanh-dao", "lien-he");

	/** How the media library names these records among those that use its items. */
	static final String MEDIA_PAGE = "about-page";

	static final String MEDIA_LEADER = "about-leader";

	private final AboutPageRepository pages;

	private final AboutUnitRepository units;

	private final AboutLeaderRepository leaders;

	private final AboutContactRepository contacts;

	private final MediaLibrary media;

	private final MediaUsage mediaUsage;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AboutService(AboutPageRepository pages, AboutUnitRepository units, AboutLeaderRepository leaders,
			AboutContactRepository contacts, MediaLibrary media, MediaUsage mediaUsage, ApplicationEventPublisher events,
			Clock clock) {
		this.pages = pages;
		this.units = units;
		this.leaders = leaders;
		this.contacts = contacts;
		this.media = media;
		this.mediaUsage = mediaUsage;
		this.events = events;
		this.clock = clock;
	}

	// ---- text pages -----------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<AboutPage> pages() {
		return pages.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public Optional<AboutPage> page(String slug) {
		return pages.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public AboutPage page(Long id) {
		return pages.findById(id).orElseThrow(() -> new NotFoundException("about page " + id));
	}

	@Transactional
	public AboutPage createPage(AboutText text) {
		String slug = Slugs.unique(Slugs.slugify(text.titleVi()),
				(candidate) -> RESERVED_SLUGS.contains(candidate) || pages.existsBySlug(candidate));
		AboutPage page = new AboutPage(slug);
		page.change(sanitized(text), clock.instant());
		pages.save(page);
		recordMediaUse(page);
		events.publishEvent(new StaffAction("about.page.create", "about_page", page.getId(), page.getTitleVi()));
		return page;
	}

	@Transactional
	public AboutPage updatePage(Long id, long version, AboutText text) {
		AboutPage page = page(id);
		checkVersion(page.getVersion(), version, AboutPage.class, id);
		page.change(sanitized(text), clock.instant());
		pages.flush();
		recordMediaUse(page);
		events.publishEvent(new StaffAction("about.page.update", "about_page", id, page.getTitleVi()));
		return page;
	}

	/** The about pages are always public, and so are the pictures and files in their text. */
	private void recordMediaUse(AboutPage page) {
		mediaUsage.record(MEDIA_PAGE, page.getId(), true, mediaUsage.referencedIn(page.getBodyVi(), page.getBodyEn()));
	}

	private static AboutText sanitized(AboutText text) {
		String english = text.bodyEn() == null || text.bodyEn().isBlank() ? null : RichText.sanitize(text.bodyEn());
		return new AboutText(text.titleVi(), text.titleEn(), RichText.sanitize(Objects.requireNonNullElse(text.bodyVi(), "")),
				english, text.position());
	}

	// ---- organisation chart ---------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<AboutUnit> units() {
		return units.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public AboutUnit unit(Long id) {
		return units.findById(id).orElseThrow(() -> new NotFoundException("about unit " + id));
	}

	/** The chart as a tree: the top units with everything under them, in their order. */
	@Transactional(readOnly = true)
	public List<UnitNode> chart() {
		List<AboutUnit> all = units.findAllByOrderByPositionAscIdAsc();
		Map<Long, List<AboutUnit>> byParent = new LinkedHashMap<>();
		for (AboutUnit unit : all) {
			byParent.computeIfAbsent(unit.getParentId(), (key) -> new ArrayList<>()).add(unit);
		}
		return nodes(byParent, null, new HashSet<>());
	}

	private static List<UnitNode> nodes(Map<Long, List<AboutUnit>> byParent, Long parent, Set<Long> seen) {
		List<UnitNode> nodes = new ArrayList<>();
		for (AboutUnit unit : byParent.getOrDefault(parent, List.of())) {
			if (seen.add(unit.getId())) {
				nodes.add(new UnitNode(unit, nodes(byParent, unit.getId(), seen)));
			}
		}
		return nodes;
	}

	@Transactional
	public AboutUnit createUnit(Long parentId, String nameVi, String nameEn, int position) {
		if (parentId != null) {
			unit(parentId);
		}
		AboutUnit unit = units.save(new AboutUnit(parentId, nameVi, nameEn, position));
		events.publishEvent(new StaffAction("about.unit.create", "about_unit", unit.getId(), unit.getNameVi()));
		return unit;
	}

	@Transactional
	public AboutUnit updateUnit(Long id, long version, Long parentId, String nameVi, String nameEn, int position) {
		AboutUnit unit = unit(id);
		checkVersion(unit.getVersion(), version, AboutUnit.class, id);
		for (Long above = parentId; above != null; above = unit(above).getParentId()) {
			if (above.equals(id)) {
				throw new AboutRuleException("parentId", "about.unit.parent.cycle");
			}
		}
		unit.change(parentId, nameVi, nameEn, position);
		units.flush();
		events.publishEvent(new StaffAction("about.unit.update", "about_unit", id, unit.getNameVi()));
		return unit;
	}

	@Transactional
	public void deleteUnit(Long id, long version) {
		AboutUnit unit = unit(id);
		checkVersion(unit.getVersion(), version, AboutUnit.class, id);
		if (units.existsByParentId(id)) {
			throw new AboutRuleException("parentId", "about.unit.hasChildren");
		}
		units.delete(unit);
		events.publishEvent(new StaffAction("about.unit.delete", "about_unit", id, unit.getNameVi()));
	}

	// ---- leadership -----------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<LeaderView> leaders() {
		return leaders.findAllByOrderByPositionAscIdAsc().stream()
			.map((leader) -> new LeaderView(leader, media.find(leader.getPhotoMediaId()).orElse(null)))
			.toList();
	}

	@Transactional(readOnly = true)
	public AboutLeader leader(Long id) {
		return leaders.findById(id).orElseThrow(() -> new NotFoundException("about leader " + id));
	}

	@Transactional
	public AboutLeader createLeader(String name, String titleVi, String titleEn, Long photoId, int position) {
		checkPhoto(photoId);
		AboutLeader leader = leaders.save(new AboutLeader(name, titleVi, titleEn, photoId, position));
		mediaUsage.record(MEDIA_LEADER, leader.getId(), true, photoId == null ? List.of() : List.of(photoId));
		events.publishEvent(new StaffAction("about.leader.create", "about_leader", leader.getId(), leader.getName()));
		return leader;
	}

	@Transactional
	public AboutLeader updateLeader(Long id, long version, String name, String titleVi, String titleEn, Long photoId,
			int position) {
		AboutLeader leader = leader(id);
		checkVersion(leader.getVersion(), version, AboutLeader.class, id);
		checkPhoto(photoId);
		leader.change(name, titleVi, titleEn, photoId, position);
		leaders.flush();
		mediaUsage.record(MEDIA_LEADER, id, true, photoId == null ? List.of() : List.of(photoId));
		events.publishEvent(new StaffAction("about.leader.update", "about_leader", id, leader.getName()));
		return leader;
	}

	@Transactional
	public void deleteLeader(Long id, long version) {
		AboutLeader leader = leader(id);
		checkVersion(leader.getVersion(), version, AboutLeader.class, id);
		leaders.delete(leader);
		mediaUsage.forget(MEDIA_LEADER, id);
		events.publishEvent(new StaffAction("about.leader.delete", "about_leader", id, leader.getName()));
	}

	private void checkPhoto(Long photoId) {
		if (photoId != null && media.find(photoId).filter(MediaItem::isImage).isEmpty()) {
			throw new AboutRuleException("photoId", "about.leader.photo.invalid");
		}
	}

	// ---- contacts -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public AboutContact contact() {
		return contacts.findById(AboutContact.ID).orElseThrow();
	}

	@Transactional
	public AboutContact updateContact(long version, ContactDetails details) {
		AboutContact contact = contact();
		checkVersion(contact.getVersion(), version, AboutContact.class, AboutContact.ID);
		contact.change(details);
		contacts.flush();
		events.publishEvent(new StaffAction("about.contact.update", "about_contact", AboutContact.ID,
				details.officerName()));
		return contact;
	}

	private static void checkVersion(long current, long expected, Class<?> type, Object id) {
		if (current != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
