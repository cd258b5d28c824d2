package vn.tochuc.portal.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccount;

/** An existing account's name and role, with the version the form was loaded with. */
public class UserForm {

	@NotBlank(message = "{user.displayName.required}")
	@Size(max = 120, message = "{user.displayName.tooLong}")
	private String displayName;

	@NotNull(message = "{user.role.required}")
	private Role role;

	private long version;

	static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.displayName = account.getDisplayName();
		form.role = account.getRole();
		form.version = account.getVersion();
		return form;
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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
