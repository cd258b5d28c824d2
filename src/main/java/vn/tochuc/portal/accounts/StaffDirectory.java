package vn.tochuc.portal.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.platform.StaffAction;

/** The staff accounts other modules may look up and create. */
@Service
public class StaffDirectory {

	private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	StaffDirectory(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return users.count() == 0;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.findAllByOrderByDisplayNameAsc();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<PortalUser> findUser(String username) {
		return users.findByUsernameIgnoreCase(username).map(PortalUser::of);
	}

	/**
	 * Creates an account as given, for start-up, demo content and test fixtures. Passwords that
	 * staff type go through {@link UserAdministration}, which applies the {@link PasswordPolicy}
	 * first. Either way the creation is recorded in the audit log.
	 */
	@Transactional
	public UserAccount create(String username, String rawPassword, String displayName, Role role) {
		UserAccount account = users.saveAndFlush(
				new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role));
		events.publishEvent(new StaffAction("user.create", UserAdministration.TARGET_TYPE, account.getId(),
				UserAdministration.describe(account)));
		return account;
	}

	/**
	 * The first administrator, when nobody can log in yet. A missing password is generated and
	 * written once to the log: it is never stored anywhere else in clear.
	 */
	@Transactional
	public void ensureFirstAdministrator(String username, String configuredPassword) {
		if (users.count() > 0) {
			return;
		}
		String password = StringUtils.hasText(configuredPassword) ? configuredPassword : randomPassword(username);
		create(username, password, "Quản trị hệ thống", Role.ADMIN);
		if (StringUtils.hasText(configuredPassword)) {
			log.info("Created the first administrator '{}' with the password from PORTAL_ADMIN_PASSWORD", username);
			List<String> problems = policy.problems(username, configuredPassword);
			if (!problems.isEmpty()) {
				log.warn("PORTAL_ADMIN_PASSWORD does not meet the password policy ({}): it was used anyway so that "
						+ "someone can log in. Change it now under \"Đổi mật khẩu\".", String.join(", ", problems));
			}
		}
		else {
			log.warn("""

					=====================================================================
					  First administrator created.  Username: {}  Password: {}
					  Change it after logging in, or set PORTAL_ADMIN_PASSWORD next time.
					=====================================================================""", username, password);
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** 20 random characters that also meet the policy (a few draws lack a digit or a letter). */
	String randomPassword(String username) {
		while (true) {
			byte[] bytes = new byte[15];
			RANDOM.nextBytes(bytes);
			String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			if (policy.accepts(username, password)) {
				return password;
			}
		}
	}

}
