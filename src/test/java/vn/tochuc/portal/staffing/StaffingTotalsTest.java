package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Derived figures: sums, percentages and how they are rounded (half up, one decimal place). */
class StaffingTotalsTest {

	static final BigDecimal TEN = new BigDecimal("10");

	static StaffingTotals totals(int officials, int publicEmployees, int other, Map<Integer, Integer> cuts) {
		return StaffingTotals.of(FigureValues.of(officials, publicEmployees, other, 0, cuts), TEN);
	}

	@Test
	void theSeedsFiguresGiveEightPointOnePercent() {
		StaffingTotals province = totals(9_120, 70_410, 2_770, Map.of(2015, 1_402, 2016, 1_611, 2017, 1_735, 2018, 1_918));
		assertThat(province.assigned()).isEqualTo(82_300);
		assertThat(province.cut()).isEqualTo(6_666);
		// 6666 / 82300 = 8,0996… %
		assertThat(province.cutPercent()).isEqualByComparingTo("8.1");
		// 8,0996 % of a 10 % target = 80,996 % → 81,0
		assertThat(province.targetReachedPercent()).isEqualByComparingTo("81.0");
		assertThat(province.remaining()).isEqualTo(82_300 - 6_666);
		assertThat(province.targetPosts()).isEqualTo(8_230);
		assertThat(province.targetReached()).isFalse();
	}

	@Test
	void percentagesRoundHalfUpToOneDecimalPlace() {
		// exactly 8,05 % rounds up, 8,04 % down; 8,049… down
		assertThat(StaffingTotals.percent(161, 2_000)).isEqualByComparingTo("8.1").hasToString("8.1");
		assertThat(StaffingTotals.percent(1_608, 20_000)).isEqualByComparingTo("8.0");
		assertThat(StaffingTotals.percent(80_499, 1_000_000)).isEqualByComparingTo("8.0");
		assertThat(StaffingTotals.percent(80_500, 1_000_000)).isEqualByComparingTo("8.1");
		// the scale is always one decimal, also for whole numbers and for nothing assigned
		assertThat(StaffingTotals.percent(1, 10)).hasToString("10.0");
		assertThat(StaffingTotals.percent(5, 0)).hasToString("0.0");
	}

	@Test
	void targetReachedComesFromTheExactCountsNotFromTheRoundedPercent() {
		// 8,04 % cut: the rounded percent (8,0) would give 80,0 %; the exact counts give 80,4 %
		StaffingTotals totals = totals(10_000, 0, 0, Map.of(2020, 804));
		assertThat(totals.cutPercent()).isEqualByComparingTo("8.0");
		assertThat(totals.targetReachedPercent()).isEqualByComparingTo("80.4");
	}

	@Test
	void nothingAssignedMeansZeroPercentNotADivisionByZero() {
		StaffingTotals empty = StaffingTotals.empty(TEN);
		assertThat(empty.cutPercent()).isEqualByComparingTo("0");
		assertThat(empty.targetReachedPercent()).isEqualByComparingTo("0");
		assertThat(empty.targetReached()).isFalse();
	}

	@Test
	void sumsAddEveryCategoryAndEveryYear() {
		StaffingTotals a = totals(10, 100, 1, Map.of(2015, 3, 2016, 4));
		StaffingTotals b = totals(20, 200, 2, Map.of(2016, 5, 2017, 6));
		StaffingTotals sum = a.plus(b);
		assertThat(sum.officials()).isEqualTo(30);
		assertThat(sum.publicEmployees()).isEqualTo(300);
		assertThat(sum.otherPosts()).isEqualTo(3);
		assertThat(sum.assigned()).isEqualTo(333);
		assertThat(sum.cutsByYear()).containsExactly(Map.entry(2015, 3L), Map.entry(2016, 9L), Map.entry(2017, 6L));
		assertThat(sum.cut()).isEqualTo(18);
		assertThat(sum.cutUntil(2016)).isEqualTo(12);
		assertThat(sum.cutIn(2018)).isZero();
		assertThat(sum.reportingUnits()).isEqualTo(2);
	}

	@Test
	void zeroCutsAreTheSameFigureAsNoCuts() {
		Map<Integer, Integer> withZero = new TreeMap<>(Map.of(2015, 0, 2016, 7));
		assertThat(FigureValues.of(1, 2, 3, 4, withZero)).isEqualTo(FigureValues.of(1, 2, 3, 4, Map.of(2016, 7)));
	}

	@Test
	void apportioningAlwaysAddsUpExactly() {
		int[] parts = StaffingDemoLoader.apportion(6_666, new double[] { 3, 2, 2, 1.5, 1.5, 25, 30, 0.7 });
		assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(6_666);
	}

}
