package vn.tochuc.portal.news;

import vn.tochuc.portal.platform.RichText;

/**
 * What a staff member writes: the editable part of an article, already cleaned. Building one
 * sanitizes the body, so no unsanitized HTML can reach the database through the service.
 */
public record ArticleContent(String title, String summary, String body, Long categoryId, String byline,
		String source, Long coverMediaId, String coverCaption, boolean featured, Classification classification,
		Long meetingId, Long congressId) {

	public ArticleContent {
		classification = classification == null ? Classification.NONE : classification;
		title = clean(title);
		summary = clean(summary);
		body = RichText.sanitize(body);
		byline = clean(byline);
		source = clean(source);
		coverCaption = clean(coverCaption);
	}

	/** Content without a secrecy marking. */
	public ArticleContent(String title, String summary, String body, Long categoryId, String byline, String source,
			Long coverMediaId, String coverCaption, boolean featured) {
		this(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption, featured,
				Classification.NONE, null, null);
	}

	/** Content not linked to a meeting. */
	public ArticleContent(String title, String summary, String body, Long categoryId, String byline, String source,
			Long coverMediaId, String coverCaption, boolean featured, Classification classification) {
		this(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption, featured, classification,
				null, null);
	}

	/** Content not linked to a congress. */
	public ArticleContent(String title, String summary, String body, Long categoryId, String byline, String source,
			Long coverMediaId, String coverCaption, boolean featured, Classification classification, Long meetingId) {
		this(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption, featured, classification,
				meetingId, null);
	}

	public ArticleContent withFeatured(boolean flag) {
		return new ArticleContent(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption, flag,
				classification, meetingId, congressId);
	}

	public ArticleContent withMeeting(Long id) {
		return new ArticleContent(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption, featured,
				classification, id, congressId);
	}

	public ArticleContent withCongress(Long id) {
		return new ArticleContent(title, summary, body, categoryId, byline, source, coverMediaId, coverCaption, featured,
				classification, meetingId, id);
	}

	public ArticleContent withCover(Long mediaId) {
		return new ArticleContent(title, summary, body, categoryId, byline, source, mediaId, coverCaption, featured,
				classification, meetingId, congressId);
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		// Control characters go first, then every kind of space at the ends, non-breaking ones included.
		String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replace('\u00A0', ' ').strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

}
