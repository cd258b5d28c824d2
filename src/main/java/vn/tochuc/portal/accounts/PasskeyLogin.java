package vn.tochuc.portal.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.tochuc.portal.platform.StaffAction;

/**
 * A passkey as the login's second step (POST /login/webauthn, Spring Security's
 * {@code WebAuthnAuthenticationFilter}): webauthn4j checks the assertion, and it counts only for a
 * session that gave the password of the passkey's own user and still owes its second factor. The
 * session keeps its login and gains {@link SecondFactorGate#PASSKEY_FACTOR}, under a new session id.
 * Refused passkeys count in the login throttle like wrong codes; both are in the audit log.
 */
@Component
class PasskeyLogin implements AuthenticationManager, AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final WebAuthnAuthenticationProvider ceremony;

	private final SecondFactorGate gate;

	private final SecondFactorLogin login;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	PasskeyLogin(WebAuthnRelyingPartyOperations passkeyCeremonies, UserDetailsService users, SecondFactorGate gate,
			SecondFactorLogin login, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.ceremony = new WebAuthnAuthenticationProvider(passkeyCeremonies, users);
		this.gate = gate;
		this.login = login;
		this.throttle = throttle;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication assertion) throws AuthenticationException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (!gate.owesCode(current)) {
			// No passkey alone: the password comes first (see SECURITY.md).
			throw new BadCredentialsException("A passkey is only the second step, after the password");
		}
		PortalUser user = (PortalUser) current.getPrincipal();
		String address = remoteAddress();
		Duration wait = throttle.codeWaitFor(user.username(), address);
		if (!wait.isZero() && !wait.isNegative()) {
			throw new LockedException("Too many refused second factors");
		}
		Authentication answered;
		try {
			answered = ceremony.authenticate(assertion);
		}
		catch (AuthenticationException refused) {
			refused(user, address);
			throw refused;
		}
		if (!user.username().equals(answered.getName())) {
			refused(user, address);
			throw new BadCredentialsException("The passkey is another user's");
		}
		return SecondFactorLogin.withFactor(current, SecondFactorGate.PASSKEY_FACTOR);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		PortalUser user = (PortalUser) authentication.getPrincipal();
		throttle.codeSucceeded(user.username());
		events.publishEvent(new StaffAction("login.passkey", UserAdministration.TARGET_TYPE, user.id(), user.username()));
		login.renewSessionId(request, authentication);
		String target = request.getContextPath() + login.target(request, response);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		json.writeValue(response.getOutputStream(), Map.of("authenticated", true, "redirectUrl", target));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setStatus(exception instanceof LockedException ? HttpStatus.TOO_MANY_REQUESTS.value()
				: HttpStatus.UNAUTHORIZED.value());
	}

	private void refused(PortalUser user, String address) {
		throttle.codeFailed(user.username(), address);
		events.publishEvent(new StaffAction("login.passkey-failure", UserAdministration.TARGET_TYPE, user.id(),
				user.username()));
	}

	private static String remoteAddress() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
