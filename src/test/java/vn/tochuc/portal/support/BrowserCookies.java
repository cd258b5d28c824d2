package vn.tochuc.portal.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What a browser sends back of the cookies an answer gave it (MockMvc keeps none by itself). */
public final class BrowserCookies {

	private BrowserCookies() {
	}

	/** The cookies, or none: a visitor's token cookie is there only when the token lives in a cookie. */
	public static RequestPostProcessor sending(Cookie... cookies) {
		return (request) -> {
			request.setCookies(cookies);
			return request;
		};
	}

}
