package vn.tochuc.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Marks the query's words in a title or a passage of text. The text is folded character for
 * character, the folded words are looked for where words start and end, and the reader's own
 * characters (with their diacritics) are wrapped: "dang bo" marks "Đảng bộ". The result is a
 * list of plain-text segments the template prints escaped; no HTML is built here.
 */
final class Highlighter {

	/** How long a snippet is, in characters, about two lines of the results page. */
	static final int SNIPPET_LENGTH = 240;

	private Highlighter() {
	}

	/** The whole text with the words marked. */
	static List<TextSegment> highlight(String text, Collection<String> terms) {
		String clean = Folding.clean(text);
		return segments(clean, 0, clean.length(), matches(Folding.fold(clean), terms), false, false);
	}

	/**
	 * The passage of {@code text} (about {@link #SNIPPET_LENGTH} characters) holding the most
	 * different query words, marked; empty if none of them occurs.
	 */
	static List<TextSegment> snippet(String text, Collection<String> terms) {
		String clean = Folding.clean(text).replaceAll("\\s+", " ").strip();
		String folded = Folding.fold(clean);
		List<int[]> found = matches(folded, terms);
		if (found.isEmpty()) {
			return List.of();
		}
		int bestStart = 0;
		int bestScore = -1;
		for (int[] match : found) {
			int start = Math.max(0, match[0] - SNIPPET_LENGTH / 4);
			int end = Math.min(clean.length(), start + SNIPPET_LENGTH);
			int score = distinctWithin(folded, found, start, end);
			if (score > bestScore) {
				bestScore = score;
				bestStart = start;
			}
		}
		int start = wordStart(clean, bestStart);
		int end = wordEnd(clean, Math.min(clean.length(), start + SNIPPET_LENGTH));
		return segments(clean, start, end, found, start > 0, end < clean.length());
	}

	/** The beginning of a text, unmarked, for records whose match is elsewhere (a typo, a code). */
	static List<TextSegment> lead(String text) {
		String clean = Folding.clean(text).replaceAll("\\s+", " ").strip();
		if (clean.isEmpty()) {
			return List.of();
		}
		int end = wordEnd(clean, Math.min(clean.length(), SNIPPET_LENGTH));
		return segments(clean, 0, end, List.of(), false, end < clean.length());
	}

	/** Where each term occurs as a whole word, as [start, end) pairs in order, without overlaps. */
	static List<int[]> matches(String folded, Collection<String> terms) {
		boolean[] marked = new boolean[folded.length() + 1];
		List<int[]> found = new ArrayList<>();
		for (String term : terms) {
			if (term.isEmpty()) {
				continue;
			}
			int from = 0;
			while (true) {
				int at = folded.indexOf(term, from);
				if (at < 0) {
					break;
				}
				int end = at + term.length();
				if (isBoundary(folded, at - 1) && isBoundary(folded, end) && !marked[at]) {
					for (int i = at; i < end; i++) {
						marked[i] = true;
					}
					found.add(new int[] { at, end });
				}
				from = at + 1;
			}
		}
		found.sort((a, b) -> Integer.compare(a[0], b[0]));
		return found;
	}

	private static boolean isBoundary(String text, int index) {
		return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
	}

	private static int distinctWithin(String folded, List<int[]> found, int start, int end) {
		return (int) found.stream().filter((m) -> m[0] >= start && m[1] <= end)
			.map((m) -> folded.substring(m[0], m[1])).distinct().count();
	}

	private static int wordStart(String text, int index) {
		int at = index;
		while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
			at--;
		}
		return at;
	}

	private static int wordEnd(String text, int index) {
		int at = index;
		while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/** Cuts [start, end) into segments; marks that touch, or are apart only by spaces, become one. */
	private static List<TextSegment> segments(String text, int start, int end, List<int[]> found, boolean cutBefore,
			boolean cutAfter) {
		List<int[]> merged = new ArrayList<>();
		for (int[] match : found) {
			if (match[0] < start || match[1] > end) {
				continue;
			}
			if (!merged.isEmpty()) {
				int[] last = merged.get(merged.size() - 1);
				if (text.substring(last[1], match[0]).isBlank()) {
					last[1] = match[1];
					continue;
				}
			}
			merged.add(new int[] { match[0], match[1] });
		}
		List<TextSegment> segments = new ArrayList<>();
		StringBuilder plain = new StringBuilder(cutBefore ? "… " : "");
		int at = start;
		for (int[] mark : merged) {
			plain.append(text, at, mark[0]);
			if (!plain.isEmpty()) {
				segments.add(new TextSegment(plain.toString(), false));
				plain.setLength(0);
			}
			segments.add(new TextSegment(text.substring(mark[0], mark[1]), true));
			at = mark[1];
		}
		plain.append(text, at, end);
		if (cutAfter) {
			plain.append(" …");
		}
		if (!plain.isEmpty()) {
			segments.add(new TextSegment(plain.toString(), false));
		}
		return segments;
	}

}
