package vn.tochuc.portal.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import vn.tochuc.portal.platform.StaffAction;

/**
 * The second step of a staff login, after the password: the code from the app (or a recovery
 * code) is checked under the login throttle, and a right one gives the session the factor
 * authority ({@link SecondFactorGate#FACTOR}) under a new session id. The audit log hears of
 * each right and wrong code.
 */
@Component
public class SecondFactorLogin {

	public enum Outcome {

		ACCEPTED, WRONG, THROTTLED

	}

	/**
	 * @param outcome what happened
	 * @param waitMinutes when throttled, how long to wait
	 * @param recoveryCodeUsed whether a recovery code was spent
	 * @param recoveryCodesLeft after a recovery code, how many remain
	 */
	public record Attempt(Outcome outcome, long waitMinutes, boolean recoveryCodeUsed, long recoveryCodesLeft) {
	}

	private final SecondFactors factors;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final SessionRegistry sessions;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	/** The same cache the password step and the security chain use (a cookie, not the session). */
	private final RequestCache savedRequests = SessionsConfiguration.SAVED_REQUESTS;

	SecondFactorLogin(SecondFactors factors, LoginThrottle throttle, ApplicationEventPublisher events,
			SessionRegistry sessions) {
		this.factors = factors;
		this.throttle = throttle;
		this.events = events;
		this.sessions = sessions;
	}

	public Attempt attempt(PortalUser user, String typed, HttpServletRequest request, HttpServletResponse response) {
		String address = request.getRemoteAddr();
		Duration wait = throttle.codeWaitFor(user.username(), address);
		if (!wait.isZero() && !wait.isNegative()) {
			return new Attempt(Outcome.THROTTLED, new SecondFactorThrottledException(wait).minutes(), false, 0);
		}
		SecondFactors.Verification verification = factors.verify(user.id(), typed);
		if (verification == SecondFactors.Verification.CODE || verification == SecondFactors.Verification.RECOVERY_CODE) {
			boolean recovery = verification == SecondFactors.Verification.RECOVERY_CODE;
			throttle.codeSucceeded(user.username());
			events.publishEvent(new StaffAction(recovery ? "login.recovery-code" : "login.second-factor",
					UserAdministration.TARGET_TYPE, user.id(), user.username()));
			complete(request, response);
			return new Attempt(Outcome.ACCEPTED, 0, recovery, recovery ? factors.recoveryCodesLeft(user.id()) : 0);
		}
		throttle.codeFailed(user.username(), address);
		events.publishEvent(new StaffAction("login.second-factor-failure", UserAdministration.TARGET_TYPE, user.id(),
				user.username()));
		return new Attempt(Outcome.WRONG, 0, false, 0);
	}

	/**
	 * Gives the signed-in session the factor authority, under a new session id (whoever learnt
	 * the id of the half-signed-in session gains nothing from it).
	 */
	public void complete(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = contexts.getContext().getAuthentication();
		if (current == null || SecondFactorGate.hasFactor(current)) {
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorGate.FACTOR));
		UsernamePasswordAuthenticationToken upgraded = UsernamePasswordAuthenticationToken
			.authenticated(current.getPrincipal(), null, authorities);
		upgraded.setDetails(current.getDetails());
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(upgraded);
		contexts.setContext(context);
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		if (session != null) {
			String before = session.getId();
			String after = request.changeSessionId();
			// The container tells the registry too (HttpSessionEventPublisher); this covers any that does not,
			// so that disabling the account still ends this session.
			if (sessions.getSessionInformation(before) != null) {
				sessions.removeSessionInformation(before);
				sessions.registerNewSession(after, upgraded.getPrincipal());
			}
		}
		repository.saveContext(context, request, response);
	}

	/** Where to go now: the staff page first asked for (on this site only), or the dashboard. */
	public String target(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = savedRequests.getRequest(request, response);
		savedRequests.removeRequest(request, response);
		return LoginOutcomes.sameSitePath(saved == null ? null : saved.getRedirectUrl(), request);
	}

}
