package vn.tochuc.portal.accounts.web;

import java.util.List;

import org.springframework.validation.Errors;

import vn.tochuc.portal.accounts.PasswordPolicy;

/**
 * A form with a new password typed twice (fields {@code password} and
 * {@code passwordConfirmation}). The policy's messages go next to the first field, a mismatch
 * next to the second; a form shown again never carries the typed passwords back to the page.
 */
interface NewPasswordFields {

	String getPassword();

	void setPassword(String password);

	String getPasswordConfirmation();

	void setPasswordConfirmation(String passwordConfirmation);

	default void checkNewPassword(PasswordPolicy policy, String username, Errors errors) {
		List<String> problems = policy.problems(username, getPassword());
		problems.forEach((key) -> errors.rejectValue("password", key));
		if (problems.isEmpty() && !getPassword().equals(getPasswordConfirmation())) {
			errors.rejectValue("passwordConfirmation", "password.mismatch");
		}
	}

	default void forgetPasswords() {
		setPassword(null);
		setPasswordConfirmation(null);
	}

}
