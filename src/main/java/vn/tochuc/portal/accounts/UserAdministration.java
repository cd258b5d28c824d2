package vn.tochuc.portal.accounts;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.StaffAction;

/**
 * What administrators do to accounts, and what each user does to their own password. Every
 * change is checked against the rules (the password policy; an administrator never demotes or
 * disables themselves; one enabled administrator always remains), saved only from the version
 * the form was loaded with, and recorded in the audit log in the same transaction.
 */
@Service
public class UserAdministration {

	static final String TARGET_TYPE = "user";

	private final UserAccountRepository users;

	private final StaffDirectory staff;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final ActiveSessions sessions;

	private final LoginThrottle throttle;

	UserAdministration(UserAccountRepository users, StaffDirectory staff, PasswordEncoder passwordEncoder,
			PasswordPolicy policy, ApplicationEventPublisher events, ActiveSessions sessions, LoginThrottle throttle) {
		this.users = users;
		this.staff = staff;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.events = events;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.findAllByOrderByDisplayNameAsc();
	}

	@Transactional(readOnly = true)
	public UserAccount get(Long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
	}

	/**
	 * A new account. A username that differs from an existing one only in case is refused
	 * ({@code user.username.taken}); so is a password the policy does not accept.
	 */
	@Transactional
	public UserAccount create(String username, String displayName, Role role, String rawPassword) {
		String name = username.strip();
		if (users.existsByUsernameIgnoreCase(name)) {
			throw new AccountRuleException("user.username.taken");
		}
		policy.require(name, rawPassword);
		return staff.create(name, rawPassword, displayName.strip(), role);
	}

	@Transactional
	public UserAccount update(Long id, long formVersion, String displayName, Role role, PortalUser actor) {
		UserAccount account = loadForChange(id, formVersion);
		Role before = account.getRole();
		if (before == Role.ADMIN && role != Role.ADMIN) {
			if (account.getId().equals(actor.id())) {
				throw new AccountRuleException("user.rule.selfDemote");
			}
			requireAnotherAdministrator(account, "user.rule.lastAdminDemote");
		}
		String summary = describe(account);
		account.changeProfile(displayName.strip(), role);
		users.saveAndFlush(account);
		events.publishEvent(new StaffAction("user.update", TARGET_TYPE, id, summary + " → " + describe(account)));
		if (before != role) {
			sessions.endSessionsOf(id);
		}
		return account;
	}

	@Transactional
	public UserAccount disable(Long id, long formVersion, PortalUser actor) {
		UserAccount account = loadForChange(id, formVersion);
		if (account.getId().equals(actor.id())) {
			throw new AccountRuleException("user.rule.selfDisable");
		}
		requireAnotherAdministrator(account, "user.rule.lastAdminDisable");
		account.setEnabled(false);
		users.saveAndFlush(account);
		events.publishEvent(new StaffAction("user.disable", TARGET_TYPE, id, describe(account)));
		sessions.endSessionsOf(id);
		return account;
	}

	@Transactional
	public UserAccount enable(Long id, long formVersion) {
		UserAccount account = loadForChange(id, formVersion);
		account.setEnabled(true);
		users.saveAndFlush(account);
		events.publishEvent(new StaffAction("user.enable", TARGET_TYPE, id, describe(account)));
		return account;
	}

	/** An administrator sets a new password for someone who lost theirs; it may be used at once. */
	@Transactional
	public UserAccount resetPassword(Long id, long formVersion, String rawPassword) {
		UserAccount account = loadForChange(id, formVersion);
		policy.require(account.getUsername(), rawPassword);
		account.changePasswordHash(passwordEncoder.encode(rawPassword));
		users.saveAndFlush(account);
		events.publishEvent(new StaffAction("user.password-reset", TARGET_TYPE, id, describe(account)));
		sessions.endSessionsOf(id);
		throttle.forget(account.getUsername());
		return account;
	}

	/**
	 * A user's own new password. The current one must be given ({@code password.currentWrong}
	 * otherwise) and the new one must differ from it. The user's other sessions end.
	 */
	@Transactional
	public void changeOwnPassword(PortalUser actor, String currentPassword, String newPassword) {
		UserAccount account = get(actor.id());
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountRuleException("password.currentWrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new PasswordRejectedException(List.of("password.sameAsCurrent"));
		}
		policy.require(account.getUsername(), newPassword);
		account.changePasswordHash(passwordEncoder.encode(newPassword));
		users.saveAndFlush(account);
		events.publishEvent(new StaffAction("account.password-change", TARGET_TYPE, account.getId(),
				account.getUsername()));
		sessions.endSessionsOf(account.getId());
	}

	/** How the audit log names an account: "bientap – Nguyễn Văn An (EDITOR, disabled)". */
	static String describe(UserAccount account) {
		return account.getUsername() + " – " + account.getDisplayName() + " (" + account.getRole()
				+ (account.isEnabled() ? "" : ", disabled") + ")";
	}

	private UserAccount loadForChange(Long id, long formVersion) {
		UserAccount account = get(id);
		if (account.getVersion() != formVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		return account;
	}

	/**
	 * Refuses to take away the last enabled administrator. The enabled administrators are locked
	 * first, so that two administrators demoting each other at once cannot both succeed.
	 */
	private void requireAnotherAdministrator(UserAccount account, String messageKey) {
		if (!account.isActiveAdministrator()) {
			return;
		}
		boolean anotherLeft = users.lockEnabledWithRole(Role.ADMIN).stream()
			.anyMatch((admin) -> !admin.getId().equals(account.getId()));
		if (!anotherLeft) {
			throw new AccountRuleException(messageKey);
		}
	}

}
