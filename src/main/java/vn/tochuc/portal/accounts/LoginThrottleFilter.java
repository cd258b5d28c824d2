package vn.tochuc.portal.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs just before the login form is processed. When the username or the client address is
 * locked, it marks the request as refused: the login filter then leaves it alone (the password
 * is not even checked) and the login controller answers 429 with the login page.
 * Not a bean, so that the servlet container does not run it a second time outside security.
 */
public final class LoginThrottleFilter extends OncePerRequestFilter {

	static final String REFUSED = LoginThrottleFilter.class.getName() + ".REFUSED";

	static final RequestMatcher LOGIN_FORM = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, SecurityConfiguration.LOGIN_PAGE);

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	LoginThrottleFilter(LoginThrottle throttle, ApplicationEventPublisher events) {
		this.throttle = throttle;
		this.events = events;
	}

	/** How long a refused login has to wait, when this request was refused. */
	public static Optional<Duration> refusal(HttpServletRequest request) {
		return request.getAttribute(REFUSED) instanceof Duration wait ? Optional.of(wait) : Optional.empty();
	}

	/** The requests the login filter should authenticate: login posts that were not refused. */
	static boolean mayAuthenticate(HttpServletRequest request) {
		return LOGIN_FORM.matches(request) && request.getAttribute(REFUSED) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (LOGIN_FORM.matches(request)) {
			String username = request.getParameter(SecurityConfiguration.USERNAME_PARAMETER);
			String address = request.getRemoteAddr();
			Duration wait = throttle.waitFor(username, address);
			if (!wait.isZero() && !wait.isNegative()) {
				request.setAttribute(REFUSED, wait);
				if (throttle.firstRefusal(username, address)) {
					events.publishEvent(new LoginAttempt(LoginAttempt.Outcome.THROTTLED, username, null, address));
				}
			}
		}
		chain.doFilter(request, response);
	}

}
