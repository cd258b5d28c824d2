package vn.tochuc.portal.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * How the security chain of {@link SecurityConfiguration} uses sessions, kept apart from its
 * access rules: Spring Security applies this {@code Customizer<HttpSecurity>} bean to the chain
 * before the chain's own settings.
 * <ul>
 * <li>Visitors' CSRF tokens live in a cookie, staff's in their session ({@link StaffOrVisitorCsrfTokens}).</li>
 * <li>The page asked for before logging in is remembered in a cookie, not a session.</li>
 * <li>Logging out tells the browser to drop what the portal kept in it (the editor's unsaved
 * copies of articles): {@code Clear-Site-Data: "storage"}.</li>
 * </ul>
 * Sessions themselves: {@link SessionTimeouts}.
 */
@Configuration(proxyBeanMethods = false)
class SessionsConfiguration {

	/** The page to return to after logging in; read again by {@link LoginOutcomes}. */
	static final RequestCache SAVED_REQUESTS = savedRequests();

	static final String CLEAR_SITE_DATA = "Clear-Site-Data";

	@Bean
	Customizer<HttpSecurity> visitorsNeedNoSession() {
		return (http) -> http
			.csrf((csrf) -> csrf.csrfTokenRepository(new StaffOrVisitorCsrfTokens()))
			.requestCache((cache) -> cache.requestCache(SAVED_REQUESTS))
			.logout((logout) -> logout.addLogoutHandler(clearBrowserStorage()));
	}

	/** Only pages a person opened (a GET for HTML under /admin), not a script's call after the session ended. */
	private static RequestCache savedRequests() {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher((request) -> "GET".equals(request.getMethod())
				&& request.getRequestURI().startsWith("/admin") && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				&& acceptsHtml(request));
		return cache;
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept == null || accept.contains("text/html") || accept.contains("*/*");
	}

	/**
	 * Written on every logout, over TLS or not: browsers honour it on HTTPS and on localhost
	 * (Spring's own writer only writes it over TLS). admin.js and portal.js remove the editor's keys too.
	 */
	private static LogoutHandler clearBrowserStorage() {
		return (request, response, authentication) -> response.setHeader(CLEAR_SITE_DATA, "\"storage\"");
	}

}
