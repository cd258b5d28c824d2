package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.Slugs;
import vn.tochuc.portal.platform.StaffAction;

/**
 * Units, periods and figures: reading the tree with its derived totals, and every change, which
 * is checked against the rules, recorded value by value in the history and announced as a
 * {@link StaffAction}. Only ADMIN and STATISTICS may change anything, whatever the URL rules say.
 */
@Service
public class StaffingService {

	private final StaffingUnitRepository units;

	private final StaffingPeriodRepository periods;

	private final StaffingFigureRepository figures;

	private final StaffingChangeRepository changes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffingService(StaffingUnitRepository units, StaffingPeriodRepository periods, StaffingFigureRepository figures,
			StaffingChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.periods = periods;
		this.figures = figures;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	// ---- reading ---------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public List<StaffingPeriod> periods() {
		return periods.findAllByOrderByStartYearAsc();
	}

	@Transactional(readOnly = true)
	public StaffingPeriod period(Long id) {
		return periods.findById(id).orElseThrow(() -> new NotFoundException("staffing period " + id));
	}

	@Transactional(readOnly = true)
	public Optional<StaffingPeriod> periodByCode(String code) {
		return periods().stream().filter((p) -> p.getCode().equals(code)).findFirst();
	}

	/** The period that holds the given year, else the latest one that started before it, else the first. */
	@Transactional(readOnly = true)
	public Optional<StaffingPeriod> currentPeriod(int year) {
		List<StaffingPeriod> all = periods();
		return all.stream().filter((p) -> p.contains(year)).findFirst()
			.or(() -> all.stream().filter((p) -> p.getStartYear() <= year).reduce((a, b) -> b))
			.or(() -> all.stream().findFirst());
	}

