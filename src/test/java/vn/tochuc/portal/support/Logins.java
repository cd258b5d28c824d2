package vn.tochuc.portal.support;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The contract's login form, posted the way a browser does, from a chosen client address. */
public final class Logins {

	private Logins() {
	}

	/** The password {@link TestContent#user} gives the accounts it creates. */
	public static String fixturePassword(String username) {
		return "mat-khau-" + username;
	}

	public static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password);
	}

	/** Each test uses addresses of its own, so the per-address throttle never mixes tests up. */
	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
