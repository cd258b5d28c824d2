package vn.tochuc.portal.accounts.web;

/** An administrator's new password for someone else's account. */
public class PasswordResetForm implements NewPasswordFields {

	private String password;

	private String passwordConfirmation;

	private long version;

	static PasswordResetForm forVersion(long version) {
		PasswordResetForm form = new PasswordResetForm();
		form.version = version;
		return form;
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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
