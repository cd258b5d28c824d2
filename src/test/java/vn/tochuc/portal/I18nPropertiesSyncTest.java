package vn.tochuc.portal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.ArticleStatus;
import vn.tochuc.portal.news.Classification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the language files, and the two files say the same things: the
 * same keys, nothing empty, the same arguments. Like spring-petclinic's I18nPropertiesSyncTest.
 */
class I18nPropertiesSyncTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final List<String> LANGUAGES = List.of("vi", "en");

	/**
	 * Literal text that may stay in a template, by template. Each entry needs a reason.
	 */
	static final Map<String, Set<String>> ALLOWED_LITERALS = Map.of(
			// A file-type badge (aria-hidden) on a PDF in the media grid: the format's name, the same in every language.
			"media/library.html", Set.of("PDF"));

	/** The Thymeleaf attributes that replace an element's body, so its default text is never shown. */
	static final Set<String> REPLACES_BODY = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:include",
			"th:substituteby", "th:errors");

	/** Attributes a reader sees or hears. */
	static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");

	static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "param", "source", "track", "wbr");

	// ---- the language files ----------------------------------------------------------------

	static Map<String, Properties> bundles() {
		Map<String, Properties> bundles = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			Properties properties = new Properties();
			try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("messages_" + language + ".properties"),
					StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			assertThat(properties).as("messages_%s.properties", language).isNotEmpty();
			bundles.put(language, properties);
		}
		return bundles;
	}

	@Test
	void bothLanguagesHaveExactlyTheSameKeys() {
		Map<String, Properties> bundles = bundles();
		Set<String> vietnamese = new TreeSet<>(bundles.get("vi").stringPropertyNames());
		Set<String> english = new TreeSet<>(bundles.get("en").stringPropertyNames());
		Set<String> onlyVietnamese = new TreeSet<>(vietnamese);
		onlyVietnamese.removeAll(english);
		Set<String> onlyEnglish = new TreeSet<>(english);
		onlyEnglish.removeAll(vietnamese);
		assertThat(onlyVietnamese).as("keys missing from messages_en").isEmpty();
		assertThat(onlyEnglish).as("keys missing from messages_vi").isEmpty();
		assertThat(english).isEqualTo(vietnamese);
	}

	@Test
	void noMessageIsEmpty() {
		bundles().forEach((language, properties) -> {
			List<String> empty = properties.stringPropertyNames().stream()
				.filter((key) -> properties.getProperty(key).isBlank())
				.sorted()
				.toList();
			assertThat(empty).as("empty messages in messages_%s", language).isEmpty();
		});
	}

	@Test
	void noKeyIsDefinedTwiceInOneFile() throws IOException {
		Pattern keyLine = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
		for (String language : LANGUAGES) {
			Map<String, Integer> seen = new HashMap<>();
			List<String> duplicates = new ArrayList<>();
			for (String line : Files.readAllLines(RESOURCES.resolve("messages_" + language + ".properties"),
					StandardCharsets.UTF_8)) {
				Matcher matcher = keyLine.matcher(line);
				if (matcher.find() && seen.merge(matcher.group(1), 1, Integer::sum) == 2) {
					duplicates.add(matcher.group(1));
				}
			}
			assertThat(duplicates).as("keys defined twice in messages_%s", language).isEmpty();
		}
	}

	@Test
	void translationsTakeTheSameArguments() {
		Map<String, Properties> bundles = bundles();
		Pattern argument = Pattern.compile("\\{(\\d+)[^}]*}");
		List<String> mismatched = new ArrayList<>();
		for (String key : bundles.get("vi").stringPropertyNames()) {
			String english = bundles.get("en").getProperty(key);
			if (english == null) {
				continue; // reported by bothLanguagesHaveExactlyTheSameKeys
			}
			Set<String> inVietnamese = arguments(argument, bundles.get("vi").getProperty(key));
			Set<String> inEnglish = arguments(argument, english);
			if (!inVietnamese.equals(inEnglish)) {
				mismatched.add(key + ": vi " + inVietnamese + ", en " + inEnglish);
			}
		}
		assertThat(mismatched).as("messages whose translations use different arguments").isEmpty();
	}

	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() {
		// Messages with arguments go through MessageFormat, where a single ' starts a quoted section.
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		List<String> broken = new ArrayList<>();
		bundles().forEach((language, properties) -> properties.stringPropertyNames().forEach((key) -> {
			String value = properties.getProperty(key);
			if (value.matches("(?s).*\\{\\d.*") && loneApostrophe.matcher(value).find()) {
				broken.add(language + ": " + key + "=" + value);
			}
		}));
		assertThat(broken).isEmpty();
	}

	private static Set<String> arguments(Pattern argument, String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = argument.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	// ---- the keys the portal uses -----------------------------------------------------------

	@Test
	void everyMessageKeyNamedInATemplateExists() {
		Map<String, Properties> bundles = bundles();
		Pattern staticKey = Pattern.compile("#\\{([A-Za-z][\\w.-]*)(?=[}(])");
		Pattern dynamicKey = Pattern.compile("#\\{'([A-Za-z][\\w.-]*\\.)'\\s*\\+");
		Map<String, List<String>> enums = Map.of(
				"article.status.", names(ArticleStatus.values()),
				"role.", names(Role.values()),
				"classification.", names(Classification.values()));
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			String html = read(template);
			Set<String> keys = new TreeSet<>();
			Matcher matcher = staticKey.matcher(html);
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
			Matcher dynamic = dynamicKey.matcher(html);
			while (dynamic.find()) {
				String prefix = dynamic.group(1);
				enums.getOrDefault(prefix, List.of()).forEach((name) -> keys.add(prefix + name));
			}
			for (String key : keys) {
				bundles.forEach((language, properties) -> {
					if (!properties.containsKey(key)) {
						missing.add(relative(template) + ": " + key + " (" + language + ")");
					}
				});
			}
		}
		assertThat(missing).as("message keys used by templates but missing from a language file").isEmpty();
	}

	@Test
	void everyValidationMessageKeyExists() throws IOException {
		Map<String, Properties> bundles = bundles();
		Pattern constraintMessage = Pattern.compile("message\\s*=\\s*\"\\{([\\w.-]+)}\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = constraintMessage.matcher(read(source));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (key.startsWith("jakarta.validation.") || key.startsWith("org.hibernate.")) {
						continue;
					}
					bundles.forEach((language, properties) -> {
						if (!properties.containsKey(key)) {
							missing.add(source.getFileName() + ": " + key + " (" + language + ")");
						}
					});
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	// ---- no literal text in templates ---------------------------------------------------------

	@Test
	void templatesHoldNoLiteralVisibleText() {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String name = relative(template);
			Set<String> allowed = ALLOWED_LITERALS.getOrDefault(name, Set.of());
			for (String literal : literalText(read(template))) {
				if (!allowed.contains(literal)) {
					found.add(name + ": \"" + literal + "\"");
				}
			}
		}
		assertThat(found).as("visible text written in templates instead of #{…} messages").isEmpty();
	}

	@Test
	void theAllowListHasNoStaleEntries() {
		ALLOWED_LITERALS.forEach((name, literals) -> {
			Path template = TEMPLATES.resolve(name);
			assertThat(template).as("allow-listed template").exists();
			assertThat(literalText(read(template))).as("allow-listed literals still in %s", name)
				.containsAll(literals);
		});
	}

	@Test
	void theScannerFindsLiteralTextAndIgnoresWhatThymeleafReplaces() {
		String html = """
				<!DOCTYPE html>
				<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(content=~{::main})}">
				<head><title>Never shown</title></head>
				<body>
				<!-- Comments may say anything. -->
				<th:block th:fragment="main">
				  <h1 th:text="#{title}">Default text is fine</h1>
				  <p th:utext="${body}">Also <b>fine</b></p>
				  <p class="field-error" th:errors="*{title}">Lỗi</p>
				  <div th:replace="~{fragments :: x}"><span>replaced</span></div>
				  <p>Xin chào</p>
				  <span aria-hidden="true">|</span> » « · (12) – 403 &raquo; &nbsp;
				  <a href="/" title="Trang chủ" th:text="#{home}">Home</a>
				  <img src="/a.png" alt="" th:alt="#{alt}">
				  <img src="/b.png" alt="Ảnh">
				  <input placeholder="Tìm kiếm">
				  <script>var text = "not visible";</script>
				  <style>p::before { content: "not visible"; }</style>
				  <p th:if="${a > b}">Sau dấu lớn hơn</p>
				  <textarea th:field="*{body}">bound</textarea>
				  <p>[[${inline}]]</p>
				</th:block>
				</body>
				</html>
				""";
		assertThat(literalText(html)).containsExactly("Xin chào", "title=Trang chủ", "alt=Ảnh", "placeholder=Tìm kiếm",
				"Sau dấu lớn hơn");
	}

	static List<Path> templates() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> templates = files.filter((path) -> path.toString().endsWith(".html")).sorted().toList();
			assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
			return templates;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String relative(Path template) {
		return TEMPLATES.relativize(template).toString().replace('\\', '/');
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final Pattern START_TAG = Pattern.compile(
			"<([A-Za-z][\\w:.-]*)((?:\\s+[^\\s=/>\"']+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>\"']+))?)*)\\s*(/?)>");

	private static final Pattern ATTRIBUTE = Pattern.compile(
			"([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");

	private static final Pattern END_TAG = Pattern.compile("</\\s*([A-Za-z][\\w:.-]*)\\s*>");

	private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z]+|#\\d+|#[xX][0-9A-Fa-f]+);");

	private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private record Frame(String name, boolean childrenHidden) {
	}

	/**
	 * The text a reader would see that does not come from a message: text nodes in elements
	 * whose body Thymeleaf keeps, and visible attributes without a th: counterpart. Comments,
	 * scripts and styles are skipped; text without letters (punctuation, numbers) is allowed.
	 */
	static List<String> literalText(String html) {
		List<String> found = new ArrayList<>();
		List<Frame> stack = new ArrayList<>();
		int position = 0;
		while (position < html.length()) {
			boolean hidden = !stack.isEmpty() && stack.get(stack.size() - 1).childrenHidden();
			if (html.startsWith("<!--", position)) {
				int end = html.indexOf("-->", position + 4);
				position = end < 0 ? html.length() : end + 3;
				continue;
			}
			if (html.startsWith("<!", position) || html.startsWith("<?", position)) {
				int end = html.indexOf('>', position);
				position = end < 0 ? html.length() : end + 1;
				continue;
			}
			Matcher end = END_TAG.matcher(html).region(position, html.length());
			if (end.lookingAt()) {
				String name = end.group(1).toLowerCase();
				for (int i = stack.size() - 1; i >= 0; i--) {
					if (stack.get(i).name().equals(name)) {
						stack.subList(i, stack.size()).clear();
						break;
					}
				}
				position = end.end();
				continue;
			}
			Matcher start = START_TAG.matcher(html).region(position, html.length());
			if (start.lookingAt()) {
				String name = start.group(1).toLowerCase();
				Map<String, String> attributes = attributes(start.group(2));
				boolean fragment = attributes.containsKey("th:fragment");
				boolean elementHidden = hidden && !fragment;
				boolean replaced = attributes.containsKey("th:replace") || attributes.containsKey("th:substituteby");
				if (!elementHidden && !replaced) {
					checkAttributes(attributes, found);
				}
				position = start.end();
				if (name.equals("script") || name.equals("style")) {
					int close = html.toLowerCase().indexOf("</" + name, position);
					position = close < 0 ? html.length() : close;
					continue;
				}
				boolean selfClosing = !start.group(3).isEmpty() || VOID_ELEMENTS.contains(name);
				if (!selfClosing) {
					boolean bodyReplaced = attributes.keySet().stream().anyMatch(REPLACES_BODY::contains)
							|| (name.equals("textarea") && attributes.containsKey("th:field"))
							|| isRemovingBody(attributes.get("th:remove"));
					stack.add(new Frame(name, elementHidden || bodyReplaced));
				}
				continue;
			}
			int next = html.indexOf('<', position + 1);
			next = next < 0 ? html.length() : next;
			if (!hidden) {
				String text = html.substring(position, next);
				text = INLINE_EXPRESSION.matcher(text).replaceAll(" ");
				text = ENTITY.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
				if (LETTER.matcher(text).find()) {
					found.add(text);
				}
			}
			position = next;
		}
		return found;
	}

	private static boolean isRemovingBody(String remove) {
		return remove != null && (remove.equals("all") || remove.equals("body") || remove.equals("all-but-first"));
	}

	private static void checkAttributes(Map<String, String> attributes, List<String> found) {
		String thAttr = attributes.getOrDefault("th:attr", "");
		for (String visible : VISIBLE_ATTRIBUTES) {
			String value = attributes.get(visible);
			if (value == null || !LETTER.matcher(ENTITY.matcher(value).replaceAll(" ")).find()) {
				continue;
			}
			boolean produced = attributes.containsKey("th:" + visible)
					|| Pattern.compile("(^|[,\\s])" + Pattern.quote(visible) + "\\s*=").matcher(thAttr).find();
			if (!produced) {
				found.add(visible + "=" + value.strip());
			}
		}
	}

	private static Map<String, String> attributes(String text) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher matcher = ATTRIBUTE.matcher(text);
		while (matcher.find()) {
			String value = matcher.group(2) != null ? matcher.group(2)
					: matcher.group(3) != null ? matcher.group(3) : matcher.group(4) != null ? matcher.group(4) : "";
			attributes.put(matcher.group(1).toLowerCase(), value);
		}
		return attributes;
	}

}
