package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Progress and totals of a group of congresses of one term (a level, the pilots, or all):
 * how many there are, how many were held, and the sums of the results reported so far. Shares of
 * women, young and first-time members are averaged weighted by the members elected (so a
 * committee of 129 counts more than one of 35), rounded half-up to one decimal place.
 *
 * @param level the level, or null for the pilots and for all levels together
 */
public record ProgressRow(CommitteeLevel level, int total, int held, int planned, int postponed, int reported,
		long delegatesSummoned, long delegatesAttending, long executivePlanned, long executiveElected,
		int electedInOneRound, long upperDelegates, Share women, Share young, Share firstTime) {

	/** A weighted share: Σ(share × members) and Σ members, over the results that reported it. */
	public record Share(BigDecimal weighted, long members) {

		static final Share NONE = new Share(BigDecimal.ZERO, 0);

		Share add(BigDecimal percent, int elected) {
			if (percent == null || elected <= 0) {
				return this;
			}
			return new Share(weighted.add(percent.multiply(BigDecimal.valueOf(elected))), members + elected);
		}

		Share plus(Share other) {
			return new Share(weighted.add(other.weighted), members + other.members);
		}

		/** The average share, or null when no result reported it. */
		public BigDecimal percent() {
			if (members == 0) {
				return null;
			}
			return weighted.divide(BigDecimal.valueOf(members), ResultFigures.SCALE, RoundingMode.HALF_UP);
		}

	}

	static ProgressRow empty(CommitteeLevel level) {
		return new ProgressRow(level, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Share.NONE, Share.NONE, Share.NONE);
	}

	/** This row with one more congress (and its results, when it has any). */
	ProgressRow with(Congress congress, ResultValues result) {
		int h = held + (congress.getStatus() == CongressStatus.HELD ? 1 : 0);
		int p = planned + (congress.getStatus() == CongressStatus.PLANNED ? 1 : 0);
		int d = postponed + (congress.getStatus() == CongressStatus.POSTPONED ? 1 : 0);
		if (result == null) {
			return new ProgressRow(level, total + 1, h, p, d, reported, delegatesSummoned, delegatesAttending,
					executivePlanned, executiveElected, electedInOneRound, upperDelegates, women, young, firstTime);
		}
		return new ProgressRow(level, total + 1, h, p, d, reported + 1, delegatesSummoned + result.delegatesSummoned(),
				delegatesAttending + result.delegatesAttending(), executivePlanned + result.executivePlanned(),
				executiveElected + result.executiveElected(), electedInOneRound + (result.electedInOneRound() ? 1 : 0),
				upperDelegates + (result.upperDelegates() == null ? 0 : result.upperDelegates()),
				women.add(result.womenPercent(), result.executiveElected()),
				young.add(result.youngPercent(), result.executiveElected()),
				firstTime.add(result.firstTimePercent(), result.executiveElected()));
	}

	/** "04/04", "12/20": held out of all, two digits at least, as the department's reports write it. */
	public String fraction() {
		return "%02d/%02d".formatted(held, total);
	}

	public BigDecimal heldPercent() {
		return ResultFigures.percent(held, total);
	}

	public boolean complete() {
		return total > 0 && held == total;
	}

	public BigDecimal attendingPercent() {
		return ResultFigures.percent(delegatesAttending, delegatesSummoned);
	}

	public BigDecimal seatsFilledPercent() {
		return ResultFigures.percent(executiveElected, executivePlanned);
	}

}
