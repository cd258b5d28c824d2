package vn.tochuc.portal.platform;

import java.util.Locale;
import java.util.OptionalInt;

/** Party terms (khóa XII) and congress ordinals (lần thứ XXIII) are written in Roman numerals. */
public final class RomanNumerals {

	private static final int[] VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

	private static final String[] SYMBOLS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

	private RomanNumerals() {
	}

	public static String format(int value) {
		if (value <= 0 || value >= 4000) {
			throw new IllegalArgumentException("no Roman numeral for " + value);
		}
		StringBuilder roman = new StringBuilder();
		int rest = value;
		for (int i = 0; i < VALUES.length; i++) {
			while (rest >= VALUES[i]) {
				roman.append(SYMBOLS[i]);
				rest -= VALUES[i];
			}
		}
		return roman.toString();
	}

	/** The value of a well-formed Roman numeral (any case), or empty: "XIIV" is not a number. */
	public static OptionalInt parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 15) {
			return OptionalInt.empty();
		}
		String roman = text.toUpperCase(Locale.ROOT);
		int total = 0;
		int index = 0;
		for (int i = 0; i < VALUES.length && index < roman.length(); i++) {
			while (roman.startsWith(SYMBOLS[i], index)) {
				total += VALUES[i];
				index += SYMBOLS[i].length();
			}
		}
		if (index != roman.length() || total == 0 || !format(total).equals(roman)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(total);
	}

	/** A term written either way, "XII" or "12"; empty when it is neither. */
	public static OptionalInt parseEither(String text) {
		if (text != null && text.matches("\\d{1,3}")) {
			int value = Integer.parseInt(text);
			return value > 0 ? OptionalInt.of(value) : OptionalInt.empty();
		}
		return parse(text);
	}

}
