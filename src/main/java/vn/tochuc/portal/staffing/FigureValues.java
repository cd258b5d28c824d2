package vn.tochuc.portal.staffing;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The typed-in figures of one unit for one period, as a form or a spreadsheet row gives them.
 * Years without a cut are left out, so "0" and "empty" are the same figure.
 */
public record FigureValues(int officials, int publicEmployees, int otherPosts, int employed,
		SortedMap<Integer, Integer> cuts) {

	public FigureValues {
		SortedMap<Integer, Integer> normalised = new TreeMap<>();
		cuts.forEach((year, posts) -> {
			if (posts != null && posts != 0) {
				normalised.put(year, posts);
			}
		});
		cuts = java.util.Collections.unmodifiableSortedMap(normalised);
	}

	public static FigureValues of(int officials, int publicEmployees, int otherPosts, int employed,
			Map<Integer, Integer> cuts) {
		return new FigureValues(officials, publicEmployees, otherPosts, employed, new TreeMap<>(cuts));
	}

	/** Biên chế được giao: the posts assigned at the start of the period, all categories. */
	public long assigned() {
		return (long) officials + publicEmployees + otherPosts;
	}

	public long cut() {
		return cuts.values().stream().mapToLong(Integer::longValue).sum();
	}

}
