package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.tochuc.portal.staffing.Violation;

/**
 * The rules a congress and its results obey, whether typed into a form or read from a
 * spreadsheet. Each broken rule comes back with the field it concerns and a message key whose
 * Vietnamese text says why.
 */
public final class CongressRules {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CongressRules() {
	}

	/**
	 * A congress's dates and status. Its dates fall in the term (or the year before it, when
	 * congresses open early); a held congress has opened, not after today, and ends on or after
	 * the day it opened; a planned one has a planned date; one with results stays held.
	 */
	public static List<Violation> check(CongressDetails details, CongressTerm term, LocalDate today,
			boolean hasResult) {
		List<Violation> violations = new ArrayList<>();
		if (details.ordinal() != null && (details.ordinal() < 1 || details.ordinal() > 99)) {
			violations.add(Violation.of("ordinal", "congress.rule.ordinal"));
		}
		if (details.status() == CongressStatus.HELD && details.startedOn() == null) {
			violations.add(Violation.of("startedOn", "congress.rule.heldNeedsStart"));
		}
		if (details.status() != CongressStatus.HELD && details.plannedOn() == null) {
			violations.add(Violation.of("plannedOn", "congress.rule.plannedNeedsDate"));
		}
		if (details.endedOn() != null && details.startedOn() == null) {
			violations.add(Violation.of("endedOn", "congress.rule.endWithoutStart"));
		}
		if (details.endedOn() != null && details.startedOn() != null
				&& details.endedOn().isBefore(details.startedOn())) {
			violations.add(Violation.of("endedOn", "congress.rule.endBeforeStart"));
		}
		if (details.startedOn() != null && details.startedOn().isAfter(today)) {
			violations.add(Violation.of("startedOn", "congress.rule.startInFuture"));
		}
		if (term != null) {
			inTerm(violations, "plannedOn", details.plannedOn(), term);
			inTerm(violations, "startedOn", details.startedOn(), term);
		}
		if (hasResult && details.status() != CongressStatus.HELD) {
			violations.add(Violation.of("status", "congress.rule.resultNeedsHeld"));
		}
		return violations;
	}

	private static void inTerm(List<Violation> violations, String field, LocalDate day, CongressTerm term) {
		if (day != null && (day.getYear() < term.getStartYear() - 1 || day.getYear() > term.getEndYear())) {
			violations.add(Violation.of(field, "congress.rule.dateOutsideTerm", String.valueOf(term.getStartYear() - 1),
					String.valueOf(term.getEndYear())));
		}
	}

	/**
	 * A congress's results: only a held congress has any; no count is negative; no more delegates
	 * attend than were summoned; no more members are elected than planned, and "elected in one
	 * round" means every planned seat was filled; the standing committee comes out of the elected
	 * executive committee; shares lie between 0 and 100.
	 */
	public static List<Violation> check(ResultValues values, CongressStatus status) {
		List<Violation> violations = new ArrayList<>();
		if (status != CongressStatus.HELD) {
			violations.add(Violation.of("congress", "congress.rule.notHeld"));
		}
		positive(violations, "delegatesSummoned", values.delegatesSummoned());
		nonNegative(violations, "delegatesAttending", values.delegatesAttending());
		positive(violations, "executivePlanned", values.executivePlanned());
		nonNegative(violations, "executiveElected", values.executiveElected());
		nonNegative(violations, "standingSize", values.standingSize());
		nonNegative(violations, "inspectionSize", values.inspectionSize());
		nonNegative(violations, "upperDelegates", values.upperDelegates());
		if (values.delegatesAttending() > values.delegatesSummoned() && values.delegatesSummoned() > 0) {
			violations.add(Violation.of("delegatesAttending", "congress.rule.attendingMoreThanSummoned",
					values.delegatesAttending(), values.delegatesSummoned()));
		}
		if (values.executiveElected() > values.executivePlanned() && values.executivePlanned() > 0) {
			violations.add(Violation.of("executiveElected", "congress.rule.electedMoreThanPlanned",
					values.executiveElected(), values.executivePlanned()));
		}
		if (values.electedInOneRound() && values.executiveElected() != values.executivePlanned()) {
			violations.add(Violation.of("electedInOneRound", "congress.rule.oneRoundNeedsAllSeats"));
		}
		if (values.standingSize() != null && values.standingSize() > values.executiveElected()
				&& values.executiveElected() >= 0) {
			violations.add(Violation.of("standingSize", "congress.rule.standingMoreThanElected",
					values.standingSize(), values.executiveElected()));
		}
		share(violations, "womenPercent", values.womenPercent());
		share(violations, "youngPercent", values.youngPercent());
		share(violations, "firstTimePercent", values.firstTimePercent());
		if (values.people().stream().filter((p) -> p.getRole() == PersonRole.SECRETARY).count() > 1) {
			violations.add(Violation.of("secretary", "congress.rule.oneSecretary"));
		}
		if (values.people().stream().filter((p) -> p.getRole() == PersonRole.INSPECTION_CHAIR).count() > 1) {
			violations.add(Violation.of("inspectionChair", "congress.rule.oneChair"));
		}
		return violations;
	}

	private static void positive(List<Violation> violations, String field, int value) {
		if (value < 1) {
			violations.add(Violation.of(field, value < 0 ? "congress.rule.negative" : "congress.rule.positive"));
		}
	}

	private static void nonNegative(List<Violation> violations, String field, Integer value) {
		if (value != null && value < 0) {
			violations.add(Violation.of(field, "congress.rule.negative"));
		}
	}

	private static void share(List<Violation> violations, String field, BigDecimal value) {
		if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
			violations.add(Violation.of(field, "congress.rule.share"));
		}
	}

}