	@Transactional(readOnly = true)
	public List<StaffingUnit> units() {
		return units.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public StaffingUnit unit(Long id) {
		return units.findById(id).orElseThrow(() -> new NotFoundException("staffing unit " + id));
	}

	@Transactional(readOnly = true)
	public Optional<StaffingFigure> figure(Long unitId, Long periodId) {
		return figures.findByUnitIdAndPeriodId(unitId, periodId);
	}

	@Transactional(readOnly = true)
	public List<StaffingFigure> figures(Long periodId) {
		return figures.findAllInPeriod(periodId);
	}

	@Transactional(readOnly = true)
	public List<StaffingFigure> allFigures() {
		return figures.findAllWithCuts();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return units.count() == 0 && periods.count() == 0;
	}

	/**
	 * The whole tree with its figures for a period, in three statements whatever its size (units,
	 * figures with their cuts): totals are summed bottom-up in memory.
	 */
	@Transactional(readOnly = true)
	public List<StaffingNode> tree(StaffingPeriod period) {
		List<StaffingUnit> all = units.findAllByOrderByPositionAscIdAsc();
		Map<Long, FigureValues> byUnit = new HashMap<>();
		for (StaffingFigure figure : figures.findAllInPeriod(period.getId())) {
			byUnit.put(figure.getUnitId(), figure.values());
		}
		return buildTree(all, byUnit, period.getTargetPercent());
	}

	static List<StaffingNode> buildTree(List<StaffingUnit> all, Map<Long, FigureValues> byUnit, BigDecimal target) {
		Map<Long, List<StaffingUnit>> childrenOf = new LinkedHashMap<>();
		Set<Long> ids = new HashSet<>();
		all.forEach((unit) -> ids.add(unit.getId()));
		List<StaffingUnit> roots = new ArrayList<>();
		for (StaffingUnit unit : all) {
			if (unit.getParentId() == null || !ids.contains(unit.getParentId())) {
				roots.add(unit);
			}
			else {
				childrenOf.computeIfAbsent(unit.getParentId(), (k) -> new ArrayList<>()).add(unit);
			}
		}
		return roots.stream().map((root) -> node(root, 0, childrenOf, byUnit, target)).toList();
	}

	private static StaffingNode node(StaffingUnit unit, int depth, Map<Long, List<StaffingUnit>> childrenOf,
			Map<Long, FigureValues> byUnit, BigDecimal target) {
		List<StaffingNode> children = childrenOf.getOrDefault(unit.getId(), List.of()).stream()
			.map((child) -> node(child, depth + 1, childrenOf, byUnit, target))
			.toList();
		if (children.isEmpty()) {
			FigureValues own = byUnit.get(unit.getId());
			StaffingTotals totals = own == null ? StaffingTotals.empty(target) : StaffingTotals.of(own, target);
			return new StaffingNode(unit, depth, children, totals, own != null);
		}
		StaffingTotals sum = StaffingTotals.empty(target);
		for (StaffingNode child : children) {
			sum = sum.plus(child.totals());
		}
		return new StaffingNode(unit, depth, children, sum, children.stream().anyMatch(StaffingNode::hasFigures));
	}

	@Transactional(readOnly = true)
	public Reorganisation reorganisation() {
		List<StaffingUnit> planned = units.findAllByOrderByPositionAscIdAsc().stream()
			.filter(StaffingUnit::isInPlan).toList();
		return new Reorganisation(planned, planned.stream().filter(StaffingUnit::isReorganised).toList());
	}

	@Transactional(readOnly = true)
	public List<StaffingChange> history(Long unitId) {
		return changes.findTop200ByUnitIdOrderByChangedAtDescIdDesc(unitId);
	}

	// ---- changing --------------------------------------------------------------------------

	@Transactional
	public StaffingPeriod createPeriod(String name, int startYear, int endYear, BigDecimal targetPercent, String basis,
			PortalUser user) {
		requireStatistics(user);
		List<Violation> violations = new ArrayList<>();
		if (endYear < startYear) {
			violations.add(Violation.of("endYear", "staffing.rule.periodYears"));
		}
		if (targetPercent == null || targetPercent.signum() <= 0 || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
			violations.add(Violation.of("targetPercent", "staffing.rule.target"));
		}
		if (periods().stream().anyMatch((p) -> p.getStartYear() == startYear && p.getEndYear() == endYear)) {
			violations.add(Violation.of("startYear", "staffing.rule.periodExists"));
		}
		if (!violations.isEmpty()) {
			throw new StaffingRuleException(violations);
		}
		StaffingPeriod period = periods.save(new StaffingPeriod(name.strip(), startYear, endYear, targetPercent, basis));
		events.publishEvent(new StaffAction("staffing.period.create", "staffing-period", period.getId(), period.getName()));
		events.publishEvent(new StaffingChanged("staffing.period.create"));
		return period;
	}

	@Transactional
	public StaffingUnit createUnit(UnitDraft draft, PortalUser user) {
		requireStatistics(user);
		checkUnit(null, draft);
		String slug = Slugs.unique(Slugs.slugify(draft.name()), units::existsBySlug);
		StaffingUnit unit = units.save(new StaffingUnit(slug, draft.name().strip(), draft.kind(), draft.parentId(),
				draft.position()));
		unit.describe(draft.name().strip(), draft.kind(), draft.parentId(), draft.position(), draft.inPlan(),
				draft.reorganisedOn());
		unit.end(draft.status(), draft.endedOn(), draft.mergedIntoId());
		record(unit.getId(), null, "unit.create", null, unit.getName(), ChangeSource.FORM, user.username());
		events.publishEvent(new StaffAction("staffing.unit.create", "staffing-unit", unit.getId(), unit.getName()));
		events.publishEvent(new StaffingChanged("staffing.unit.create"));
		return unit;
	}

	@Transactional
	public StaffingUnit updateUnit(Long id, long formVersion, UnitDraft draft, PortalUser user) {
		requireStatistics(user);
		StaffingUnit unit = unit(id);
		if (unit.getVersion() != formVersion) {
			throw new ObjectOptimisticLockingFailureException(StaffingUnit.class, id);
		}
		checkUnit(unit, draft);
		UnitDraft before = UnitDraft.of(unit);
		unit.describe(draft.name().strip(), draft.kind(), draft.parentId(), draft.position(), draft.inPlan(),
				draft.reorganisedOn());
		unit.end(draft.status(), draft.endedOn(), draft.mergedIntoId());
		UnitDraft after = UnitDraft.of(unit);
		String who = user.username();
		diff(id, null, "name", before.name(), after.name(), who);
		diff(id, null, "kind", before.kind(), after.kind(), who);
		diff(id, null, "parent", before.parentId(), after.parentId(), who);
		diff(id, null, "position", before.position(), after.position(), who);
		diff(id, null, "inPlan", before.inPlan(), after.inPlan(), who);
		diff(id, null, "reorganisedOn", before.reorganisedOn(), after.reorganisedOn(), who);
		diff(id, null, "status", before.status(), after.status(), who);
		diff(id, null, "endedOn", before.endedOn(), after.endedOn(), who);
		diff(id, null, "mergedInto", before.mergedIntoId(), after.mergedIntoId(), who);
		units.flush();
		events.publishEvent(new StaffAction("staffing.unit.update", "staffing-unit", id, unit.getName()));
		events.publishEvent(new StaffingChanged("staffing.unit.update"));
		return unit;
	}

	private void diff(Long unitId, Long periodId, String field, Object before, Object after, String who) {
		if (!Objects.equals(before, after)) {
			record(unitId, periodId, field, before, after, ChangeSource.FORM, who);
		}
	}

	private void checkUnit(StaffingUnit unit, UnitDraft draft) {
		List<Violation> violations = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			violations.add(Violation.of("name", "staffing.unit.name.required"));
		}
		if (draft.kind() == null) {
			violations.add(Violation.of("kind", "staffing.unit.kind.required"));
		}
		if (draft.parentId() != null) {
			StaffingUnit parent = units.findById(draft.parentId()).orElse(null);
			if (parent == null) {
				violations.add(Violation.of("parentId", "staffing.unit.parent.unknown"));
			}
			else if (unit != null && isSelfOrDescendant(unit.getId(), parent.getId())) {
				violations.add(Violation.of("parentId", "staffing.unit.parent.cycle"));
			}
			else if (figures.existsByUnitId(parent.getId())) {
				violations.add(Violation.of("parentId", "staffing.unit.parent.hasFigures", parent.getName()));
			}
		}
		UnitStatus status = draft.status() == null ? UnitStatus.ACTIVE : draft.status();
		if (status != UnitStatus.ACTIVE && draft.endedOn() == null) {
			violations.add(Violation.of("endedOn", "staffing.unit.endedOn.required"));
		}
		if (status == UnitStatus.MERGED) {
			if (draft.mergedIntoId() == null || units.findById(draft.mergedIntoId()).isEmpty()) {
				violations.add(Violation.of("mergedIntoId", "staffing.unit.mergedInto.required"));
			}
			else if (unit != null && draft.mergedIntoId().equals(unit.getId())) {
				violations.add(Violation.of("mergedIntoId", "staffing.unit.mergedInto.self"));
			}
		}
		if (!violations.isEmpty()) {
			throw new StaffingRuleException(violations);
		}
	}

