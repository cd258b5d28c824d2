package vn.tochuc.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token lives: in the session for signed-in staff (as before), in a cookie of
 * its own for visitors, so that the login page, {@code /csrf} and the readers' forms need no
 * server session. The cookie is HttpOnly (portal.js asks {@code /csrf} for the token instead of
 * reading it), SameSite=Lax, Secure over TLS; it holds a random value that a post must repeat in
 * its form, which another site cannot read. Logging in or out clears both places.
 */
final class StaffOrVisitorCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "XSRF-TOKEN";

	/** The header a script may send the token in (Spring Security's default for the session one). */
	static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository staff = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository visitors = new CookieCsrfTokenRepository();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	StaffOrVisitorCsrfTokens() {
		// One header name for both, so a page never needs to know where its token came from.
		staff.setHeaderName(HEADER);
		visitors.setHeaderName(HEADER);
		visitors.setCookieName(COOKIE);
		visitors.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	/** Signed in (a password checked, whatever comes next): the session keeps the token. */
	private boolean isStaff() {
		Authentication authentication = contexts.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() && !trust.isAnonymous(authentication);
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return isStaff() ? staff.generateToken(request) : visitors.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			// Logging in or out: forget the token wherever it was (the session one only if there is a session).
			staff.saveToken(null, request, response);
			visitors.saveToken(null, request, response);
		}
		else if (isStaff()) {
			staff.saveToken(token, request, response);
		}
		else {
			visitors.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return isStaff() ? staff.loadToken(request) : visitors.loadToken(request);
	}

}
