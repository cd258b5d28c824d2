package vn.tochuc.portal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client addresses behind a reverse proxy, over real HTTP (the address is the connection's, which
 * MockMvc only pretends). X-Forwarded-For and X-Forwarded-Proto are believed only from the
 * proxies listed in PORTAL_TRUSTED_PROXIES: from any other client (here the test on loopback,
 * with SERVER_FORWARD_HEADERS_STRATEGY=native as the review ran it) a forged address escapes
 * neither the login throttle nor the audit log. The address throttle is set to 5 failures here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "portal.proxy.trusted-addresses=203.0.113.10",
				"portal.login-throttle.address-failures=5" })
class ForwardedAddressesTest {

	static final AtomicInteger NAMES = new AtomicInteger();

	static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aForgedForwardedAddressEscapesNeitherTheLoginThrottleNorTheAuditLog() throws Exception {
		Client client = new Client(port);
		List<String> names = List.of(name(), name(), name(), name(), name());
		for (int i = 0; i < names.size(); i++) {
			String forged = "198.51.100." + (i + 1);
			HttpResponse<String> failed = client.login(names.get(i), "sai-mat-khau", "X-Forwarded-For", forged,
					"Forwarded", "for=" + forged);
			assertThat(failed.statusCode()).as("failure " + (i + 1)).isEqualTo(302);
		}
		// Five failures from this connection's address, whatever the header said: the sixth is refused.
		HttpResponse<String> sixth = client.login(name(), "sai-mat-khau", "X-Forwarded-For", "198.51.100.99");
		assertThat(sixth.statusCode()).isEqualTo(429);

		for (String name : names) {
			assertThat(recordedAddress(jdbc, name)).as("audit address of " + name).isIn(LOOPBACK);
		}
	}

	@Test
	void aForgedForwardedSchemeGetsNoSecureCookieAndNoHsts() throws Exception {
		HttpResponse<String> page = new Client(port).get("/login", "X-Forwarded-Proto", "https");
		assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	static String name() {
		return "khong-co-" + NAMES.incrementAndGet() + "-" + System.nanoTime();
	}

	static String recordedAddress(JdbcTemplate jdbc, String username) {
		return jdbc.queryForObject("select remote_address from audit_event where actor_username = ? order by id desc limit 1",
				String.class, username);
	}

	/**
	 * The same portal behind a proxy it trusts (the test plays it, on loopback), without any
	 * forward-headers strategy: the address the proxy forwards is the client's.
	 */
	@Nested
	@NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "portal.proxy.trusted-addresses=127.0.0.1, ::1", "portal.login-throttle.address-failures=5" })
	class FromATrustedProxy {

		@LocalServerPort
		int port;

		@Autowired
		JdbcTemplate jdbc;

		@Test
		void theForwardedAddressIsTheOneThrottledAndRecorded() throws Exception {
			Client client = new Client(port);
			// Each reader behind the proxy has an allowance of their own.
			for (int i = 1; i <= 6; i++) {
				String name = name();
				HttpResponse<String> failed = client.login(name, "sai-mat-khau", "X-Forwarded-For", "198.51.100." + i);
				assertThat(failed.statusCode()).as("failure from reader " + i).isEqualTo(302);
				assertThat(recordedAddress(jdbc, name)).isEqualTo("198.51.100." + i);
			}
			// One reader's five failures block that reader, not the proxy.
			for (int i = 1; i <= 5; i++) {
				client.login(name(), "sai-mat-khau", "X-Forwarded-For", "192.0.2.50");
			}
			assertThat(client.login(name(), "sai-mat-khau", "X-Forwarded-For", "192.0.2.50").statusCode()).isEqualTo(429);
			assertThat(client.login(name(), "sai-mat-khau", "X-Forwarded-For", "192.0.2.51").statusCode()).isEqualTo(302);
		}

		@Test
		void whatTheClientPutInFrontOfTheProxysEntryIsIgnored() throws Exception {
			String name = name();
			// The proxy appends the address it saw; anything left of it came from the client.
			new Client(port).login(name, "sai-mat-khau", "X-Forwarded-For", "203.0.113.66, 192.0.2.77");
			assertThat(recordedAddress(jdbc, name)).isEqualTo("192.0.2.77");
		}

		@Test
		void theProxysSchemeMakesTheCookiesSecure() throws Exception {
			HttpResponse<String> page = new Client(port).get("/login", "X-Forwarded-Proto", "https");
			assertThat(page.headers().allValues("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).contains("Secure"));
			assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
		}

	}

	/** A browser without a cookie store that logs in through the form, with extra headers. */
	record Client(int port) {

		static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		static final HttpClient HTTP = HttpClient.newHttpClient();

		HttpResponse<String> get(String path, String... headers) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
			if (headers.length > 0) {
				request.headers(headers);
			}
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> login(String username, String password, String... headers) throws Exception {
			HttpResponse<String> page = get("/login", headers);
			Matcher token = TOKEN.matcher(page.body());
			assertThat(token.find()).as("the login form's token").isTrue();
			// Whatever holds the form's token (the visitor's token cookie), sent back as a browser would.
			String cookie = String.join("; ", page.headers().allValues("Set-Cookie").stream()
				.map((c) -> c.split(";", 2)[0]).toList());
			String form = "_csrf=" + URLEncoder.encode(HtmlUtils.htmlUnescape(token.group(1)), StandardCharsets.UTF_8)
					+ "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
			if (!cookie.isEmpty()) {
				request.header("Cookie", cookie);
			}
			if (headers.length > 0) {
				request.headers(headers);
			}
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
