package vn.tochuc.portal.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server's session cookie: HttpOnly and SameSite always; Secure, with HSTS, when a
 * TLS-terminating proxy on this host forwards the request (X-Forwarded-Proto: https) and the
 * portal runs with SERVER_FORWARD_HEADERS_STRATEGY=native as the README asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class CookiesBehindTlsTest {

	@LocalServerPort
	int port;

	HttpResponse<String> tokenPage(boolean behindTls) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/csrf"));
		if (behindTls) {
			request.header("X-Forwarded-Proto", "https");
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindTls() throws Exception {
		HttpResponse<String> plain = tokenPage(false);
		List<String> cookies = plain.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> tls = tokenPage(true);
		assertThat(tls.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax"));
		assertThat(tls.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

}
