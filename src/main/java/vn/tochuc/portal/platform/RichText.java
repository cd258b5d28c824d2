package vn.tochuc.portal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for rich text written by staff. Anything not named here (scripts, event
 * handlers, styles, forms, frames, {@code javascript:} and {@code data:} URLs) is dropped on
 * the way in, so the stored HTML is safe to render as it is.
 */
public final class RichText {

	/*
	 * Relative-link preservation is off (in jsoup's terms, preserveRelativeLinks(false)). A link is
	 * kept only when it is one of:
	 *  - absolute, with a scheme on the list: http, https, mailto, or tel with a phone number;
	 *  - a path on this site from its root ("/bai-viet/x"), the "/" followed by neither "/" nor "\"
	 *    ("//evil.example" is another site, and browsers read "/\evil.example" the same way);
	 *  - a fragment ("#muc-2").
	 * Every other relative URL ("bai-viet/x", "../x", "?page=2") is dropped, not resolved against
	 * a base: the same body is shown on the article page, its preview, the feed and search results,
	 * where it would lead to different places, and the editor never writes one. Any other scheme
	 * (javascript:, data:, vbscript:, file:…) is dropped too. The check sees the URL as a browser
	 * reads it (entities decoded) and refuses whitespace and control characters anywhere, which
	 * browsers strip and which would hide "java\tscript:".
	 */
	private static final String ALLOWED_SCHEMES = "https?://|mailto:";

	private static final String SITE_ROOT_PATH = "/(?![/\\\\])";

	private static final String FRAGMENT = "#";

	private static final String NO_SPACE_OR_CONTROL = "[^\\s\\x00-\\x1f]*";

	/** Digits, with "+", ".", "-" and spaces (already written %20 when the check runs). */
	private static final String PHONE = "tel:\\+?[0-9](?:[0-9.-]|%20)*";

	private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(?:(?:" + ALLOWED_SCHEMES + "|" + SITE_ROOT_PATH + "|"
			+ FRAGMENT + ")" + NO_SPACE_OR_CONTROL + "|" + PHONE + ")$");

	/** Pictures: http(s) or this site's own paths; never a fragment, data: or a phone number. */
	private static final Pattern SAFE_IMAGE = Pattern
		.compile("(?i)^(?:https?://|" + SITE_ROOT_PATH + ")" + NO_SPACE_OR_CONTROL + "$");

	private static final Pattern BLOCK_END = Pattern.compile("(?i)</(?:p|h[1-6]|li|figcaption|blockquote|tr|div)>|<br\\s*/?>");

	private static final Pattern CLASS_NAMES = Pattern.compile("^(?:align-(?:left|center|right)|image|table)$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "ul", "ol", "li",
				"strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "cite", "q", "code",
				"figure", "figcaption", "img", "a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
				"td", "div", "span")
		.allowAttributes("href").matching(SAFE_LINK).onElements("a")
		.allowAttributes("title").onElements("a", "abbr", "img")
		.allowAttributes("src").matching(SAFE_IMAGE).onElements("img")
		.allowAttributes("alt").onElements("img")
		.allowAttributes("width", "height").matching(Pattern.compile("^\\d{1,4}$")).onElements("img")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("^\\d{1,2}$")).onElements("td", "th")
		.allowAttributes("scope").matching(Pattern.compile("^(?:row|col)$")).onElements("th")
		.allowAttributes("class").matching(CLASS_NAMES).onElements("p", "figure", "img", "table", "div")
		// The schemes the sanitizer itself lets through; SAFE_LINK and SAFE_IMAGE narrow them further.
		.allowUrlProtocols("http", "https", "mailto", "tel")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private RichText() {
	}

	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		return POLICY.sanitize(html).strip();
	}

	/** The text of each block (paragraph, heading, list item, caption…) as a reader sees it, in order. */
	public static List<String> paragraphs(String html) {
		if (html == null || html.isBlank()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (String block : BLOCK_END.split(html)) {
			String text = toPlainText(block);
			if (!text.isEmpty()) {
				lines.add(text);
			}
		}
		return lines;
	}

	/** The text a reader would see, for summaries and search: tags removed, entities decoded. */
	public static String toPlainText(String html) {
		if (html == null) {
			return "";
		}
		String withoutTags = html.replaceAll("(?s)<[^>]*>", " ");
		return org.springframework.web.util.HtmlUtils.htmlUnescape(withoutTags).replaceAll("\\s+", " ").strip();
	}

}
