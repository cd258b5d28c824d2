package vn.tochuc.portal.congress;

import java.time.LocalDate;
import java.util.List;

/** One week of the congress calendar, Monday to Sunday, with the congresses dated in it. */
public record TimelineWeek(LocalDate monday, List<Congress> congresses) {

	public LocalDate sunday() {
		return monday.plusDays(6);
	}

	public boolean contains(LocalDate day) {
		return day != null && !day.isBefore(monday) && !day.isAfter(sunday());
	}

}
