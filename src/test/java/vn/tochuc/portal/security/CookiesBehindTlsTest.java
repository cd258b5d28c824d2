package vn.tochuc.portal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.portal.support.Logins.fixturePassword;

/**
 * The real server's cookies (the visitor's token cookie, the staff session cookie): HttpOnly and
 * SameSite always; Secure, with HSTS, when a TLS-terminating proxy the portal trusts (here on this
 * host: PORTAL_TRUSTED_PROXIES=127.0.0.1,::1) forwards the request with X-Forwarded-Proto: https,
 * with SERVER_FORWARD_HEADERS_STRATEGY=native as the README used to ask.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "portal.proxy.trusted-addresses=127.0.0.1,::1" })
class CookiesBehindTlsTest {

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	final HttpClient client = HttpClient.newHttpClient();

	HttpRequest.Builder request(String path, boolean behindTls) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (behindTls) {
			request.header("X-Forwarded-Proto", "https");
		}
		return request;
	}

	HttpResponse<String> loginPage(boolean behindTls) throws Exception {
		return client.send(request("/login", behindTls).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs in through the form, as a browser behind the proxy would; the answer sets the session cookie. */
	HttpResponse<String> login(PortalUser user, boolean behindTls) throws Exception {
		HttpResponse<String> page = loginPage(behindTls);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		String cookie = page.headers().allValues("Set-Cookie").stream().filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst().orElseThrow().split(";", 2)[0];
		String form = "_csrf=" + URLEncoder.encode(HtmlUtils.htmlUnescape(token.group(1)), StandardCharsets.UTF_8)
				+ "&username=" + user.username() + "&password=" + fixturePassword(user.username());
		return client.send(request("/login", behindTls).header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	static void assertCookie(List<String> cookies, String name, boolean secure) {
		assertThat(cookies).anySatisfy((cookie) -> {
			assertThat(cookie).startsWith(name + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
			if (secure) {
				assertThat(cookie).contains("Secure");
			}
			else {
				assertThat(cookie).doesNotContain("Secure");
			}
		});
	}

	@Test
	void theCookiesAreHttpOnlyAndSameSiteAndSecureBehindTls() throws Exception {
		HttpResponse<String> plain = loginPage(false);
		assertCookie(plain.headers().allValues("Set-Cookie"), "XSRF-TOKEN", false);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> tls = loginPage(true);
		assertCookie(tls.headers().allValues("Set-Cookie"), "XSRF-TOKEN", true);
		assertThat(tls.headers().firstValue("Strict-Transport-Security")).isPresent();

		PortalUser editor = content.user("cookie-tls", Role.EDITOR);
		assertCookie(login(editor, false).headers().allValues("Set-Cookie"), "JSESSIONID", false);
		assertCookie(login(editor, true).headers().allValues("Set-Cookie"), "JSESSIONID", true);
	}

}
