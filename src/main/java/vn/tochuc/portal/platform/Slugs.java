package vn.tochuc.portal.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs from Vietnamese text: no diacritics, "đ" → "d", words joined by hyphens. */
public final class Slugs {

	static final int MAX_LENGTH = 120;

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	public static String slugify(String text) {
		if (text == null) {
			return "";
		}
		String plain = stripDiacritics(text).toLowerCase(Locale.ROOT);
		String slug = NOT_SLUG.matcher(plain).replaceAll("-");
		slug = trimHyphens(slug);
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			if (lastHyphen > MAX_LENGTH / 2) {
				slug = slug.substring(0, lastHyphen);
			}
			slug = trimHyphens(slug);
		}
		return slug;
	}

	/** Vietnamese letters without their tone and vowel marks; đ/Đ are letters of their own, not accented d. */
	public static String stripDiacritics(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
	}

	/** The slug itself if free, otherwise the first of slug-2, slug-3, … that is. */
	public static String unique(String base, Predicate<String> taken) {
		String candidate = base.isEmpty() ? "bai-viet" : base;
		String root = candidate;
		for (int n = 2; taken.test(candidate); n++) {
			candidate = root + "-" + n;
		}
		return candidate;
	}

	private static String trimHyphens(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
