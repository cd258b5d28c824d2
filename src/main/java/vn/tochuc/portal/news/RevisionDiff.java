package vn.tochuc.portal.news;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import vn.tochuc.portal.platform.RichText;

/**
 * A readable comparison of two revisions: title, lead and body side by side, the changed words
 * marked. Bodies are compared paragraph by paragraph as the reader sees them, not as HTML.
 */
public final class RevisionDiff {

	/** One compared line; the texts are HTML-escaped with {@code <del>}/{@code <ins>} marks. */
	public record Row(String kind, String before, String after) {

		public boolean changed() {
			return !"EQUAL".equals(kind);
		}

	}

	private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.mergeOriginalRevised(false)
		// the default line normalizer escapes HTML, so the marks are the only tags in the output
		.oldTag((start) -> start ? "<del>" : "</del>")
		.newTag((start) -> start ? "<ins>" : "</ins>")
		.build();

	private final List<Row> title;

	private final List<Row> summary;

	private final List<Row> body;

	private RevisionDiff(List<Row> title, List<Row> summary, List<Row> body) {
		this.title = title;
		this.summary = summary;
		this.body = body;
	}

	public static RevisionDiff between(ArticleRevision before, ArticleRevision after) {
		return new RevisionDiff(compare(lines(before.getTitle()), lines(after.getTitle())),
				compare(lines(before.getSummary()), lines(after.getSummary())),
				compare(paragraphs(before.getBody()), paragraphs(after.getBody())));
	}

	public List<Row> getTitle() {
		return title;
	}

	public List<Row> getSummary() {
		return summary;
	}

	public List<Row> getBody() {
		return body;
	}

	public boolean isIdentical() {
		return title.stream().noneMatch(Row::changed) && summary.stream().noneMatch(Row::changed)
				&& body.stream().noneMatch(Row::changed);
	}

	static List<String> paragraphs(String html) {
		return RichText.paragraphs(html);
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\R"));
	}

	private static List<Row> compare(List<String> before, List<String> after) {
		List<DiffRow> rows = GENERATOR.generateDiffRows(before, after);
		return rows.stream().map((row) -> new Row(row.getTag().name(), row.getOldLine(), row.getNewLine())).toList();
	}

}
