package vn.tochuc.portal.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may use Spring Security's WebAuthn endpoints, checked before them (some of them run before
 * the request rules): registering a passkey needs a staff session that owes no code, so a
 * stolen password cannot add the thief's passkey; the login's passkey step needs a session that
 * gave the password and owes its second factor; and passkeys are removed only on the account's
 * page (audited, with the site's rule), never through Spring Security's bare DELETE.
 */
final class PasskeyGuard extends OncePerRequestFilter {

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	static final RequestMatcher REGISTRATION = (request) -> paths.matcher(HttpMethod.POST, "/webauthn/register/options")
		.matches(request) || paths.matcher(HttpMethod.POST, "/webauthn/register").matches(request);

	static final RequestMatcher REMOVAL = paths.matcher(HttpMethod.DELETE, "/webauthn/register/**");

	static final RequestMatcher LOGIN_STEP = (request) -> paths.matcher(HttpMethod.POST, "/webauthn/authenticate/options")
		.matches(request) || paths.matcher(HttpMethod.POST, "/login/webauthn").matches(request);

	private final SecondFactorGate gate;

	PasskeyGuard(SecondFactorGate gate) {
		this.gate = gate;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean refused = REMOVAL.matches(request)
				|| (REGISTRATION.matches(request) && !gate.mayRegisterPasskey(authentication))
				|| (LOGIN_STEP.matches(request) && !gate.owesCode(authentication));
		if (refused) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

}
