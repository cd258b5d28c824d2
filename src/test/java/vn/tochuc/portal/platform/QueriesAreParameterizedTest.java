package vn.tochuc.portal.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No SQL or JPQL is put together from values: every value reaches the database as a bound
 * parameter. The check reads the main sources and flags a query text joined with {@code +} to
 * anything but another literal or a constant, and a query text filled in with
 * {@code formatted(...)} or {@code String.format(...)} from anything but literals.
 */
class QueriesAreParameterizedTest {

	private static final Path MAIN = Path.of("src/main/java");

	/** Text that reads as a query: a statement keyword with what follows it, or a clause. */
	private static final Pattern QUERY = Pattern.compile(
			"(?is).*(\\bselect\\b.*\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\s+\\w+\\s+set\\b|\\bdelete\\s+from\\b"
					+ "|\\bwhere\\b|\\border\\s+by\\b|\\band\\s+\\w+(\\.\\w+)?\\s*(=|<|>|like|in)\\s).*");

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)*");

	/**
	 * Reviewed exceptions, by file and the exact code after the query text. The search statement
	 * is assembled from fixed fragments chosen by which filters are set; its values are bound as
	 * :type, :from and :to. The fragments are checked to be literals below.
	 */
	private static final Map<String, String> REVIEWED = Map.of("search/SearchService.java",
			".formatted(filters, accentBonus)");

	@Test
	void noQueryInTheMainSourcesIsBuiltFromValues() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String relative = MAIN.resolve("vn/tochuc/portal").relativize(file).toString().replace('\\', '/');
				for (String problem : problems(Files.readString(file, StandardCharsets.UTF_8))) {
					if (!problem.equals(REVIEWED.get(relative))) {
						problems.add(relative + ": " + problem);
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theReviewedSearchStatementTakesOnlyFixedFragments() throws IOException {
		String source = Files.readString(MAIN.resolve("vn/tochuc/portal/search/SearchService.java"));
		assertThat(source).contains("filters.append(");
		assertThat(Pattern.compile("filters\\.append\\((?!\")").matcher(source).find()).isFalse();
		assertThat(Pattern.compile("accentBonus = (?!\")").matcher(source).find()).isFalse();
	}

	@Test
	void theCheckCatchesTheUsualMistakes() {
		assertThat(problems("""
				class A { void a(String q) { em.createQuery("select a from Article a where a.title = '" + q + "'"); } }
				""")).isNotEmpty();
		assertThat(problems("""
				class A { void a(String q) { jdbc.query("select * from article where id = %s".formatted(q)); } }
				""")).isNotEmpty();
		assertThat(problems("""
				class A { void a(String s) { jdbc.query(String.format("delete from article where slug = '%s'", s)); } }
				""")).isNotEmpty();
		assertThat(problems("""
				class A { void a(String sort) { jdbc.query(\"""
				    select id from article
				    order by \""" + sort); } }
				""")).isNotEmpty();
		assertThat(problems("""
				class A { static final String T = "article";
				  void a(long id) { jdbc.query("select * from " + T + " where id = ?", id);
				    jdbc.update(LEARN.formatted("e.type = ?"), id); } }
				""")).isEmpty();
	}

	/** The problems in one source file: the code that joins a value to a query text. */
	static List<String> problems(String source) {
		List<Token> tokens = tokenize(source);
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!token.literal() || !QUERY.matcher(token.text()).matches()) {
				continue;
			}
			String after = i + 1 < tokens.size() && !tokens.get(i + 1).literal() ? tokens.get(i + 1).text() : "";
			String before = i > 0 && !tokens.get(i - 1).literal() ? tokens.get(i - 1).text() : "";
			String afterTrimmed = after.stripLeading();
			if (afterTrimmed.startsWith("+")) {
				String operand = afterTrimmed.substring(1).strip();
				if (!operand.isEmpty() || i + 2 >= tokens.size()) {
					String name = leadingExpression(operand);
					if (!CONSTANT.matcher(name).matches()) {
						problems.add("+ " + name);
					}
				}
			}
			String beforeTrimmed = before.stripTrailing();
			if (beforeTrimmed.endsWith("+")) {
				String operand = trailingExpression(beforeTrimmed.substring(0, beforeTrimmed.length() - 1).strip());
				if (!operand.isEmpty() && !CONSTANT.matcher(operand).matches()) {
					problems.add(operand + " +");
				}
			}
			if (afterTrimmed.startsWith(".formatted(")) {
				String call = callText(tokens, i + 1, afterTrimmed.indexOf('(') + (after.length() - afterTrimmed.length()));
				if (!literalArguments(call)) {
					problems.add(call);
				}
			}
			if (beforeTrimmed.endsWith("String.format(")) {
				String call = callText(tokens, i - 1, beforeTrimmed.length() - 1);
				if (!literalArguments(call)) {
					problems.add("String.format" + call);
				}
			}
		}
		return problems;
	}

	/** The call from the opening parenthesis at {@code start} in token {@code from} to its close. */
	private static String callText(List<Token> tokens, int from, int start) {
		StringBuilder text = new StringBuilder();
		int depth = 0;
		for (int t = from; t < tokens.size(); t++) {
			Token token = tokens.get(t);
			if (token.literal()) {
				text.append("\"\"");
				continue;
			}
			String code = token.text();
			for (int c = (t == from ? start : 0); c < code.length(); c++) {
				char ch = code.charAt(c);
				text.append(ch);
				if (ch == '(') {
					depth++;
				}
				else if (ch == ')' && --depth == 0) {
					String call = text.toString().strip();
					return call.startsWith(".") ? call : "." + "formatted" + call.substring(call.indexOf('('));
				}
			}
		}
		return text.toString();
	}

	/** True when every argument of the call is a literal, a constant or the query text itself. */
	private static boolean literalArguments(String call) {
		String inside = call.substring(call.indexOf('(') + 1, call.lastIndexOf(')'));
		for (String argument : inside.split(",")) {
			String a = argument.strip();
			if (!a.isEmpty() && !a.equals("\"\"") && !CONSTANT.matcher(a).matches() && !a.matches("\\d+")) {
				return false;
			}
		}
		return true;
	}

	private static String leadingExpression(String code) {
		java.util.regex.Matcher m = Pattern.compile("^[\\w.]+(\\([^)]*\\))?").matcher(code);
		return m.find() ? m.group() : code;
	}

	private static String trailingExpression(String code) {
		java.util.regex.Matcher m = Pattern.compile("[\\w.]+(\\([^)]*\\))?$").matcher(code);
		return m.find() ? m.group() : "";
	}

	record Token(boolean literal, String text) {
	}

	/** Splits Java source into string literals (text blocks included) and the code between, without comments. */
	static List<Token> tokenize(String source) {
		List<Token> tokens = new ArrayList<>();
		StringBuilder code = new StringBuilder();
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = end < 0 ? source.length() : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = end < 0 ? source.length() : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (end > 0 && source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				tokens.add(new Token(false, code.toString()));
				code.setLength(0);
				tokens.add(new Token(true, source.substring(i + 3, end)));
				i = end + 3;
			}
			else if (c == '"') {
				int j = i + 1;
				while (source.charAt(j) != '"') {
					j += source.charAt(j) == '\\' ? 2 : 1;
				}
				tokens.add(new Token(false, code.toString()));
				code.setLength(0);
				tokens.add(new Token(true, source.substring(i + 1, j)));
				i = j + 1;
			}
			else if (c == '\'') {
				int j = i + 1;
				while (source.charAt(j) != '\'') {
					j += source.charAt(j) == '\\' ? 2 : 1;
				}
				code.append(source, i, j + 1);
				i = j + 1;
			}
			else {
				code.append(c);
				i++;
			}
		}
		tokens.add(new Token(false, code.toString()));
		return tokens;
	}

}
