package vn.tochuc.portal.accounts;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The user name typed into a login that failed, carried to the login page it redirects to so
 * the form shows it again. A failed login keeps nothing in a session, so it travels in a
 * short-lived cookie for the login path only (HttpOnly, SameSite=Lax, Secure behind TLS), never
 * in the address (access logs, history); the page that shows it deletes it. Never the password.
 */
public final class TypedLoginName {

	static final String COOKIE = "LOGIN_NAME";

	/** Longer than any real user name (the form takes 60): not worth carrying. */
	private static final int MAX_LENGTH = 100;

	private static final Duration LIFETIME = Duration.ofMinutes(1);

	private TypedLoginName() {
	}

	static void remember(HttpServletRequest request, HttpServletResponse response, String username) {
		if (username == null || username.isBlank() || username.length() > MAX_LENGTH) {
			return;
		}
		response.addHeader(HttpHeaders.SET_COOKIE,
				cookie(request, URLEncoder.encode(username, StandardCharsets.UTF_8), LIFETIME).toString());
	}

	/** The name a failed login left for this page, if any; the cookie is deleted so it is shown once. */
	public static Optional<String> take(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
				try {
					String name = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
					return name.isBlank() || name.length() > MAX_LENGTH ? Optional.empty() : Optional.of(name);
				}
				catch (IllegalArgumentException malformed) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.path(SecurityConfiguration.LOGIN_PAGE)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

}
