package vn.tochuc.portal.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Derived figures of a unit (its own, or the sum of its children) for one period. Percentages
 * are rounded half-up to one decimal place (8,05 → 8,1; 8,04 → 8,0), always from the exact
 * counts, never from another rounded percentage.
 */
public record StaffingTotals(long officials, long publicEmployees, long otherPosts, long employed,
		SortedMap<Integer, Long> cutsByYear, BigDecimal targetPercent, int reportingUnits) {

	public static final int PERCENT_SCALE = 1;

	public StaffingTotals {
		cutsByYear = Collections.unmodifiableSortedMap(new TreeMap<>(cutsByYear));
	}

	public static StaffingTotals empty(BigDecimal targetPercent) {
		return new StaffingTotals(0, 0, 0, 0, new TreeMap<>(), targetPercent, 0);
	}

	public static StaffingTotals of(FigureValues values, BigDecimal targetPercent) {
		SortedMap<Integer, Long> cuts = new TreeMap<>();
		values.cuts().forEach((year, posts) -> cuts.put(year, posts.longValue()));
		return new StaffingTotals(values.officials(), values.publicEmployees(), values.otherPosts(), values.employed(),
				cuts, targetPercent, 1);
	}

	public StaffingTotals plus(StaffingTotals other) {
		SortedMap<Integer, Long> cuts = new TreeMap<>(cutsByYear);
		other.cutsByYear.forEach((year, posts) -> cuts.merge(year, posts, Long::sum));
		return new StaffingTotals(officials + other.officials, publicEmployees + other.publicEmployees,
				otherPosts + other.otherPosts, employed + other.employed, cuts, targetPercent,
				reportingUnits + other.reportingUnits);
	}

	/** Biên chế được giao at the start of the period. */
	public long assigned() {
		return officials + publicEmployees + otherPosts;
	}

	/** Posts cut so far in the period. */
	public long cut() {
		return cutsByYear.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Posts cut up to and including the given year. */
	public long cutUntil(int year) {
		return cutsByYear.headMap(year + 1).values().stream().mapToLong(Long::longValue).sum();
	}

	public long cutIn(int year) {
		return cutsByYear.getOrDefault(year, 0L);
	}

	public long remaining() {
		return assigned() - cut();
	}

	/** Posts cut so far in percent of the posts assigned at the start. */
	public BigDecimal cutPercent() {
		return percent(cut(), assigned());
	}

	public BigDecimal cutPercentUntil(int year) {
		return percent(cutUntil(year), assigned());
	}

	/** How much of the target is reached, in percent: 8,1 % cut against a 10 % target is 81,0 %. */
	public BigDecimal targetReachedPercent() {
		if (targetPercent == null || targetPercent.signum() == 0 || assigned() == 0) {
			return BigDecimal.ZERO.setScale(PERCENT_SCALE);
		}
		// cut / (assigned × target / 100) × 100, from the exact counts
		BigDecimal targetPosts = BigDecimal.valueOf(assigned()).multiply(targetPercent);
		return BigDecimal.valueOf(cut()).multiply(BigDecimal.valueOf(10_000))
			.divide(targetPosts, PERCENT_SCALE, RoundingMode.HALF_UP);
	}

	/** Posts the target asks to cut in the period, rounded up to a whole post. */
	public long targetPosts() {
		if (targetPercent == null) {
			return 0;
		}
		return BigDecimal.valueOf(assigned()).multiply(targetPercent)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValue();
	}

	public boolean targetReached() {
		return assigned() > 0 && cut() >= targetPosts();
	}

	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(PERCENT_SCALE);
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), PERCENT_SCALE, RoundingMode.HALF_UP);
	}

}
