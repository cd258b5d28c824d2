package vn.tochuc.portal.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, as the rest of the portal sees them. */
public record PortalUser(Long id, String username, String passwordHash, String displayName, Role role,
		boolean enabled) implements UserDetails {

	static PortalUser of(UserAccount account) {
		return new PortalUser(account.getId(), account.getUsername(), account.getPasswordHash(),
				account.getDisplayName(), account.getRole(), account.isEnabled());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	public boolean hasRole(Role wanted) {
		return role == wanted;
	}

	/** Never print the hash, not even in a debug log. */
	@Override
	public String toString() {
		return "PortalUser[" + username + ", " + role + "]";
	}

}
