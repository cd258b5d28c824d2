package vn.tochuc.portal.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.accounts.Role;

/** The form that creates an account; the password rules are checked by the PasswordPolicy. */
public class NewUserForm implements NewPasswordFields {

	@NotBlank(message = "{user.username.required}")
	@Size(min = 3, max = 60, message = "{user.username.size}")
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
	private String username;

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 120, message = "{user.displayName.tooLong}")
	private String displayName;

	@NotNull(message = "{user.role.required}")
	private Role role;

	private String password;

	private String passwordConfirmation;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
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
