package vn.tochuc.portal.staffing;

import java.time.LocalDate;

/** What staff type about a unit. */
public record UnitDraft(String name, UnitKind kind, Long parentId, int position, boolean inPlan,
		LocalDate reorganisedOn, UnitStatus status, LocalDate endedOn, Long mergedIntoId) {

	public static UnitDraft of(StaffingUnit unit) {
		return new UnitDraft(unit.getName(), unit.getKind(), unit.getParentId(), unit.getPosition(), unit.isInPlan(),
				unit.getReorganisedOn(), unit.getStatus(), unit.getEndedOn(), unit.getMergedIntoId());
	}

}
