package vn.tochuc.portal.staffing;

import java.util.List;

/** "4/11 đơn vị đã sắp xếp": the units in the reorganisation plan and those already reorganised. */
public record Reorganisation(List<StaffingUnit> planned, List<StaffingUnit> reorganised) {

	public int done() {
		return reorganised.size();
	}

	public int total() {
		return planned.size();
	}

}
