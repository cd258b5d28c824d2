package vn.tochuc.portal.platform;

/**
 * The one vocabulary for what a reader page shows and what a change changed. A kept page
 * records the tags of everything it showed; a change drops the pages that carry any of its tags.
 * <ul>
 * <li>{@code article:42}, {@code meeting:7}, {@code document:9}, {@code congress:3},
 * {@code media:12}, {@code category:5}: one record. A page showing a record (in full or as a list
 * item) records its tag; any change to the record carries it.</li>
 * <li>{@code article-list}, {@code meeting-list}, {@code document-list}, {@code congress-list}:
 * which records a list holds, or in what order. Every page listing records of that kind records
 * it; a change carries it when a record enters or leaves lists or moves in them (published,
 * withdrawn, trashed, restored, its date, category or unit changed), not on a mere edit.</li>
 * <li>{@code categories} (the menu), {@code links} (the links box), {@code banner},
 * {@code settings} (site settings, the footer), {@code about}, {@code staffing}: a part every
 * page or one section shows.</li>
 * <li>{@code search}: kept search results; every change of a searchable record carries it.</li>
 * <li>{@link #EVERYTHING}: drops everything (a search rebuild, a restore, the demo loaded).</li>
 * </ul>
 */
public final class CacheTags {

	public static final String EVERYTHING = "*";

	public static final String ARTICLE_LIST = "article-list";

	public static final String MEETING_LIST = "meeting-list";

	public static final String DOCUMENT_LIST = "document-list";

	public static final String CONGRESS_LIST = "congress-list";

	public static final String CATEGORIES = "categories";

	public static final String LINKS = "links";

	public static final String BANNER = "banner";

	public static final String SETTINGS = "settings";

	public static final String ABOUT = "about";

	public static final String STAFFING = "staffing";

	public static final String SEARCH = "search";

	private CacheTags() {
	}

	public static String article(long id) {
		return "article:" + id;
	}

	public static String category(long id) {
		return "category:" + id;
	}

	public static String meeting(long id) {
		return "meeting:" + id;
	}

	public static String document(long id) {
		return "document:" + id;
	}

	public static String congress(long id) {
		return "congress:" + id;
	}

	public static String media(long id) {
		return "media:" + id;
	}

}
