package vn.tochuc.portal.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of results, best first.
 *
 * @param problem a message key when the query could not be searched (empty, too long, no words)
 * @param hits this page's records
 * @param total how many records matched, at most {@code limit} (then {@code capped} is true)
 * @param capped whether more records matched than are ranked
 * @param page this page's number, from 1
 * @param pageSize records per page
 * @param corrected whether words the index does not know were widened to the nearest known ones
 */
public record SearchResults(String problem, List<Hit> hits, long total, boolean capped, int page, int pageSize,
		boolean corrected) {

	static SearchResults problem(String key) {
		return new SearchResults(key, List.of(), 0, false, 1, SearchService.PAGE_SIZE, false);
	}

	public int getTotalPages() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < getTotalPages();
	}

	public boolean isEmpty() {
		return hits.isEmpty();
	}

	/** A record found: its kind, its address, its date and the title and passage with the query's words marked. */
	public record Hit(String type, long id, String path, LocalDate date, List<TextSegment> title,
			List<TextSegment> snippet, double score) {
	}

}
