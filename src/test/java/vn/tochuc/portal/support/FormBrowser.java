package vn.tochuc.portal.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One browser against MockMvc, as a person uses the real forms: it keeps its session and cookies,
 * loads a form's page before posting it and sends the CSRF token that page carries (no test
 * shortcut for the token), from one client address.
 */
public final class FormBrowser {

	private static final Pattern TOKEN = Pattern.compile(
			"name=\"_csrf\" (?:value|content)=\"([^\"]+)\"|(?:value|content)=\"([^\"]+)\" name=\"_csrf\"");

	private final MockMvc mvc;

	private final String address;

	private MockHttpSession session;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public FormBrowser(MockMvc mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	public MockHttpServletResponse get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/** The page's text after a GET that must answer 200. */
	public String page(String path) throws Exception {
		MockHttpServletResponse response = get(path);
		assertThat(response.getStatus()).as("GET " + path + " → " + response.getRedirectedUrl()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Loads {@code formPage}, then posts {@code action} with the page's CSRF token and the given names and values. */
	public MockHttpServletResponse submit(String formPage, String action, String... namesAndValues) throws Exception {
		String html = page(formPage);
		Matcher token = TOKEN.matcher(html);
		assertThat(token.find()).as("a CSRF token on " + formPage).isTrue();
		MockHttpServletRequestBuilder request = post(action)
			.param("_csrf", HtmlUtils.htmlUnescape(token.group(1) != null ? token.group(1) : token.group(2)));
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return perform(request);
	}

	public MockHttpServletResponse logIn(String username, String password) throws Exception {
		return submit("/login", "/login", "username", username, "password", password);
	}

	public MockHttpServletResponse logOut() throws Exception {
		return submit("/login", "/logout");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		request.with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
		if (session != null && !session.isInvalid()) {
			request.session(session);
		}
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result = mvc.perform(request).andReturn();
		if (result.getRequest().getSession(false) instanceof MockHttpSession current) {
			session = current;
		}
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return result.getResponse();
	}

}
