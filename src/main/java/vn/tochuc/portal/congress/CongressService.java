package vn.tochuc.portal.congress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.SearchableChanged;
import vn.tochuc.portal.platform.SearchableWithdrawn;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;
import vn.tochuc.portal.staffing.Violation;

/**
 * Committees, terms, congresses and their results: reading them with what is derived from them
 * (progress by level, the calendar by week), and every change, which is checked against the
 * rules, recorded value by value in the history, announced as a {@link StaffAction} and, since
 * every congress is public, to the search index. Only ADMIN, EDITOR and STATISTICS may change
 * anything, whatever the URL rules say.
 */
@Service
public class CongressService {

	/** Congresses are public from the moment they are recorded; this is their kind for the search index. */
	public static final String SEARCH_TYPE = "congress";

	private final PartyCommitteeRepository committees;

	private final CongressTermRepository terms;

	private final CongressRepository congresses;

	private final CongressResultRepository results;

	private final CongressChangeRepository changes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	CongressService(PartyCommitteeRepository committees, CongressTermRepository terms, CongressRepository congresses,
			CongressResultRepository results, CongressChangeRepository changes, ApplicationEventPublisher events,
			Clock clock, PortalProperties properties) {
		this.committees = committees;
		this.terms = terms;
		this.congresses = congresses;
		this.results = results;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
		this.zone = properties.site().zone();
	}

	// ---- reading: terms and committees ---------------------------------------------------------

	@Transactional(readOnly = true)
	public List<CongressTerm> terms() {
		return terms.findAllByOrderByStartYearAsc();
	}

	@Transactional(readOnly = true)
	public CongressTerm term(Long id) {
		return terms.findById(id).orElseThrow(() -> new NotFoundException("congress term " + id));
	}

	@Transactional(readOnly = true)
	public Optional<CongressTerm> termByCode(String code) {
		String wanted = code == null ? "" : code.replace('–', '-').replace(" ", "");
		return terms().stream().filter((t) -> t.getCode().equals(wanted)).findFirst();
	}

	/**
	 * The term readers see first: the one holding this year if it has congresses, else the latest
	 * term that has any, else the latest term.
	 */
	@Transactional(readOnly = true)
	public Optional<CongressTerm> defaultTerm() {
		List<CongressTerm> all = terms();
		Set<Long> inUse = new HashSet<>(congresses.findTermIdsInUse());
		int year = today().getYear();
		return all.stream().filter((t) -> t.contains(year) && inUse.contains(t.getId())).findFirst()
			.or(() -> all.stream().filter((t) -> inUse.contains(t.getId())).reduce((a, b) -> b))
			.or(() -> all.stream().reduce((a, b) -> b));
	}

