package vn.tochuc.portal.accounts.web;

import jakarta.validation.constraints.NotEmpty;

/** A user's own password change: the current password, then the new one twice. */
public class PasswordChangeForm implements NewPasswordFields {

	@NotEmpty(message = "{password.currentRequired}")
	private String currentPassword;

	private String password;

	private String passwordConfirmation;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public void setPassword(String password) {
		this.password = password;
	}

	@Override
	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	@Override
	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
