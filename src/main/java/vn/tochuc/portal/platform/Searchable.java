package vn.tochuc.portal.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * One public thing a reader can find with the portal's search: an article, a meeting, a
 * document, a congress. Features describe their public records this way and announce changes
 * with {@link SearchableChanged} and {@link SearchableWithdrawn}; the search module keeps its
 * index from those events, so it never needs to know the features' own tables.
 *
 * @param type the kind of record: "article", "meeting", "document", "congress"
 * @param id the record's id within its kind
 * @param title the heading shown in results
 * @param summary a short lead shown under the heading (may be empty)
 * @param text the full plain text to search (no HTML)
 * @param path the public address, e.g. "/bai-viet/hoi-nghi-so-ket"
 * @param date the date readers know the record by (publication, meeting day, issue date)
 * @param exactTerms codes matched as typed, e.g. a document's number "18-NQ/TW"
 */
public record Searchable(String type, long id, String title, String summary, String text, String path,
		LocalDate date, List<String> exactTerms) {

	public Searchable {
		summary = summary == null ? "" : summary;
		text = text == null ? "" : text;
		exactTerms = exactTerms == null ? List.of() : List.copyOf(exactTerms);
	}

}
