package vn.tochuc.portal.search;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Folding keeps lengths, and the marks land on the reader's own characters. */
class HighlighterTest {

	@Test
	void foldingDropsDiacriticsAndCaseCharacterForCharacter() {
		String text = "ĐẢNG BỘ tỉnh Nghệ An: tinh giản biên chế, Ưu tiên";
		String folded = Folding.fold(text);
		assertThat(folded).isEqualTo("dang bo tinh nghe an: tinh gian bien che, uu tien");
		assertThat(folded).hasSameSizeAs(text);
		assertThat(Folding.code(" 18-NQ/TW ")).isEqualTo("18-nq/tw");
	}

	@Test
	void foldedWordsMarkTheOriginalSpellingAndNeighboursBecomeOneMark() {
		List<TextSegment> title = Highlighter.highlight("Đảng bộ huyện Kỳ Sơn tổ chức đại hội điểm",
				List.of("dang", "bo", "son"));
		assertThat(render(title)).isEqualTo("[Đảng bộ] huyện Kỳ [Sơn] tổ chức đại hội điểm");
	}

	@Test
	void onlyWholeWordsAreMarked() {
		// "tinh" must not mark inside "tinhthan" nor "chinh" inside "chinhphu"; "an" not inside "Nghệ An's" neighbours.
		assertThat(render(Highlighter.highlight("Tinh thần chính quyền Tỉnh An Giang", List.of("tinh", "an"))))
			.isEqualTo("[Tinh] thần chính quyền [Tỉnh An] Giang");
		assertThat(render(Highlighter.highlight("Nghị quyết số 18-NQ/TW của BCH", List.of("18", "nq/tw"))))
			.isEqualTo("Nghị quyết số [18]-[NQ/TW] của BCH");
	}

	@Test
	void theSnippetIsThePassageHoldingMostOfTheWords() {
		String body = "Mở đầu bài viết nói về thời tiết. ".repeat(20)
				+ "Giai đoạn 2015 – 2021, toàn tỉnh tinh giản 6.666 biên chế, đạt gần 8,1%. "
				+ "Phần cuối bài nói về phong trào thi đua. ".repeat(20);
		List<TextSegment> snippet = Highlighter.snippet(body, List.of("tinh", "gian", "bien", "che"));
		String text = render(snippet);
		assertThat(text).contains("toàn [tỉnh tinh giản] 6.666 [biên chế]").startsWith("… ").endsWith(" …");
		assertThat(text.length()).isLessThan(Highlighter.SNIPPET_LENGTH + 40);
		assertThat(Highlighter.snippet(body, List.of("khongco"))).isEmpty();
	}

	@Test
	void segmentsAreTextOnlyTheTemplateEscapesThem() {
		List<TextSegment> segments = Highlighter.highlight("<script>alert('Đảng')</script>", List.of("dang"));
		assertThat(segments).extracting(TextSegment::text).containsExactly("<script>alert('", "Đảng", "')</script>");
	}

	private static String render(List<TextSegment> segments) {
		return segments.stream().map((s) -> s.mark() ? "[" + s.text() + "]" : s.text()).collect(Collectors.joining());
	}

}
