package vn.tochuc.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a staff password must be, wherever one is set (a new account, a reset by an
 * administrator, a user's own change). Each problem is a message key, shown next to the field.
 * The first administrator's password from PORTAL_ADMIN_PASSWORD is only checked and warned
 * about, never refused: refusing it would leave nobody able to log in.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	/** BCrypt reads at most 72 bytes; Spring Security refuses to hash a longer password. */
	public static final int MAX_BYTES = 72;

	/** Passwords people pick first; all of them would otherwise pass the rules below. */
	static final Set<String> COMMON = Set.of("12345678910", "1234567890a", "a1234567890", "123456789a",
			"123456789abc", "0123456789a", "1234567890abc", "abc1234567", "abc12345678", "abcd123456", "abcde12345",
			"password123", "password1234", "password12345", "passw0rd123", "p@ssw0rd123", "p@ssword123",
			"matkhau123", "matkhau1234", "matkhau12345", "matkhau@123", "admin12345", "admin123456", "admin@12345",
			"administrator1", "qwertyuiop1", "qwerty12345", "qwerty123456", "1qaz2wsx3edc", "1q2w3e4r5t",
			"1q2w3e4r5t6y", "q1w2e3r4t5", "zaq12wsx34", "asdfghjkl1", "iloveyou123", "vietnam123", "vietnam1234",
			"vietnam2024", "vietnam2025", "hanoi12345", "nghean12345", "bantochuc123", "bantochuc1", "tochuc12345",
			"tochuc123456", "dangcongsan1", "123456abcdef", "111111111a", "aaaaaaaaa1", "1111111111a");

	/** The message keys of every rule the password breaks; empty when it is acceptable. */
	public List<String> problems(String username, String password) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add("password.required");
			return problems;
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add("password.tooLong");
		}
		if (!password.codePoints().anyMatch(Character::isLetter)
				|| !password.codePoints().anyMatch(Character::isDigit)) {
			problems.add("password.letterAndDigit");
		}
		if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
			problems.add("password.sameAsUsername");
		}
		if (COMMON.contains(password.strip().toLowerCase(Locale.ROOT))) {
			problems.add("password.common");
		}
		return problems;
	}

	public boolean accepts(String username, String password) {
		return problems(username, password).isEmpty();
	}

	/** For services: refuses a password that the form should already have refused. */
	void require(String username, String password) {
		List<String> problems = problems(username, password);
		if (!problems.isEmpty()) {
			throw new PasswordRejectedException(problems);
		}
	}

}
