package vn.tochuc.portal.congress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What is derived from a congress's results, never typed: the share of summoned delegates who
 * attended and the share of planned executive seats filled. Percentages are rounded half-up to one
 * decimal place (96,45 → 96,5; 96,44 → 96,4), always from the exact counts; nothing is a
 * percentage of a rounded percentage.
 */
public record ResultFigures(ResultValues values) {

	public static final int SCALE = 1;

	/** Delegates attending in percent of those summoned. */
	public BigDecimal attendingPercent() {
		return percent(values.delegatesAttending(), values.delegatesSummoned());
	}

	/** Executive committee seats filled in percent of those planned. */
	public BigDecimal seatsFilledPercent() {
		return percent(values.executiveElected(), values.executivePlanned());
	}

	/** "129/129": seats filled out of seats planned. */
	public String seatsFilled() {
		return values.executiveElected() + "/" + values.executivePlanned();
	}

	public boolean allSeatsFilled() {
		return values.executivePlanned() > 0 && values.executiveElected() == values.executivePlanned();
	}

	/** part / whole × 100, half-up to one decimal; 0,0 when there is no whole. */
	public static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
	}

}
