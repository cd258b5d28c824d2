package vn.tochuc.portal.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten per user, each ten characters (about 49 bits) of an alphabet without the
 * look-alikes 0/o, 1/l/i, shown as {@code abcde-fghjk}. Typed with or without the dash, spaces or
 * capitals.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	static final int LENGTH = 10;

	static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom random = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(LENGTH + 1);
			for (int j = 0; j < LENGTH; j++) {
				if (j == LENGTH / 2) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/** The code as stored (hashed): lower case, without the dash and spaces; null when it cannot be one. */
	static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		if (code.length() != LENGTH || !code.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return code;
	}

}
