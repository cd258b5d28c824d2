package vn.tochuc.portal.security;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no browser sends, written byte for byte on a socket to the real Tomcat (an HTTP client
 * would normalise them): an address that starts like another host, and parameters that are not
 * UTF-8. The portal's pages never link off the site because of the request's path, and an
 * unreadable query costs one line in the log, not a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OddAddressesOverHttpTest {

	static final Pattern LINK = Pattern.compile("(?:href|src|action)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	/** The raw answer (status line, headers, body) to a request written as it stands. */
	String send(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	/** HTTP/1.0, so the body comes whole (not chunked) and the connection closes after it. */
	String get(String target) throws Exception {
		return send("GET " + target + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n\r\n");
	}

	static int status(String answer) {
		return Integer.parseInt(answer.substring(9, 12));
	}

	static List<String> links(String answer) {
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(answer);
		while (m.find()) {
			links.add(m.group(1));
		}
		Matcher location = Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(answer);
		while (location.find()) {
			links.add(location.group(1));
		}
		return links;
	}

	@Test
	void theRequestsPathNeverMakesALinkToAnotherSite() throws Exception {
		List<String> targets = List.of("//evil.example/", "//evil.example/?lang=en", "//evil.example/bai-viet/x",
				"///evil.example/", "////evil.example", "/\\evil.example/", "/\\/evil.example/", "//evil.example/;x=1",
				"/%2F%2Fevil.example/", "/%2f/evil.example/", "/%5Cevil.example/", "/%5C%5Cevil.example/",
				"//evil.example/%2e%2e/", "/.//evil.example/", "//evil.example:443/", "//%65vil.example/");
		int portalPages = 0;
		for (String target : targets) {
			String answer = get(target);
			assertThat(links(answer)).as("links in the answer to " + target).allSatisfy((link) -> assertThat(link)
				.doesNotStartWith("//").doesNotStartWith("/\\").doesNotContainIgnoringCase("evil.example"));
			if (answer.contains("class=\"error-page\"")) {
				portalPages++;
				assertThat(answer).contains("href=\"/?lang=vi\"").contains("href=\"/?lang=en\"");
			}
		}
		// Not all of them reach the portal (Tomcat refuses some at once), but the review's one does,
		// with the security headers of every page although the firewall refused it before the chain.
		assertThat(get("//evil.example/")).contains("class=\"error-page\"").containsIgnoringCase("Content-Security-Policy:")
			.containsIgnoringCase("X-Content-Type-Options: nosniff");
		assertThat(portalPages).isGreaterThan(3);
	}

	@Test
	void anOrdinaryPathKeepsItsLanguageLinks() throws Exception {
		String answer = get("/tim-kiem?q=bi%C3%AAn+ch%E1%BA%BF&lang=vi");
		assertThat(status(answer)).isEqualTo(200);
		assertThat(answer).contains("href=\"/tim-kiem?q=bi%C3%AAn+ch%E1%BA%BF&amp;lang=en\"");
	}

	@Test
	void parametersThatAreNotUtf8AnswerTheErrorPageWithOneLogLine(CapturedOutput output) throws Exception {
		List<String> requests = List.of(
				"GET /tim-kiem?q=%C3%28 HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n",
				"GET /van-ban?q=%E1%BA HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n",
				"GET /?page=%zz HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n",
				"GET /tim-kiem?q=%ff%fe%fd&lang=en HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n",
				form("/gop-y", "name=%C3%28&body=x"),
				form("/login", "username=%C0%AF&password=x"));
		for (String request : requests) {
			int before = output.length();
			String answer = send(request);
			String firstLine = request.substring(0, request.indexOf(" HTTP/"));
			assertThat(status(answer)).as(firstLine).isEqualTo(400);
			assertThat(answer).as(firstLine).contains("class=\"error-page\"").containsIgnoringCase("Content-Security-Policy:");
			String logged = output.toString().substring(before);
			List<String> lines = logged.lines().filter((line) -> !line.isBlank()).toList();
			assertThat(lines).as("log lines for " + firstLine).hasSizeLessThanOrEqualTo(1)
				.noneMatch((line) -> line.startsWith("\tat ") || line.startsWith("Caused by")
						|| line.matches("^[\\w.$]+(Exception|Error)\\b.*"));
		}
	}

	String form(String path, String body) {
		return "POST " + path + " HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
	}

}
