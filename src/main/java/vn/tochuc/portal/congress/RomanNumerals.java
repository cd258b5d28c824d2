package vn.tochuc.portal.congress;

/** "lần thứ XXIII": congress ordinals are stored as numbers and shown in Roman numerals. */
public final class RomanNumerals {

	private static final int[] VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

	private static final String[] SYMBOLS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };

	private RomanNumerals() {
	}

	public static String of(int number) {
		if (number < 1 || number > 3999) {
			throw new IllegalArgumentException("No Roman numeral for " + number);
		}
		StringBuilder out = new StringBuilder();
		int rest = number;
		for (int i = 0; i < VALUES.length; i++) {
			while (rest >= VALUES[i]) {
				out.append(SYMBOLS[i]);
				rest -= VALUES[i];
			}
		}
		return out.toString();
	}

	/** The number a Roman numeral (or plain digits) stands for; {@link IllegalArgumentException} if neither. */
	public static int parse(String text) {
		String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
		if (value.matches("\\d{1,4}")) {
			return Integer.parseInt(value);
		}
		if (!value.matches("[MDCLXVI]+")) {
			throw new IllegalArgumentException("Not a Roman numeral: " + text);
		}
		int total = 0;
		for (int i = 0; i < value.length(); i++) {
			int current = valueOf(value.charAt(i));
			int next = i + 1 < value.length() ? valueOf(value.charAt(i + 1)) : 0;
			total += current < next ? -current : current;
		}
		if (!of(total).equals(value)) {
			throw new IllegalArgumentException("Not a canonical Roman numeral: " + text);
		}
		return total;
	}

	private static int valueOf(char symbol) {
		return switch (symbol) {
			case 'M' -> 1000;
			case 'D' -> 500;
			case 'C' -> 100;
			case 'L' -> 50;
			case 'X' -> 10;
			case 'V' -> 5;
			default -> 1;
		};
	}

}
