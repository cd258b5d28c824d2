package vn.tochuc.portal.staffing;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules every figure obeys, whether typed into the form or read from a spreadsheet. Each
 * broken rule comes back with the field and a message key whose Vietnamese text says why.
 */
public final class StaffingRules {

	private StaffingRules() {
	}

	public static List<Violation> check(FigureValues values, StaffingPeriod period, boolean unitHasChildren) {
		List<Violation> violations = new ArrayList<>();
		if (unitHasChildren) {
			violations.add(Violation.of("unit", "staffing.rule.parentUnit"));
		}
		nonNegative(violations, "officials", values.officials());
		nonNegative(violations, "publicEmployees", values.publicEmployees());
		nonNegative(violations, "otherPosts", values.otherPosts());
		nonNegative(violations, "employed", values.employed());
		values.cuts().forEach((year, posts) -> {
			if (!period.contains(year)) {
				violations.add(Violation.of("cuts", "staffing.rule.yearOutside", String.valueOf(year),
						String.valueOf(period.getStartYear()), String.valueOf(period.getEndYear())));
			}
			if (posts < 0) {
				violations.add(Violation.of("cuts", "staffing.rule.negativeCut", String.valueOf(year)));
			}
		});
		boolean anyNegative = values.officials() < 0 || values.publicEmployees() < 0 || values.otherPosts() < 0;
		if (anyNegative) {
			// comparing with a negative total would only repeat the same mistake in other words
			return violations;
		}
		if (values.cut() > values.assigned()) {
			violations.add(Violation.of("cuts", "staffing.rule.cutMoreThanAssigned", values.cut(), values.assigned()));
		}
		if (values.employed() > values.assigned()) {
			violations.add(Violation.of("employed", "staffing.rule.employedMoreThanAssigned", values.employed(),
					values.assigned()));
		}
		return violations;
	}

	private static void nonNegative(List<Violation> violations, String field, int value) {
		if (value < 0) {
			violations.add(Violation.of(field, "staffing.rule.negative"));
		}
	}

}
