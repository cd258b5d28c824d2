package vn.tochuc.portal.search;

import java.time.LocalDate;

/**
 * What a reader asked: the words, and optionally a kind of record, a date range (inclusive)
 * and a page (1-based).
 */
public record SearchQuery(String text, String type, LocalDate from, LocalDate to, int page) {

	public SearchQuery {
		text = text == null ? "" : text;
		type = type == null || type.isBlank() ? null : type.strip();
		page = Math.max(page, 1);
	}

	public static SearchQuery of(String text) {
		return new SearchQuery(text, null, null, null, 1);
	}

}
