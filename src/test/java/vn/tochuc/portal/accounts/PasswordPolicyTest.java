package vn.tochuc.portal.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "Hoinghi21diemcau", "bien-che-6666-giam", "Đảng bộ tỉnh 2025", "x7k2m9q4w1" })
	void acceptsLongPasswordsWithLettersAndDigits(String password) {
		assertThat(policy.problems("bientap", password)).isEmpty();
		assertThat(policy.accepts("bientap", password)).isTrue();
	}

	@Test
	void refusesAnEmptyPassword() {
		assertThat(policy.problems("bientap", "")).containsExactly("password.required");
		assertThat(policy.problems("bientap", null)).containsExactly("password.required");
	}

	@Test
	void needsTenCharacters() {
		assertThat(policy.problems("bientap", "abc123456")).containsExactly("password.tooShort");
		assertThat(policy.problems("bientap", "abc1234567")).doesNotContain("password.tooShort");
		// Ten Vietnamese letters are ten characters, however many bytes they take.
		assertThat(policy.problems("bientap", "Đảngbộtỉnh1")).isEmpty();
	}

	@Test
	void refusesWhatBcryptCannotHash() {
		String seventyThreeBytes = "a1" + "x".repeat(71);
		assertThat(policy.problems("bientap", seventyThreeBytes)).containsExactly("password.tooLong");
		assertThat(policy.problems("bientap", "a1" + "x".repeat(70))).isEmpty();
		// 25 accented letters of 3 bytes each are 75 bytes.
		assertThat(policy.problems("bientap", "1" + "ộ".repeat(25))).containsExactly("password.tooLong");
	}

	@Test
	void needsALetterAndADigit() {
		assertThat(policy.problems("bientap", "12345678901234")).containsExactly("password.letterAndDigit");
		assertThat(policy.problems("bientap", "chi-co-chu-cai")).containsExactly("password.letterAndDigit");
	}

	@Test
	void refusesTheUsernameInAnyCase() {
		assertThat(policy.problems("nguyenvan1985", "NguyenVan1985")).containsExactly("password.sameAsUsername");
		assertThat(policy.problems("nguyenvan1985", "nguyenvan1985x")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678910", "password123", "matkhau123", "admin12345", "Password123", "MATKHAU123",
			"qwerty12345", "1q2w3e4r5t" })
	void refusesCommonPasswords(String password) {
		assertThat(policy.problems("bientap", password)).contains("password.common");
	}

	@Test
	void qwertyuiopBreaksTwoRules() {
		assertThat(policy.problems("bientap", "qwertyuiop")).containsExactly("password.letterAndDigit");
	}

	@Test
	void listsEveryProblemAtOnce() {
		assertThat(policy.problems("abc", "abc")).containsExactly("password.tooShort", "password.letterAndDigit",
				"password.sameAsUsername");
	}

	@Test
	void servicesGetAnExceptionWithTheMessageKeys() {
		assertThatThrownBy(() -> policy.require("bientap", "matkhau123")).isInstanceOf(PasswordRejectedException.class)
			.extracting((ex) -> ((PasswordRejectedException) ex).getMessageKeys())
			.isEqualTo(java.util.List.of("password.common"));
	}

}
