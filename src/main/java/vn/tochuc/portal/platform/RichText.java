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

	/** Relative links on this site, or http(s)/mailto; anything else (javascript:, data:, vbscript:) goes. */
	private static final Pattern SAFE_LINK = Pattern.compile("(?i)^(?:https?://|mailto:|/(?![/\\\\])|#)[^\\s\\x00-\\x1f]*$");

	private static final Pattern SAFE_IMAGE = Pattern.compile("(?i)^(?:https?://|/(?![/\\\\]))[^\\s\\x00-\\x1f]*$");

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
		.allowStandardUrlProtocols()
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
