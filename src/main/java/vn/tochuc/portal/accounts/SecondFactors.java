package vn.tochuc.portal.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.tochuc.portal.platform.NotFoundException;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.StaffAction;

/**
 * Each staff member's authenticator (TOTP) and recovery codes: enrolling (confirmed with a code
 * before it counts), checking a code at login, new recovery codes, turning it off (password and
 * code), and an administrator's reset. Every wrong code counts in the login throttle, wherever it
 * is typed; every change is in the audit log.
 */
@Service
public class SecondFactors {

	private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

	/** 160 bits, the length RFC 4226 recommends and the apps expect. */
	static final int SECRET_BYTES = 20;

	private static final SecureRandom random = new SecureRandom();

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final UserAccountRepository users;

	private final SecondFactorSecrets secrets;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final AccountPolicyRepository policies;

	private final ActiveSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String issuer;

	SecondFactors(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, UserAccountRepository users,
			SecondFactorSecrets secrets, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			AccountPolicyRepository policies, ActiveSessions sessions, ApplicationEventPublisher events, Clock clock,
			SecondFactorProperties settings, PortalProperties portal) {
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.users = users;
		this.secrets = secrets;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.policies = policies;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
		this.issuer = StringUtils.hasText(settings.issuer()) ? settings.issuer().strip() : portal.site().name();
	}

	/** What a user's own page shows. */
	public record Status(boolean enabled, boolean pending, Instant enabledAt, long recoveryCodesLeft,
			boolean requiredByRule) {
	}

	/**
	 * An enrolment waiting for its first code: the secret as the app's QR code and as text to type
	 * (Base32 in groups of four).
	 */
	public record Enrolment(String secretForTyping, String otpauthUri, String qrCodeDataUri) {

		/** Never print the secret. */
		@Override
		public String toString() {
			return "Enrolment[…]";
		}

	}

	/** How a code typed at login was taken. */
	enum Verification {

		/** A code from the app, for a step not used before. */
		CODE,
		/** One of the unused recovery codes; it is now spent. */
		RECOVERY_CODE,
		/** Neither. */
		WRONG,
		/** The user has no confirmed second factor. */
		NOT_ENROLLED

	}

	@Transactional(readOnly = true)
	public Status status(PortalUser user) {
		return status(user.id(), user.role());
	}

	@Transactional(readOnly = true)
	public Status status(Long userId, Role role) {
		Optional<SecondFactor> factor = factors.findById(userId);
		boolean enabled = factor.map(SecondFactor::isEnabled).orElse(false);
		return new Status(enabled, factor.isPresent() && !enabled, factor.map(SecondFactor::getEnabledAt).orElse(null),
				enabled ? recoveryCodes.countUnused(userId) : 0, requiredByRule(role));
	}

	@Transactional(readOnly = true)
	public boolean isEnabled(Long userId) {
		return factors.isEnabledFor(userId);
	}

	/** A new secret waiting to be confirmed; refused while a confirmed one is in use. */
	@Transactional
	public void startEnrolment(PortalUser user) {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		byte[] sealed = secrets.seal(secret, user.id());
		Optional<SecondFactor> existing = factors.lockForUser(user.id());
		if (existing.isPresent()) {
			if (existing.get().isEnabled()) {
				throw new AccountRuleException("secondFactor.alreadyEnabled");
			}
			existing.get().restart(sealed, clock.instant());
		}
		else {
			factors.save(new SecondFactor(user.id(), sealed, clock.instant()));
		}
	}

	@Transactional(readOnly = true)
	public Optional<Enrolment> pendingEnrolment(PortalUser user) {
		return factors.findById(user.id()).filter((factor) -> !factor.isEnabled()).map((factor) -> {
			String base32 = new Base32().encodeToString(secrets.open(factor.getSealedSecret(), user.id())).replace("=", "");
			String uri = otpauthUri(user.username(), base32);
			return new Enrolment(inGroups(base32), uri, QrCodes.svgDataUri(uri));
		});
	}

	/**
	 * Turns the pending enrolment on when the code is right: from now on the user needs a code at
	 * login. Returns the new recovery codes, to be shown once.
	 */
	@Transactional
	public List<String> confirmEnrolment(PortalUser user, String typedCode) {
		requireNotThrottled(user);
		SecondFactor factor = factors.lockForUser(user.id())
			.filter((pending) -> !pending.isEnabled())
			.orElseThrow(() -> new AccountRuleException("secondFactor.noPendingEnrolment"));
		OptionalLong step = OneTimePasswords.AUTHENTICATOR_APPS.matchingStep(
				secrets.open(factor.getSealedSecret(), user.id()), digits(typedCode), clock.instant(), null);
		if (step.isEmpty()) {
			wrongCode(user);
		}
		factor.enable(clock.instant(), step.getAsLong());
		List<String> codes = replaceRecoveryCodes(user.id());
		throttle.codeSucceeded(user.username());
		events.publishEvent(new StaffAction("second-factor.enable", UserAdministration.TARGET_TYPE, user.id(),
				user.username()));
		sessions.endSessionsOf(user.id());
		return codes;
	}

	/** New recovery codes (the old ones stop working), after a code from the app. */
	@Transactional
	public List<String> regenerateRecoveryCodes(PortalUser user, String typedCode) {
		requireNotThrottled(user);
		SecondFactor factor = enabledFactor(user);
		useCode(user, factor, typedCode);
		List<String> codes = replaceRecoveryCodes(user.id());
		events.publishEvent(new StaffAction("second-factor.recovery-codes", UserAdministration.TARGET_TYPE, user.id(),
				user.username()));
		return codes;
	}

