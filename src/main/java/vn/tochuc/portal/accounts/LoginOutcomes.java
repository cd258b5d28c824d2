package vn.tochuc.portal.accounts;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What happens after the password was checked: the throttle counts failures and forgets them
 * after a success, the audit log hears of both, and the browser goes where Spring Security
 * would send it anyway (the page asked for or /admin; /login?error after a failure).
 */
final class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
			SecurityConfiguration.LOGIN_PAGE + "?error");

	LoginOutcomes(LoginThrottle throttle, ApplicationEventPublisher events) {
		this.throttle = throttle;
		this.events = events;
		this.success.setDefaultTargetUrl(DEFAULT_TARGET);
		this.success.setTargetUrlParameter(TARGET_PARAMETER);
		this.success.setRedirectStrategy((request, response, url) -> response.sendRedirect(sameSitePath(url, request)));
		this.success.setRequestCache(SessionsConfiguration.SAVED_REQUESTS);
		// The login page says "wrong name or password" from ?error alone: no session to keep the exception in.
		this.failure.setAllowSessionCreation(false);
	}

	static final String DEFAULT_TARGET = "/admin";

	/** A page the login form may ask to return to; only same-site paths are followed. */
	static final String TARGET_PARAMETER = "target";

	/**
	 * Where to go after logging in, as a path on this site: a relative path as it is, a saved
	 * request's absolute address on this host as its path; anything else (another host,
	 * "//evil", "/\evil", a scheme) sends the user to the dashboard.
	 */
	static String sameSitePath(String url, HttpServletRequest request) {
		if (url == null || url.isEmpty()) {
			return DEFAULT_TARGET;
		}
		String path = url;
		if (!url.startsWith("/")) {
			try {
				URI uri = new URI(url);
				if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
						|| !request.getServerName().equalsIgnoreCase(uri.getHost())) {
					return DEFAULT_TARGET;
				}
				path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			}
			catch (URISyntaxException invalid) {
				return DEFAULT_TARGET;
			}
		}
		boolean safe = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
				&& path.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
		return safe ? path : DEFAULT_TARGET;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		throttle.succeeded(authentication.getName());
		Long userId = authentication.getPrincipal() instanceof PortalUser user ? user.id() : null;
		events.publishEvent(new LoginAttempt(LoginAttempt.Outcome.SUCCEEDED, authentication.getName(), userId,
				request.getRemoteAddr()));
		success.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter(SecurityConfiguration.USERNAME_PARAMETER);
		throttle.failed(username, request.getRemoteAddr());
		events.publishEvent(new LoginAttempt(LoginAttempt.Outcome.FAILED, username, null, request.getRemoteAddr()));
		TypedLoginName.remember(request, response, username);
		failure.onAuthenticationFailure(request, response, exception);
	}

}
