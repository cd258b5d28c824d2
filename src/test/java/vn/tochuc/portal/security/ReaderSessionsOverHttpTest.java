package vn.tochuc.portal.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.portal.support.Logins.fixturePassword;

/**
 * Readers and sessions on the real Tomcat (MockMvc hides its session and URL-rewriting
 * behaviour): readers' pages and forms need no server session, no session id ever travels in a
 * URL, the few anonymous sessions still made (a flash message after a post) are short-lived and
 * bounded in number, and staff sessions keep their own timeout.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.sessions.anonymous-timeout=2m", "portal.sessions.max-anonymous=25" })
class ReaderSessionsOverHttpTest {

	static final Pattern TOKEN_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern COMMENT_FORM_ACTION = Pattern.compile("<form class=\"comment-form\" method=\"post\" action=\"([^\"]+)\"");

	/** A client without a cookie store: like a reader whose browser keeps no cookies. */
	final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	ServletContext servletContext;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	Article article;

	@BeforeEach
	void setUp() {
		article = content.published(content.category("Bạn đọc " + System.nanoTime()),
				"Ý kiến bạn đọc về sắp xếp bộ máy " + System.nanoTime(), Instant.now());
	}

	Manager sessions() {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
		return webapp.getManager();
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	HttpResponse<String> get(String path, String... cookies) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html, application/json");
		if (cookies.length > 0) {
			request.header("Cookie", String.join("; ", cookies));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postForm(String path, Map<String, String> fields, String... cookies) throws Exception {
		String body = fields.entrySet().stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (cookies.length > 0) {
			request.header("Cookie", String.join("; ", cookies));
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The cookies a response sets, as "name=value" to send back (the browser's part). */
	static List<String> cookiesSetBy(HttpResponse<?> response) {
		List<String> cookies = new ArrayList<>();
		for (String header : response.headers().allValues("Set-Cookie")) {
			String pair = header.split(";", 2)[0];
			if (!pair.endsWith("=")) {
				cookies.add(pair);
			}
		}
		return cookies;
	}

	static Optional<String> setCookie(HttpResponse<?> response, String name) {
		return response.headers().allValues("Set-Cookie").stream().filter((c) -> c.startsWith(name + "=")).findFirst();
	}

	static void assertNoSessionIdInUrls(HttpResponse<String> response) {
		assertThat(response.body()).as("page of " + response.uri()).doesNotContainIgnoringCase(";jsessionid=");
		response.headers().firstValue("Location")
			.ifPresent((location) -> assertThat(location).doesNotContainIgnoringCase(";jsessionid="));
	}

	Map<String, String> comment(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Hoàng Minh Tâm");
		fields.put("email", "tam.hm@example.vn");
		fields.put("text", text);
		fields.put("website", "");
		return fields;
	}

	long stored(String text) {
		return jdbc.queryForObject("select count(*) from article_comment where body = ?", Long.class, text);
	}

	@Test
	void sessionIdsTravelInCookiesOnly() {
		assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
	}

	@Test
	void aThousandTokenAndLoginPagesCreateNoSession() throws Exception {
		long before = sessions().getSessionCounter();
		for (int i = 0; i < 500; i++) {
			for (String path : List.of("/csrf", "/login")) {
				HttpResponse<String> response = get(path);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				assertThat(setCookie(response, "JSESSIONID")).as("session cookie from " + path).isEmpty();
			}
		}
		assertThat(sessions().getSessionCounter() - before).as("sessions created by 1,000 anonymous GETs").isZero();
		// Nor does a failed login: "wrong name or password" needs nothing kept for the next page.
		HttpResponse<String> loginPage = get("/login");
		Matcher token = TOKEN_INPUT.matcher(loginPage.body());
		assertThat(token.find()).isTrue();
		Map<String, String> login = new LinkedHashMap<>();
		login.put("_csrf", HtmlUtils.htmlUnescape(token.group(1)));
		login.put("username", "khong-co-ai-" + System.nanoTime());
		login.put("password", "sai-mat-khau");
		HttpResponse<String> failed = postForm("/login", login, cookiesSetBy(loginPage).toArray(String[]::new));
		assertThat(failed.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		assertThat(setCookie(failed, "JSESSIONID")).as("a session for a failed login").isEmpty();
		assertThat(sessions().getSessionCounter() - before).isZero();
		// The visitor's token lives in a cookie of its own, which scripts cannot read (portal.js asks /csrf).
		assertThat(setCookie(get("/csrf"), "XSRF-TOKEN")).hasValueSatisfying((cookie) -> assertThat(cookie)
			.contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/"));
	}

	@Test
	void aReaderWithoutScriptsConfirmsTheCommentWithOneClickAndNoLinkCarriesASessionId() throws Exception {
		String text = "Đề nghị công khai lịch tiếp công dân " + System.nanoTime();
		// No script ran: the form is posted without a token, from a browser that has no cookie yet.
		HttpResponse<String> confirmation = postForm(article.getPath() + "/y-kien", comment(text));
		assertThat(confirmation.statusCode()).isEqualTo(403);
		assertThat(confirmation.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(confirmation.body()).contains(HtmlUtils.htmlEscape(text)).doesNotContain("Tài khoản");
		assertNoSessionIdInUrls(confirmation);
		assertThat(setCookie(confirmation, "JSESSIONID")).as("a session for the confirmation").isEmpty();
		assertThat(stored(text)).isZero();

		// One more click: the confirmation's form, with the cookies the browser was given.
		Matcher action = COMMENT_FORM_ACTION.matcher(confirmation.body());
		Matcher token = TOKEN_INPUT.matcher(confirmation.body());
		assertThat(action.find()).as("the confirmation's form").isTrue();
		assertThat(token.find()).as("the confirmation's token").isTrue();
		Map<String, String> confirmed = new LinkedHashMap<>();
		confirmed.put("_csrf", HtmlUtils.htmlUnescape(token.group(1)));
		confirmed.putAll(comment(text));
		String[] cookies = cookiesSetBy(confirmation).toArray(String[]::new);
		HttpResponse<String> sent = postForm(HtmlUtils.htmlUnescape(action.group(1)), confirmed, cookies);
		assertThat(sent.statusCode()).as("the confirmed post").isIn(302, 303);
		assertNoSessionIdInUrls(sent);
		assertThat(stored(text)).isEqualTo(1);

		// The article page after the redirect, with whatever cookies the post set (a flash message).
		List<String> all = new ArrayList<>(Arrays.asList(cookies));
		all.addAll(cookiesSetBy(sent));
		HttpResponse<String> after = get(article.getPath(), all.toArray(String[]::new));
		assertThat(after.body()).contains("Cảm ơn bạn đã gửi ý kiến.");
		assertNoSessionIdInUrls(after);

		// A session id written into the address is neither taken nor written into the page's links.
		String sessionId = setCookie(sent, "JSESSIONID").orElseThrow().split(";", 2)[0].substring("JSESSIONID=".length());
		HttpResponse<String> inTheAddress = get(article.getPath() + ";jsessionid=" + sessionId);
		assertThat(inTheAddress.body()).doesNotContain("Cảm ơn bạn đã gửi ý kiến.");
		assertNoSessionIdInUrls(inTheAddress);
	}

	@Test
	void aVisitorRefusedByTheTokenCheckIsNotToldAboutAnAccount() throws Exception {
		HttpResponse<String> refused = postForm("/login", Map.of("username", "admin", "password", "sai-mat-khau"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("Tài khoản").contains("Biểu mẫu đã hết hạn");
		assertNoSessionIdInUrls(refused);
	}

	@Test
	void anonymousSessionsAreShortLivedAndBoundedWhileStaffSessionsKeepTheirTimeout() throws Exception {
		// A bot's post (the honeypot filled) gets the same flash message as people: one short session each.
		for (int i = 0; i < 40; i++) {
			HttpResponse<String> page = get("/csrf");
			String token = page.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", token);
			fields.putAll(comment("Quảng cáo số " + i));
			fields.put("website", "http://spam.example");
			HttpResponse<String> posted = postForm(article.getPath() + "/y-kien", fields, cookiesSetBy(page).toArray(String[]::new));
			assertThat(posted.statusCode()).isIn(302, 303);
			assertNoSessionIdInUrls(posted);
		}
		List<Session> anonymous = Arrays.stream(sessions().findSessions()).filter(Session::isValid)
			.filter((session) -> session.getSession().getAttribute("SPRING_SECURITY_CONTEXT") == null)
			.toList();
		assertThat(anonymous).as("anonymous sessions alive").isNotEmpty().hasSizeLessThanOrEqualTo(25);
		assertThat(anonymous).allSatisfy((session) -> assertThat(session.getMaxInactiveInterval()).isEqualTo(120));

		PortalUser editor = content.user("phien-bien-tap-http", Role.EDITOR);
		HttpResponse<String> loginPage = get("/login");
		Matcher token = TOKEN_INPUT.matcher(loginPage.body());
		assertThat(token.find()).isTrue();
		Map<String, String> login = new LinkedHashMap<>();
		login.put("_csrf", HtmlUtils.htmlUnescape(token.group(1)));
		login.put("username", editor.username());
		login.put("password", fixturePassword(editor.username()));
		HttpResponse<String> loggedIn = postForm("/login", login, cookiesSetBy(loginPage).toArray(String[]::new));
		assertThat(loggedIn.statusCode()).isIn(302, 303);
		assertNoSessionIdInUrls(loggedIn);
		String sessionCookie = setCookie(loggedIn, "JSESSIONID").orElseThrow().split(";", 2)[0];
		String sessionId = sessionCookie.substring("JSESSIONID=".length());
		assertThat(get("/admin", sessionCookie).statusCode()).isEqualTo(200);
		assertThat(sessions().findSession(sessionId).getMaxInactiveInterval()).as("a staff session's timeout")
			.isEqualTo(8 * 3600);
	}

}