	/**
	 * Turns the user's own second factor off: the password and a code from the app are needed,
	 * and it is refused while the site's rule requires one of this user's role.
	 */
	@Transactional
	public void disable(PortalUser user, String password, String typedCode) {
		if (requiredByRule(user.role())) {
			throw new AccountRuleException("secondFactor.requiredByRule");
		}
		requireNotThrottled(user);
		UserAccount account = users.findById(user.id()).orElseThrow();
		if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
			throw new AccountRuleException("password.currentWrong");
		}
		SecondFactor factor = enabledFactor(user);
		useCode(user, factor, typedCode);
		remove(user.id());
		events.publishEvent(new StaffAction("second-factor.disable", UserAdministration.TARGET_TYPE, user.id(),
				user.username()));
		sessions.endSessionsOf(user.id());
	}

	/**
	 * An administrator removes someone's second factor (a lost phone and lost recovery codes).
	 * Their sessions end; at the next login they sign in with the password alone, or must enrol
	 * again first when the site's rule requires it.
	 */
	@Transactional
	public void reset(Long userId) {
		UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
		boolean had = factors.existsById(userId);
		remove(userId);
		events.publishEvent(new StaffAction("user.second-factor-reset", UserAdministration.TARGET_TYPE, userId,
				UserAdministration.describe(account) + (had ? "" : " (none)")));
		sessions.endSessionsOf(userId);
		throttle.forget(account.getUsername());
	}

	/** Checks a code typed at login (from the app, or a recovery code) and spends it when it is right. */
	@Transactional
	Verification verify(Long userId, String typed) {
		Optional<SecondFactor> locked = factors.lockForUser(userId).filter(SecondFactor::isEnabled);
		if (locked.isEmpty()) {
			return Verification.NOT_ENROLLED;
		}
		SecondFactor factor = locked.get();
		String digits = digits(typed);
		if (digits.length() == OneTimePasswords.DIGITS) {
			OptionalLong step = OneTimePasswords.AUTHENTICATOR_APPS.matchingStep(open(factor), digits, clock.instant(),
					factor.getLastUsedStep());
			if (step.isPresent()) {
				factor.used(step.getAsLong());
				return Verification.CODE;
			}
			return Verification.WRONG;
		}
		String recovery = RecoveryCodes.normalise(typed);
		if (recovery != null) {
			for (RecoveryCode code : recoveryCodes.findUnused(userId)) {
				if (passwordEncoder.matches(recovery, code.getCodeHash())) {
					code.use(clock.instant());
					return Verification.RECOVERY_CODE;
				}
			}
		}
		return Verification.WRONG;
	}

	@Transactional(readOnly = true)
	long recoveryCodesLeft(Long userId) {
		return recoveryCodes.countUnused(userId);
	}

	/** Whether the site's rule requires a second factor of this role. */
	boolean requiredByRule(Role role) {
		return (role == Role.ADMIN || role == Role.EDITOR)
				&& policies.findById(AccountPolicy.ID).map(AccountPolicy::isSecondFactorRequiredForEditors).orElse(false);
	}

	private SecondFactor enabledFactor(PortalUser user) {
		return factors.lockForUser(user.id())
			.filter(SecondFactor::isEnabled)
			.orElseThrow(() -> new AccountRuleException("secondFactor.notEnabled"));
	}

	/** A code from the app (not a recovery code) for the account's own pages. */
	private void useCode(PortalUser user, SecondFactor factor, String typedCode) {
		OptionalLong step = OneTimePasswords.AUTHENTICATOR_APPS.matchingStep(open(factor), digits(typedCode),
				clock.instant(), factor.getLastUsedStep());
		if (step.isEmpty()) {
			wrongCode(user);
		}
		factor.used(step.getAsLong());
		throttle.codeSucceeded(user.username());
	}

	private void requireNotThrottled(PortalUser user) {
		Duration wait = throttle.codeWaitFor(user.username(), remoteAddress());
		if (!wait.isZero() && !wait.isNegative()) {
			throw new SecondFactorThrottledException(wait);
		}
	}

	private void wrongCode(PortalUser user) {
		throttle.codeFailed(user.username(), remoteAddress());
		throw new AccountRuleException("secondFactor.code.wrong");
	}

	private byte[] open(SecondFactor factor) {
		try {
			return secrets.open(factor.getSealedSecret(), factor.getUserId());
		}
		catch (SecondFactorSecrets.UnreadableSecretException ex) {
			log.error("The second factor of user {} cannot be decrypted: PORTAL_SECOND_FACTOR_KEY (or {}) is not the key "
					+ "it was enrolled with. Restore that key, or have an administrator reset the user's second factor.",
					factor.getUserId(), SecondFactorSecrets.KEY_FILE);
			throw new AccountRuleException("secondFactor.unreadable");
		}
	}

	private List<String> replaceRecoveryCodes(Long userId) {
		recoveryCodes.deleteForUser(userId);
		List<String> codes = RecoveryCodes.generate();
		Instant now = clock.instant();
		for (String code : codes) {
			recoveryCodes.save(new RecoveryCode(userId, passwordEncoder.encode(RecoveryCodes.normalise(code)), now));
		}
		return codes;
	}

	private void remove(Long userId) {
		recoveryCodes.deleteForUser(userId);
		factors.findById(userId).ifPresent(factors::delete);
		factors.flush();
	}

	private String otpauthUri(String username, String base32) {
		String label = encode(issuer) + ":" + encode(username);
		return "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
				+ OneTimePasswords.DIGITS + "&period=" + OneTimePasswords.STEP.toSeconds();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String inGroups(String base32) {
		return String.join(" ", base32.split("(?<=\\G.{4})"));
	}

	/** The code as typed, without the spaces people put in ("123 456"). */
	static String digits(String typed) {
		return typed == null ? "" : typed.replaceAll("\\s", "");
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
