package vn.tochuc.portal.platform;

import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF check of the readers' forms (comments, "Góp ý"). Their pages stay publicly cacheable,
 * so the form on them carries no token: portal.js fetches one from {@code /csrf} when the reader
 * starts typing. Spring Security lets these posts through, and the controller asks here whether the
 * token is valid. A post without one saves nothing: it gets a no-store page (status 403) that
 * repeats the reader's text in a form with a fresh token, so the form also works without scripts.
 */
public final class ReaderFormToken {

	/** The path of each reader form post, exempted from the filter-level CSRF check. */
	public static boolean isReaderFormPost(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& (request.getRequestURI().matches("/bai-viet/[^/]+/y-kien") || "/gop-y".equals(request.getRequestURI()));
	}

	private ReaderFormToken() {
	}

	/** Whether the post carries this reader's token (a visitor's token cookie, a staff member's session). */
	public static boolean isValid(HttpServletRequest request) {
		CsrfToken expected = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (expected == null) {
			return false;
		}
		String sent = request.getHeader(expected.getHeaderName());
		if (sent == null) {
			sent = request.getParameter(expected.getParameterName());
		}
		byte[] sentToken = unmask(sent);
		byte[] sessionToken = unmask(expected.getToken());
		return sentToken != null && sessionToken != null && MessageDigest.isEqual(sentToken, sessionToken);
	}

	/**
	 * The session's token from one of its masked forms. Spring Security's default
	 * {@link XorCsrfTokenRequestAttributeHandler} hands out the token as base64url of random bytes
	 * followed by the token XOR those bytes, a new mask each time (against BREACH).
	 */
	static byte[] unmask(String masked) {
		if (masked == null || masked.isEmpty()) {
			return null;
		}
		byte[] bytes;
		try {
			bytes = Base64.getUrlDecoder().decode(masked);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
		if (bytes.length == 0 || bytes.length % 2 != 0) {
			return null;
		}
		int half = bytes.length / 2;
		byte[] token = new byte[half];
		for (int i = 0; i < half; i++) {
			token[i] = (byte) (bytes[i] ^ bytes[half + i]);
		}
		return token;
	}

}
