package vn.tochuc.portal.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.owasp.html.ElementPolicy;
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

	/** The classes the editor writes: alignment, and its own markers of figures and tables. */
	static final List<String> CLASSES = List.of("align-left", "align-center", "align-right", "image", "table");

	/** One or more of {@link #CLASSES}, separated by single spaces; anything else drops the whole attribute. */
	private static final Pattern CLASS_NAMES = Pattern.compile(
			"^(?:" + classAlternatives() + ")(?: (?:" + classAlternatives() + "))*$");

	private static final Pattern DIGITS_4 = Pattern.compile("^\\d{1,4}$");

	private static final Pattern DIGITS_2 = Pattern.compile("^\\d{1,2}$");

	private static final Pattern ROW_OR_COL = Pattern.compile("^(?:row|col)$");

	/**
	 * The one list: every element staff may write, and for each the attributes it may carry. The
	 * sanitizer's policy is built from it, and so is the editor's schema ({@link #editorSchema()}),
	 * so the editor never produces what the sanitizer would drop, nor offers less than it keeps.
	 */
	static final Map<String, List<String>> ELEMENTS = elements();

	/** The attributes whose values are checked, and the check (any other listed attribute is free text). */
	private static final Map<String, Pattern> ATTRIBUTE_VALUES = Map.of("href", SAFE_LINK, "src", SAFE_IMAGE, "width",
			DIGITS_4, "height", DIGITS_4, "colspan", DIGITS_2, "rowspan", DIGITS_2, "scope", ROW_OR_COL, "class",
			CLASS_NAMES);

	private static Map<String, List<String>> elements() {
		Map<String, List<String>> elements = new LinkedHashMap<>();
		for (String plain : List.of("br", "blockquote", "pre", "hr", "ul", "ol", "li", "strong", "b", "em", "i", "u",
				"s", "sub", "sup", "small", "mark", "cite", "q", "code", "figcaption", "caption", "thead", "tbody",
				"tfoot", "tr")) {
			elements.put(plain, List.of());
		}
		for (String aligned : List.of("p", "h2", "h3", "h4", "h5", "h6", "div", "figure", "table")) {
			elements.put(aligned, List.of("class"));
		}
		elements.put("abbr", List.of("title"));
		elements.put("a", List.of("href", "title"));
		elements.put("img", List.of("src", "alt", "title", "width", "height", "class"));
		elements.put("td", List.of("colspan", "rowspan"));
		elements.put("th", List.of("colspan", "rowspan", "scope"));
		return Collections.unmodifiableMap(elements);
	}

	/**
	 * Word and other editors write the page's own heading level for a document's title; on an
	 * article page the h1 is the article's title, so it becomes the first level below it.
	 */
	private static final ElementPolicy H1_TO_H2 = (name, attributes) -> "h2";

	private static final PolicyFactory POLICY = policy();

	private static PolicyFactory policy() {
		HtmlPolicyBuilder builder = new HtmlPolicyBuilder().allowElements(ELEMENTS.keySet().toArray(String[]::new))
			.allowElements(H1_TO_H2, "h1");
		Map<String, List<String>> elementsByAttribute = new LinkedHashMap<>();
		ELEMENTS.forEach((element, attributes) -> attributes
			.forEach((attribute) -> elementsByAttribute.computeIfAbsent(attribute, (a) -> new ArrayList<>()).add(element)));
		elementsByAttribute.forEach((attribute, elements) -> {
			Pattern values = ATTRIBUTE_VALUES.get(attribute);
			var attributeBuilder = builder.allowAttributes(attribute);
			(values == null ? attributeBuilder : attributeBuilder.matching(values)).onElements(elements.toArray(String[]::new));
		});
		// The heading that was an h1 keeps its alignment as the h2 it becomes.
		builder.allowAttributes("class").matching(CLASS_NAMES).onElements("h1");
		return builder
			// The schemes the sanitizer itself lets through; SAFE_LINK and SAFE_IMAGE narrow them further.
			.allowUrlProtocols("http", "https", "mailto", "tel")
			.requireRelsOnLinks("noopener", "noreferrer")
			.toFactory();
	}

	/**
	 * What the editor writes into a new figure's caption before the author types one ("Caption",
	 * the image plugin's own word, never translated), and the hint the portal's editor shows in
	 * an empty caption instead, in each language of the staff area: none of them is ever a caption.
	 */
	public static final Set<String> CAPTION_PLACEHOLDERS = Set.of("caption", "chú thích",
			"image caption: type here, or leave empty for none", "chú thích ảnh: gõ vào đây, để trống nếu không cần");

	/** An innermost figcaption of the sanitizer's output (which writes it without attributes). */
	private static final Pattern FIGCAPTION = Pattern.compile("(?s)<figcaption>((?:(?!</?figcaption>).)*)</figcaption>");

	/** An image whose source the policy dropped (a data: URI, a file on someone's disk): no image at all. */
	private static final Pattern IMAGE_WITHOUT_SOURCE = Pattern.compile("<img(?![^>]*\\ssrc=\")[^>]*>");

	/** A figure left with nothing in it once its image and caption went. */
	private static final Pattern EMPTY_FIGURE = Pattern.compile("<figure(?: class=\"[^\"]*\")?>\\s*</figure>");

	/** Without these a link or a picture is none: the editor removes it, as the sanitizer does. */
	private static final Map<String, String> REQUIRED_ATTRIBUTES = Map.of("a", "href", "img", "src");

	private static String classAlternatives() {
		return String.join("|", CLASSES);
	}

	private RichText() {
	}

	public static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return "";
		}
		String clean = POLICY.sanitize(html);
		clean = IMAGE_WITHOUT_SOURCE.matcher(clean).replaceAll("");
		clean = FIGCAPTION.matcher(clean).replaceAll((caption) -> isCaption(caption.group(1)) ? "$0" : "");
		clean = EMPTY_FIGURE.matcher(clean).replaceAll("");
		return clean.strip();
	}

	/** A caption is text a reader can see that is not the editor's placeholder. */
	private static boolean isCaption(String html) {
		String text = toPlainText(html).replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
		return !text.isEmpty() && !CAPTION_PLACEHOLDERS.contains(text);
	}

	/**
	 * The editor's schema, from {@link #ELEMENTS}: HugeRTE's {@code valid_elements} (each element
	 * with its attributes, {@code a[!href|title]}, "!" for one it cannot be without) and
	 * {@code valid_classes}.
	 */
	public static EditorSchema editorSchema() {
		String validElements = ELEMENTS.entrySet().stream()
			.map((entry) -> entry.getValue().isEmpty() ? entry.getKey()
					: entry.getKey() + "[" + entry.getValue().stream()
						.map((attribute) -> attribute.equals(REQUIRED_ATTRIBUTES.get(entry.getKey())) ? "!" + attribute
								: attribute)
						.collect(Collectors.joining("|")) + "]")
			.collect(Collectors.joining(","));
		return new EditorSchema(validElements, String.join(" ", CLASSES));
	}

	/** What the editor may write; see {@link RichText#editorSchema()}. */
	public record EditorSchema(String validElements, String validClasses) {
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