	@Transactional(readOnly = true)
	public List<PartyCommittee> committees() {
		return committees.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public PartyCommittee committee(Long id) {
		return committees.findById(id).orElseThrow(() -> new NotFoundException("party committee " + id));
	}

	/** The committees in tree order (each parent before its children), with their depth. */
	@Transactional(readOnly = true)
	public List<CommitteeNode> committeeTree() {
		List<PartyCommittee> all = committees.findAllByOrderByPositionAscIdAsc();
		Set<Long> ids = all.stream().map(PartyCommittee::getId).collect(Collectors.toSet());
		Map<Long, List<PartyCommittee>> childrenOf = new LinkedHashMap<>();
		List<PartyCommittee> roots = new ArrayList<>();
		for (PartyCommittee committee : all) {
			if (committee.getParentId() == null || !ids.contains(committee.getParentId())) {
				roots.add(committee);
			}
			else {
				childrenOf.computeIfAbsent(committee.getParentId(), (k) -> new ArrayList<>()).add(committee);
			}
		}
		List<CommitteeNode> out = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (PartyCommittee root : roots) {
			walk(root, 0, childrenOf, out, seen);
		}
		return out;
	}

	private static void walk(PartyCommittee committee, int depth, Map<Long, List<PartyCommittee>> childrenOf,
			List<CommitteeNode> out, Set<Long> seen) {
		if (!seen.add(committee.getId())) {
			return;
		}
		out.add(new CommitteeNode(committee, depth));
		for (PartyCommittee child : childrenOf.getOrDefault(committee.getId(), List.of())) {
			walk(child, depth + 1, childrenOf, out, seen);
		}
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return committees.count() == 0 && terms.count() == 0 && congresses.count() == 0;
	}

	// ---- reading: congresses -----------------------------------------------------------------

	@Transactional(readOnly = true)
	public Congress congress(Long id) {
		return congresses.findWithDetails(id).orElseThrow(() -> new NotFoundException("congress " + id));
	}

	@Transactional(readOnly = true)
	public Optional<Congress> find(Long id) {
		return id == null ? Optional.empty() : congresses.findWithDetails(id);
	}

	@Transactional(readOnly = true)
	public Optional<Congress> bySlug(String slug) {
		return congresses.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public Optional<CongressResult> result(Long congressId) {
		return results.findByCongressId(congressId);
	}

	/** Whether readers should be told the result is not yet recorded instead of "planned". */
	public boolean awaitingResult(Congress congress) {
		return congress.isAwaitingResult(LocalDate.now(clock.withZone(zone)));
	}

	/** Planned congresses whose day is over, for the staff dashboard, oldest first. */
	@Transactional(readOnly = true)
	public Page<Congress> awaitingResult(int size) {
		return congresses.findStale(CongressStatus.PLANNED, LocalDate.now(clock.withZone(zone)), PageRequest.of(0, size));
	}

	/** A term's congresses with their results (two statements whatever their number), filtered. */
	@Transactional(readOnly = true)
	public List<CongressRow> rows(CongressTerm term, CongressFilter filter) {
		List<Congress> found = congresses.search(term.getId(), filter.level(), filter.status(), filter.pilot());
		return withResults(found);
	}

	/** One page of a term's results table, each row with its results: three statements. */
	@Transactional(readOnly = true)
	public Page<CongressRow> rows(CongressTerm term, CongressFilter filter, int page, int size) {
		Page<Congress> found = congresses.search(term.getId(), filter.level(), filter.status(), filter.pilot(),
				PageRequest.of(page, size));
		Map<Long, CongressResult> byCongress = resultsOf(found.map(Congress::getId).getContent());
		return found.map((c) -> new CongressRow(c, byCongress.get(c.getId())));
	}

	@Transactional(readOnly = true)
	public List<CongressRow> allRows() {
		return withResults(congresses.findAllNewestFirst());
	}

	private List<CongressRow> withResults(List<Congress> found) {
		Map<Long, CongressResult> byCongress = resultsOf(found.stream().map(Congress::getId).toList());
		return found.stream().map((c) -> new CongressRow(c, byCongress.get(c.getId()))).toList();
	}

	private Map<Long, CongressResult> resultsOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return results.findAllByCongressIdIn(ids).stream()
			.collect(Collectors.toMap(CongressResult::getCongressId, Function.identity(), (a, b) -> a));
	}

	/** Held x of y in the term readers see first, for the home page; empty while there is no term. */
	@Transactional(readOnly = true)
	public Optional<TermProgress> headline() {
		return defaultTerm().map((term) -> {
			Object[] row = congresses.countHeldInTerm(term.getId()).get(0);
			return new TermProgress(term, ((Number) row[1]).longValue(), ((Number) row[0]).longValue());
		});
	}

	/** Held x of y, overall, by level and for the pilots, with the results' totals. */
	@Transactional(readOnly = true)
	public Progress progress(CongressTerm term) {
		List<Congress> all = congresses.findAllInTerm(term.getId());
		Map<Long, ResultValues> values = new HashMap<>();
		resultsOf(all.stream().map(Congress::getId).toList()).forEach((id, r) -> values.put(id, r.values()));
		return Progress.of(all, values);
	}

	/** The term's congresses by week (Monday to Sunday), from the given Monday on. */
	@Transactional(readOnly = true)
	public List<TimelineWeek> timeline(CongressTerm term, LocalDate monday, int weeks) {
		List<Congress> all = congresses.findAllInTerm(term.getId());
		List<TimelineWeek> out = new ArrayList<>();
		for (int i = 0; i < weeks; i++) {
			LocalDate start = monday.plusWeeks(i);
			TimelineWeek week = new TimelineWeek(start, List.of());
			List<Congress> in = all.stream().filter((c) -> week.contains(c.getDate())).toList();
			out.add(new TimelineWeek(start, in));
		}
		return out;
	}

	/**
	 * Where the calendar of "the coming weeks" starts: this week, while the term still has congresses
	 * ahead; once they are all behind, the week of the earliest one still not held, else of the last
	 * one held, so the page still shows the term's calendar.
	 */
	@Transactional(readOnly = true)
	public LocalDate timelineStart(CongressTerm term) {
		LocalDate thisWeek = weekStart(today());
		List<Congress> all = congresses.findAllInTerm(term.getId());
		if (all.isEmpty() || all.stream().anyMatch((c) -> c.getDate() != null && !c.getDate().isBefore(thisWeek))) {
			return thisWeek;
		}
		return all.stream().filter((c) -> !c.isHeld() && c.getDate() != null).map(Congress::getDate)
			.min(Comparator.naturalOrder())
			.or(() -> all.stream().map(Congress::getDate).filter(Objects::nonNull).max(Comparator.naturalOrder()))
			.map(this::weekStart)
			.orElse(thisWeek);
	}

	public LocalDate weekStart(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** Every congress of the committee, newest term first (a committee page's history). */
	@Transactional(readOnly = true)
	public List<Congress> ofCommittee(Long committeeId) {
		return congresses.findAllOfCommittee(committeeId);
	}

	@Transactional(readOnly = true)
	public List<CongressChange> history(Long congressId) {
		return changes.findTop200ByCongressIdOrderByChangedAtDescIdDesc(congressId);
	}

	/** For the article form's picker: newest first. */
	@Transactional(readOnly = true)
	public List<Congress> forPicking() {
		List<Congress> all = congresses.findAllNewestFirst();
		return all.size() > 300 ? all.subList(0, 300) : all;
	}

	/** For the sitemap and the search index: every congress (all of them are public). */
	@Transactional(readOnly = true)
	public List<Congress> all() {
		return congresses.findAllNewestFirst();
	}

	// ---- changing: terms ---------------------------------------------------------------------

	@Transactional
	public CongressTerm createTerm(String name, int startYear, int endYear, PortalUser user) {
		requireKeeper(user);
		checkTerm(null, startYear, endYear);
		CongressTerm term = terms.save(new CongressTerm(name.strip(), startYear, endYear));
		events.publishEvent(new StaffAction("congress.term.create", "congress-term", term.getId(), term.getName()));
		events.publishEvent(new CongressChanged(Set.of(), true));
		return term;
	}

	@Transactional
	public CongressTerm updateTerm(Long id, long formVersion, String name, int startYear, int endYear,
			PortalUser user) {
		requireKeeper(user);
		CongressTerm term = term(id);
		requireVersion(term.getVersion(), formVersion, CongressTerm.class, id);
		checkTerm(term, startYear, endYear);
		term.describe(name.strip(), startYear, endYear);
		terms.flush();
		events.publishEvent(new StaffAction("congress.term.update", "congress-term", id, term.getName()));
		events.publishEvent(new CongressChanged(congressIdsOfTerm(id), true));
		congresses.findAllInTerm(id).forEach(this::announce);
		return term;
	}

	private void checkTerm(CongressTerm term, int startYear, int endYear) {
		List<Violation> violations = new ArrayList<>();
		if (endYear <= startYear) {
			violations.add(Violation.of("endYear", "congress.rule.termYears"));
		}
		boolean sameYears = term != null && term.getStartYear() == startYear && term.getEndYear() == endYear;
		if (!sameYears && terms.existsByStartYearAndEndYear(startYear, endYear)) {
			violations.add(Violation.of("startYear", "congress.rule.termExists"));
		}
		if (!violations.isEmpty()) {
			throw new CongressRuleException(violations);
		}
	}

	// ---- changing: committees ----------------------------------------------------------------

	@Transactional
	public PartyCommittee createCommittee(CommitteeDraft draft, PortalUser user) {
		requireKeeper(user);
		checkCommittee(null, draft);
		PartyCommittee committee = new PartyCommittee(Slugs.unique(Slugs.slugify(draft.name()), committees::existsBySlug));
		committee.describe(draft.name(), draft.level(), draft.parentId(), draft.staffingUnitId(), draft.position());
		committees.saveAndFlush(committee);
		events.publishEvent(new StaffAction("congress.committee.create", "party-committee", committee.getId(),
				committee.getName()));
		events.publishEvent(new CongressChanged(Set.of(), true));
		return committee;
	}

	@Transactional
	public PartyCommittee updateCommittee(Long id, long formVersion, CommitteeDraft draft, PortalUser user) {
		requireKeeper(user);
		PartyCommittee committee = committee(id);
		requireVersion(committee.getVersion(), formVersion, PartyCommittee.class, id);
		checkCommittee(committee, draft);
		String before = committee.getName();
		committee.describe(draft.name(), draft.level(), draft.parentId(), draft.staffingUnitId(), draft.position());
		committees.flush();
		events.publishEvent(new StaffAction("congress.committee.update", "party-committee", id, committee.getName()));
		events.publishEvent(new CongressChanged(congressIdsOfCommittee(id), true));
		if (!before.equals(committee.getName())) {
			// the congresses' titles hold the committee's name
			for (Congress congress : congresses.findAllOfCommittee(id)) {
				record(congress.getId(), "committee", before, committee.getName(), ChangeSource.FORM, user.username());
				announce(congress);
			}
		}
		return committee;
	}

	@Transactional
	public void deleteCommittee(Long id, long formVersion, PortalUser user) {
		requireKeeper(user);
		PartyCommittee committee = committee(id);
		requireVersion(committee.getVersion(), formVersion, PartyCommittee.class, id);
		List<Violation> violations = new ArrayList<>();
		if (committees.existsByParentId(id)) {
			violations.add(Violation.of("parentId", "congress.rule.committeeHasChildren"));
		}
		if (congresses.existsByCommitteeId(id)) {
			violations.add(Violation.of("name", "congress.rule.committeeHasCongresses"));
		}
		if (!violations.isEmpty()) {
			throw new CongressRuleException(violations);
		}
		committees.delete(committee);
		committees.flush();
		events.publishEvent(new StaffAction("congress.committee.delete", "party-committee", id, committee.getName()));
		events.publishEvent(new CongressChanged(Set.of(), true));
	}

	private void checkCommittee(PartyCommittee committee, CommitteeDraft draft) {
		List<Violation> violations = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			violations.add(Violation.of("name", "congress.committee.name.required"));
		}
		if (draft.level() == null) {
			violations.add(Violation.of("level", "congress.committee.level.required"));
		}
		if (draft.parentId() != null) {
			PartyCommittee parent = committees.findById(draft.parentId()).orElse(null);
			if (parent == null) {
				violations.add(Violation.of("parentId", "congress.rule.parentUnknown"));
			}
			else if (committee != null && isSelfOrDescendant(committee.getId(), parent.getId())) {
				violations.add(Violation.of("parentId", "congress.rule.parentCycle"));
			}
			else if (draft.level() != null && (draft.level() == CommitteeLevel.PROVINCE
					|| parent.getLevel().ordinal() > draft.level().ordinal())) {
				violations.add(Violation.of("level", "congress.rule.levelAboveParent"));
			}
		}
		if (!violations.isEmpty()) {
			throw new CongressRuleException(violations);
		}
	}

	private boolean isSelfOrDescendant(Long committeeId, Long candidateId) {
		Map<Long, Long> parentOf = new HashMap<>();
		committees.findAll().forEach((c) -> parentOf.put(c.getId(), c.getParentId()));
		Set<Long> seen = new HashSet<>();
		for (Long at = candidateId; at != null && seen.add(at); at = parentOf.get(at)) {
			if (at.equals(committeeId)) {
				return true;
			}
		}
		return false;
	}

	// ---- changing: congresses ----------------------------------------------------------------

	@Transactional
	public Congress createCongress(CongressDetails details, PortalUser user) {
		requireKeeper(user);
		return create(details, ChangeSource.FORM, user.username());
	}

	/** For the demo loader: no user, changes recorded as demo. */
	Congress createDemo(CongressDetails details, String who) {
		return create(details, ChangeSource.DEMO, who);
	}

	private Congress create(CongressDetails details, ChangeSource source, String who) {
		PartyCommittee committee = requireCommittee(details.committeeId());
		CongressTerm term = requireTerm(details.termId());
		List<Violation> violations = new ArrayList<>(CongressRules.check(details, term, today(), false));
		if (congresses.existsByCommitteeIdAndTermId(committee.getId(), term.getId())) {
			violations.add(Violation.of("termId", "congress.rule.duplicate"));
		}
		if (!violations.isEmpty()) {
			throw new CongressRuleException(violations);
		}
		String base = Slugs.slugify("Đại hội " + committee.getName() + " nhiệm kỳ " + term.getCode());
		Congress congress = new Congress(Slugs.unique(base, congresses::existsBySlug));
		congress.apply(details, committee, term, who, clock.instant());
		congresses.saveAndFlush(congress);
		record(congress.getId(), "congress.create", null, congress.getTitle(), source, who);
		if (source != ChangeSource.DEMO) {
			events.publishEvent(new StaffAction("congress.create", "congress", congress.getId(), congress.getTitle()));
		}
		events.publishEvent(CongressChanged.of(congress.getId(), true));
		announce(congress);
		return congress;
	}

	@Transactional
	public Congress updateCongress(Long id, long formVersion, CongressDetails details, PortalUser user) {
		requireKeeper(user);
		Congress congress = congress(id);
		requireVersion(congress.getVersion(), formVersion, Congress.class, id);
		PartyCommittee committee = requireCommittee(details.committeeId());
		CongressTerm term = requireTerm(details.termId());
		boolean hasResult = results.findByCongressId(id).isPresent();
		List<Violation> violations = new ArrayList<>(CongressRules.check(details, term, today(), hasResult));
		boolean moved = !committee.getId().equals(congress.getCommittee().getId())
				|| !term.getId().equals(congress.getTerm().getId());
		if (moved && congresses.existsByCommitteeIdAndTermId(committee.getId(), term.getId())) {
			violations.add(Violation.of("termId", "congress.rule.duplicate"));
		}
		if (!violations.isEmpty()) {
			throw new CongressRuleException(violations);
		}
		CongressDetails before = congress.details();
		String who = user.username();
		String titleBefore = congress.getTitle();
		congress.apply(details, committee, term, who, clock.instant());
		CongressDetails after = congress.details();
		diff(id, "committee", before.committeeId(), after.committeeId(), ChangeSource.FORM, who);
		diff(id, "term", before.termId(), after.termId(), ChangeSource.FORM, who);
		diff(id, "ordinal", before.ordinal(), after.ordinal(), ChangeSource.FORM, who);
		diff(id, "pilot", before.pilot(), after.pilot(), ChangeSource.FORM, who);
		diff(id, "plannedOn", before.plannedOn(), after.plannedOn(), ChangeSource.FORM, who);
		diff(id, "startedOn", before.startedOn(), after.startedOn(), ChangeSource.FORM, who);
		diff(id, "endedOn", before.endedOn(), after.endedOn(), ChangeSource.FORM, who);
		diff(id, "place", before.place(), after.place(), ChangeSource.FORM, who);
		diff(id, "status", before.status(), after.status(), ChangeSource.FORM, who);
		congresses.flush();
		events.publishEvent(new StaffAction("congress.update", "congress", id, congress.getTitle()));
		events.publishEvent(CongressChanged.of(id, !before.equals(after)));
		if (!titleBefore.equals(congress.getTitle()) || !before.equals(after)) {
			announce(congress);
		}
		return congress;
	}

	@Transactional
	public void deleteCongress(Long id, long formVersion, PortalUser user) {
		requireKeeper(user);
		Congress congress = congress(id);
		requireVersion(congress.getVersion(), formVersion, Congress.class, id);
		String title = congress.getTitle();
		results.findByCongressId(id).ifPresent((r) -> {
			results.delete(r);
			results.flush();
		});
		congresses.delete(congress);
		congresses.flush();
		record(id, "congress.delete", title, null, ChangeSource.FORM, user.username());
		events.publishEvent(new StaffAction("congress.delete", "congress", id, title));
		events.publishEvent(CongressChanged.of(id, true));
		events.publishEvent(new SearchableWithdrawn(SEARCH_TYPE, id));
	}

	// ---- changing: results -------------------------------------------------------------------

	/**
	 * Saves a congress's results from the form. {@code formVersion} is the version the form was
	 * loaded with (null for results not entered yet). Returns whether anything changed.
	 */
	@Transactional
	public boolean saveResult(Long congressId, Long formVersion, ResultValues values, PortalUser user) {
		requireKeeper(user);
		Congress congress = congress(congressId);
		CongressResult existing = results.findByCongressId(congressId).orElse(null);
		long current = existing == null ? -1 : existing.getVersion();
		long expected = formVersion == null ? -1 : formVersion;
		if (current != expected) {
			throw new ObjectOptimisticLockingFailureException(CongressResult.class, congressId);
		}
		List<Violation> violations = CongressRules.check(values, congress.getStatus());
		if (!violations.isEmpty()) {
			throw new CongressRuleException(violations);
		}
		boolean changed = write(congress, values, ChangeSource.FORM, user.username());
		if (changed) {
			events.publishEvent(new StaffAction("congress.result.save", "congress", congressId, congress.getTitle()));
			// results feed the overview's counts and the lists' figures
			events.publishEvent(CongressChanged.of(congressId, true));
			announce(congress);
		}
		return changed;
	}

	/** A row of an import, already checked: the congress it names and its results. */
	public record PlannedResult(Congress congress, ResultValues values) {
	}

	/** Writes every row of an import in one transaction; rows equal to what is stored change nothing. */
	@Transactional
	public int importResults(List<PlannedResult> rows, PortalUser user) {
		requireKeeper(user);
		int changed = 0;
		Set<Long> changedIds = new HashSet<>();
		for (PlannedResult row : rows) {
			Congress congress = congress(row.congress().getId());
			if (write(congress, row.values(), ChangeSource.IMPORT, user.username())) {
				changed++;
				changedIds.add(congress.getId());
				announce(congress);
			}
		}
		events.publishEvent(new StaffAction("congress.import", "congress", null,
				rows.size() + " rows, " + changed + " changed"));
		if (changed > 0) {
			events.publishEvent(new CongressChanged(changedIds, true));
		}
		return changed;
	}

	/** For the demo loader: no user, no staff event. */
	void writeDemo(Congress congress, ResultValues values, String who) {
		write(congress, values, ChangeSource.DEMO, who);
		announce(congress);
	}

	private boolean write(Congress congress, ResultValues values, ChangeSource source, String who) {
		CongressResult result = results.findByCongressId(congress.getId()).orElse(null);
		ResultValues before = result == null ? null : result.values();
		if (values.equals(before)) {
			return false;
		}
		if (result == null) {
			result = new CongressResult(congress.getId());
		}
		Long id = congress.getId();
		diff(id, "delegatesSummoned", get(before, ResultValues::delegatesSummoned), values.delegatesSummoned(), source,
				who);
		diff(id, "delegatesAttending", get(before, ResultValues::delegatesAttending), values.delegatesAttending(),
				source, who);
		diff(id, "executivePlanned", get(before, ResultValues::executivePlanned), values.executivePlanned(), source,
				who);
		diff(id, "executiveElected", get(before, ResultValues::executiveElected), values.executiveElected(), source,
				who);
		diff(id, "electedInOneRound", get(before, ResultValues::electedInOneRound), values.electedInOneRound(), source,
				who);
		diff(id, "standingSize", get(before, ResultValues::standingSize), values.standingSize(), source, who);
		diff(id, "inspectionSize", get(before, ResultValues::inspectionSize), values.inspectionSize(), source, who);
		diff(id, "upperDelegates", get(before, ResultValues::upperDelegates), values.upperDelegates(), source, who);
		diff(id, "womenPercent", get(before, ResultValues::womenPercent), values.womenPercent(), source, who);
		diff(id, "youngPercent", get(before, ResultValues::youngPercent), values.youngPercent(), source, who);
		diff(id, "firstTimePercent", get(before, ResultValues::firstTimePercent), values.firstTimePercent(), source,
				who);
		diff(id, "secretary", label(before == null ? null : before.secretary()), label(values.secretary()), source,
				who);
		diff(id, "deputies", before == null ? null : labels(before.deputies()), labels(values.deputies()), source, who);
		diff(id, "inspectionChair", label(before == null ? null : before.inspectionChair()),
				label(values.inspectionChair()), source, who);
		result.apply(values, who, clock.instant());
		results.saveAndFlush(result);
		congress.touch(who, clock.instant());
		return true;
	}

	private static <T> T get(ResultValues values, Function<ResultValues, T> getter) {
		return values == null ? null : getter.apply(values);
	}

	private static String label(ElectedPerson person) {
		return person == null ? null : person.getLabel();
	}

	private static String labels(List<ElectedPerson> people) {
		return people.isEmpty() ? null : people.stream().map(ElectedPerson::getLabel).collect(Collectors.joining("; "));
	}

	private void diff(Long congressId, String field, Object before, Object after, ChangeSource source, String who) {
		if (!Objects.equals(before, after)) {
			record(congressId, field, before, after, source, who);
		}
	}

	private void record(Long congressId, String field, Object before, Object after, ChangeSource source, String who) {
		changes.save(new CongressChange(congressId, field, before == null ? null : before.toString(),
				after == null ? null : after.toString(), source, who, clock.instant()));
	}

	/** Tells the search index the congress is (still) public, with what it now says. */
	private Set<Long> congressIdsOfTerm(Long termId) {
		return congresses.findAllInTerm(termId).stream().map(Congress::getId).collect(Collectors.toSet());
	}

	private Set<Long> congressIdsOfCommittee(Long committeeId) {
		return ofCommittee(committeeId).stream().map(Congress::getId).collect(Collectors.toSet());
	}

	private void announce(Congress congress) {
		ResultValues values = results.findByCongressId(congress.getId()).map(CongressResult::values).orElse(null);
		events.publishEvent(new SearchableChanged(CongressSearch.describe(congress, values)));
	}

	private PartyCommittee requireCommittee(Long id) {
		if (id == null) {
			throw new CongressRuleException(List.of(Violation.of("committeeId", "congress.committee.required")));
		}
		return committees.findById(id).orElseThrow(() -> new CongressRuleException(
				List.of(Violation.of("committeeId", "congress.committee.required"))));
	}

	private CongressTerm requireTerm(Long id) {
		if (id == null) {
			throw new CongressRuleException(List.of(Violation.of("termId", "congress.term.required")));
		}
		return terms.findById(id).orElseThrow(() -> new CongressRuleException(
				List.of(Violation.of("termId", "congress.term.required"))));
	}

	private static void requireVersion(long current, long formVersion, Class<?> type, Object id) {
		if (current != formVersion) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/** Who keeps the congress records: ADMIN, EDITOR and STATISTICS. */
	public static boolean mayKeep(PortalUser user) {
		return user != null && (user.role() == Role.ADMIN || user.role() == Role.EDITOR
				|| user.role() == Role.STATISTICS);
	}

	/** Defence in depth: the URL rules already keep other roles out of /admin/congresses. */
	public static void requireKeeper(PortalUser user) {
		if (!mayKeep(user)) {
			throw new AccessDeniedException("Congress records are kept by ADMIN, EDITOR and STATISTICS");
		}
	}

}
