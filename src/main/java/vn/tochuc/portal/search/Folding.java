package vn.tochuc.portal.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese without its diacritics and in lower case, one character for one character, the
 * way the database's {@code portal_fold} (unaccent + lower) sees it: "Đảng bộ" → "dang bo".
 * Keeping the lengths equal lets the highlighter mark the reader's original characters.
 */
final class Folding {

	private Folding() {
	}

	/** The folded text, exactly as long as {@code text} (which should be NFC). */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(fold(text.charAt(i)));
		}
		return folded.toString();
	}

	static char fold(char c) {
		if (c < 0x80) {
			return Character.toLowerCase(c);
		}
		if (c == 'đ' || c == 'Đ') {
			return 'd';
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		char base = decomposed.charAt(0);
		if (Character.getType(base) == Character.NON_SPACING_MARK) {
			return c;
		}
		return Character.toLowerCase(base);
	}

	/** Lower case with the diacritics kept: "ĐẢNG BỘ" → "đảng bộ". */
	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** Canonical composed form and no control characters (the database refuses NUL). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		return composed.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ").replace('\u00A0', ' ');
	}

	/** How document numbers are kept and compared: folded, without spaces ("18-NQ/TW" → "18-nq/tw"). */
	static String code(String term) {
		return fold(clean(term)).replaceAll("\\s+", "");
	}

}