	private boolean isSelfOrDescendant(Long unitId, Long candidateId) {
		Map<Long, Long> parentOf = new HashMap<>();
		units.findAll().forEach((u) -> parentOf.put(u.getId(), u.getParentId()));
		Set<Long> seen = new HashSet<>();
		for (Long at = candidateId; at != null && seen.add(at); at = parentOf.get(at)) {
			if (at.equals(unitId)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Saves a unit's figures for a period from the form. {@code formVersion} is the version the
	 * form was loaded with (null for figures not entered yet). Returns whether anything changed.
	 */
	@Transactional
	public boolean saveFigures(Long unitId, Long periodId, Long formVersion, FigureValues values, PortalUser user) {
		requireStatistics(user);
		StaffingFigure existing = figures.findByUnitIdAndPeriodId(unitId, periodId).orElse(null);
		long current = existing == null ? -1 : existing.getVersion();
		long expected = formVersion == null ? -1 : formVersion;
		if (current != expected) {
			throw new ObjectOptimisticLockingFailureException(StaffingFigure.class, unitId + "/" + periodId);
		}
		StaffingUnit unit = unit(unitId);
		StaffingPeriod period = period(periodId);
		List<Violation> violations = StaffingRules.check(values, period, units.existsByParentId(unitId));
		if (!violations.isEmpty()) {
			throw new StaffingRuleException(violations);
		}
		boolean changed = write(unit, period, values, ChangeSource.FORM, user.username());
		if (changed) {
			events.publishEvent(new StaffAction("staffing.figure.update", "staffing-unit", unitId,
					unit.getName() + " · " + period.getCode()));
			events.publishEvent(new StaffingChanged("staffing.figure.update"));
		}
		return changed;
	}

	/** A row of an import, already checked: the unit and period it names and its values. */
	public record PlannedFigure(StaffingUnit unit, StaffingPeriod period, FigureValues values) {
	}

	/** Writes every row of an import in one transaction; rows equal to what is stored change nothing. */
	@Transactional
	public int importFigures(List<PlannedFigure> rows, PortalUser user) {
		requireStatistics(user);
		int changed = 0;
		for (PlannedFigure row : rows) {
			if (write(row.unit(), row.period(), row.values(), ChangeSource.IMPORT, user.username())) {
				changed++;
			}
		}
		events.publishEvent(new StaffAction("staffing.import", "staffing-figure", null,
				rows.size() + " rows, " + changed + " changed"));
		events.publishEvent(new StaffingChanged("staffing.import"));
		return changed;
	}

	/** For the demo loader: no user, no event. */
	void writeDemo(StaffingUnit unit, StaffingPeriod period, FigureValues values, String who) {
		write(unit, period, values, ChangeSource.DEMO, who);
	}

	private boolean write(StaffingUnit unit, StaffingPeriod period, FigureValues values, ChangeSource source,
			String who) {
		StaffingFigure figure = figures.findByUnitIdAndPeriodId(unit.getId(), period.getId()).orElse(null);
		FigureValues before = figure == null ? null : figure.values();
		if (values.equals(before)) {
			return false;
		}
		if (figure == null) {
			figure = new StaffingFigure(unit.getId(), period.getId());
		}
		Instant now = clock.instant();
		Long u = unit.getId();
		Long p = period.getId();
		compare(u, p, "officials", before == null ? null : before.officials(), values.officials(), source, who);
		compare(u, p, "publicEmployees", before == null ? null : before.publicEmployees(), values.publicEmployees(),
				source, who);
		compare(u, p, "otherPosts", before == null ? null : before.otherPosts(), values.otherPosts(), source, who);
		compare(u, p, "employed", before == null ? null : before.employed(), values.employed(), source, who);
		SortedMap<Integer, Integer> oldCuts = before == null ? new TreeMap<>() : before.cuts();
		Set<Integer> years = new TreeSet<>(oldCuts.keySet());
		years.addAll(values.cuts().keySet());
		for (Integer year : years) {
			compare(u, p, "cut." + year, oldCuts.get(year), values.cuts().get(year), source, who);
		}
		figure.apply(values, who, now);
		figures.saveAndFlush(figure);
		return true;
	}

	private void compare(Long unitId, Long periodId, String field, Object before, Object after, ChangeSource source,
			String who) {
		if (!Objects.equals(before, after)) {
			record(unitId, periodId, field, before, after, source, who);
		}
	}

	private void record(Long unitId, Long periodId, String field, Object before, Object after, ChangeSource source,
			String who) {
		changes.save(new StaffingChange(unitId, periodId, field, before == null ? null : before.toString(),
				after == null ? null : after.toString(), source, who, clock.instant()));
	}

	/** Defence in depth: the URL rules already keep other roles out of /admin/staffing. */
	public static void requireStatistics(PortalUser user) {
		if (user == null || !(user.role() == Role.ADMIN || user.role() == Role.STATISTICS)) {
			throw new AccessDeniedException("Staffing figures are kept by ADMIN and STATISTICS");
		}
	}

	static Comparator<StaffingNode> byCutPercentDescending() {
		return Comparator.comparing((StaffingNode n) -> n.totals().cutPercent()).reversed();
	}

}
