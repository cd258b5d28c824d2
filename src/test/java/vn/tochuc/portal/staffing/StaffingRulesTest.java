package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule a figure must obey, each shown failing on its own. */
class StaffingRulesTest {

	final StaffingPeriod period = new StaffingPeriod("Giai đoạn 2022 – 2026", 2022, 2026, new BigDecimal("5"), null);

	List<String> keys(FigureValues values, boolean parent) {
		return StaffingRules.check(values, period, parent).stream().map(Violation::messageKey).toList();
	}

	@Test
	void validFiguresPass() {
		assertThat(keys(FigureValues.of(100, 900, 20, 990, Map.of(2022, 10, 2026, 15)), false)).isEmpty();
		// cutting everything that was assigned is allowed; one more is not
		assertThat(keys(FigureValues.of(10, 0, 0, 0, Map.of(2022, 10)), false)).isEmpty();
	}

	@Test
	void negativeNumbersAreRefused() {
		assertThat(StaffingRules.check(FigureValues.of(-1, 0, 0, 0, Map.of()), period, false))
			.extracting(Violation::field, Violation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("officials", "staffing.rule.negative"));
		assertThat(keys(FigureValues.of(0, -5, 0, 0, Map.of()), false)).containsExactly("staffing.rule.negative");
		assertThat(keys(FigureValues.of(0, 0, -5, 0, Map.of()), false)).contains("staffing.rule.negative");
		assertThat(keys(FigureValues.of(10, 0, 0, -1, Map.of()), false)).containsExactly("staffing.rule.negative");
		assertThat(keys(FigureValues.of(10, 0, 0, 0, Map.of(2023, -2)), false)).containsExactly("staffing.rule.negativeCut");
	}

	@Test
	void moreCutThanAssignedIsRefused() {
		assertThat(StaffingRules.check(FigureValues.of(10, 0, 0, 0, Map.of(2022, 6, 2023, 5)), period, false))
			.singleElement()
			.satisfies((v) -> {
				assertThat(v.messageKey()).isEqualTo("staffing.rule.cutMoreThanAssigned");
				assertThat(v.args()).containsExactly(11L, 10L);
			});
	}

	@Test
	void aYearOutsideThePeriodIsRefused() {
		assertThat(StaffingRules.check(FigureValues.of(100, 0, 0, 0, Map.of(2021, 1)), period, false))
			.singleElement()
			.satisfies((v) -> {
				assertThat(v.messageKey()).isEqualTo("staffing.rule.yearOutside");
				assertThat(v.args()).containsExactly("2021", "2022", "2026");
			});
		assertThat(keys(FigureValues.of(100, 0, 0, 0, Map.of(2027, 1)), false)).containsExactly("staffing.rule.yearOutside");
	}

	@Test
	void moreEmployedThanAssignedIsRefused() {
		assertThat(keys(FigureValues.of(10, 0, 0, 11, Map.of()), false))
			.containsExactly("staffing.rule.employedMoreThanAssigned");
	}

	@Test
	void aParentUnitTakesNoFiguresOfItsOwn() {
		assertThat(keys(FigureValues.of(10, 0, 0, 0, Map.of()), true)).containsExactly("staffing.rule.parentUnit");
	}

}
