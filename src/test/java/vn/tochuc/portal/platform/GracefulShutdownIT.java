package vn.tochuc.portal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged portal stopped with SIGTERM in the middle of a batch of saves: the save in
 * flight completes, the embedded PostgreSQL shuts down cleanly, and after a restart on the same
 * data directory every save that was acknowledged is there.
 */
class GracefulShutdownIT {

	private static final String PASSWORD = "tat-may-an-toan-2026";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern EDIT_PAGE = Pattern.compile("/admin/articles/(\\d+)/edit");

	private final List<Process> started = new ArrayList<>();

	private Path dataDir;

	private Path logs;

	private int port;

	/**
	 * SIGTERM first even when the test failed: the portal then stops its PostgreSQL, which a
	 * forcible kill would leave running (pg_ctl starts it outside the portal's process tree).
	 */
	@AfterEach
	void stopWhatIsLeft() throws InterruptedException, IOException {
		for (Process process : started) {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
		if (dataDir != null) {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	@Test
	@Timeout(value = 150, unit = TimeUnit.SECONDS)
	void savesAcknowledgedBeforeSigtermSurviveTheRestart() throws Exception {
		dataDir = Files.createTempDirectory("portal-shutdown-it");
		logs = Path.of("target", "shutdown-it");
		Files.createDirectories(logs);
		port = freePort();

		Process first = start("first-run.log");
		Staff staff = Staff.logIn(base());
		long categoryId = staff.createCategory("Công tác tổ chức");

		// A save whose request is still arriving when SIGTERM comes.
		String inFlightTitle = "Bài đang gửi khi tắt máy";
		String form = articleForm(staff, categoryId, inFlightTitle);
		try (Socket inFlight = new Socket("127.0.0.1", port)) {
			inFlight.setSoTimeout(60_000);
			OutputStream out = inFlight.getOutputStream();
			byte[] body = form.getBytes(StandardCharsets.US_ASCII);
			out.write(("POST /admin/articles HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n"
					+ "Cookie: " + staff.sessionCookie() + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, body.length / 2);
			out.flush();

			// The batch: one save after another until the portal stops answering.
			Map<Long, String> acknowledged = new LinkedHashMap<>();
			List<Throwable> refused = new CopyOnWriteArrayList<>();
			AtomicBoolean stopping = new AtomicBoolean();
			Thread batch = new Thread(() -> {
				for (int n = 1; n <= 400; n++) {
					String title = "Bài lưu số " + n + " trước khi tắt máy";
					try {
						Optional<Long> id = staff.saveArticle(articleForm(staff, categoryId, title));
						if (id.isEmpty()) {
							break;
						}
						synchronized (acknowledged) {
							acknowledged.put(id.get(), title);
						}
					}
					catch (IOException | RuntimeException ex) {
						refused.add(ex);
						if (stopping.get() || refused.size() >= 3) {
							break;
						}
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			});
			batch.start();
			while (size(acknowledged) < 8 && batch.isAlive()) {
				Thread.sleep(50);
			}
			assertThat(size(acknowledged)).as("saves acknowledged before SIGTERM; refused: %s", refused)
				.isGreaterThanOrEqualTo(8);

			stopping.set(true);
			first.destroy(); // SIGTERM
			Thread.sleep(1_500);
			out.write(body, body.length / 2, body.length - body.length / 2);
			out.flush();
			String response = new String(inFlight.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(response).as("the answer to the save in flight").matches("(?s)HTTP/1\\.1 30[23] .*");
			Matcher location = EDIT_PAGE.matcher(response);
			assertThat(location.find()).isTrue();
			long inFlightId = Long.parseLong(location.group(1));

			batch.join(60_000);
			assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("the portal exits after SIGTERM").isTrue();
			String firstLog = Files.readString(logs.resolve("first-run.log"));
			assertThat(firstLog).contains("Commencing graceful shutdown", "Graceful shutdown complete",
					"shut down postmaster");
			// The database goes down only once the web server has answered what it had (both lines
			// are written by the shutdown itself; the server's own output may be cut off at exit).
			assertThat(firstLog.indexOf("shut down postmaster"))
				.isGreaterThan(firstLog.indexOf("Graceful shutdown complete"));
			assertThat(firstLog).doesNotContain("Exception in thread");

			Process second = start("second-run.log");
			assertThat(Files.readString(logs.resolve("second-run.log"))).contains("database system was shut down at")
				.doesNotContain("not properly shut down", "was interrupted", "automatic recovery");
			Staff again = Staff.logIn(base());
			Map<Long, String> expected = new LinkedHashMap<>(acknowledged);
			expected.put(inFlightId, inFlightTitle);
			for (Map.Entry<Long, String> save : expected.entrySet()) {
				HttpResponse<String> page = again.get("/admin/articles/" + save.getKey() + "/edit");
				assertThat(page.statusCode()).as("article %d", save.getKey()).isEqualTo(200);
				assertThat(page.body()).contains(save.getValue());
			}
			second.destroy();
			assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
		}
	}

	private static int size(Map<?, ?> map) {
		synchronized (map) {
			return map.size();
		}
	}

	private static String articleForm(Staff staff, long categoryId, String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", staff.csrf());
		fields.put("title", title);
		fields.put("summary", "Sapo: " + title);
		fields.put("body", "<p>Toàn tỉnh giảm 6.666 biên chế, đạt gần 8,1%. " + title + "</p>");
		fields.put("categoryId", String.valueOf(categoryId));
		fields.put("author", "Mai Hương – Cảnh Toàn");
		fields.put("source", "");
		fields.put("version", "0");
		fields.put("action", "save");
		return encode(fields);
	}

	private Process start(String logName) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-jar", jar().toString());
		builder.environment().put("PORTAL_DATA_DIR", dataDir.toString());
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().put("PORTAL_ADMIN_PASSWORD", PASSWORD);
		builder.environment().put("PORTAL_DEMO_DATA", "false");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.redirectErrorStream(true).redirectOutput(logs.resolve(logName).toFile());
		Process process = builder.start();
		started.add(process);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the portal is running; see " + logs.resolve(logName)).isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(300);
		}
		throw new AssertionError("The portal did not start within 90 s; see " + logs.resolve(logName));
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((f) -> f.getFileName().toString().matches("tochuc-portal-.*\\.jar"))
				.filter((f) -> !f.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No packaged jar in target/: run the package phase first"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** A logged-in member of staff, with the session cookie and CSRF token a browser would hold. */
	record Staff(String base, HttpClient http, CookieManager cookies, String csrf) {

		static Staff logIn(String base) throws IOException, InterruptedException {
			CookieManager cookies = new CookieManager();
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.cookieHandler(cookies)
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Map<String, String> form = new LinkedHashMap<>();
			form.put("_csrf", token(loginPage));
			form.put("username", "admin");
			form.put("password", PASSWORD);
			HttpResponse<String> login = http.send(post(base + "/login", encode(form)), HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
			String dashboard = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/articles/new")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return new Staff(base, http, cookies, token(dashboard));
		}

		long createCategory(String name) throws IOException, InterruptedException {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("_csrf", csrf);
			form.put("name", name);
			form.put("description", "Tin công tác tổ chức xây dựng Đảng");
			form.put("position", "1");
			form.put("showOnHome", "true");
			form.put("version", "0");
			HttpResponse<String> created = http.send(post(base + "/admin/categories", encode(form)),
					HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).isIn(302, 303);
			String editor = get("/admin/articles/new").body();
			Matcher select = Pattern.compile("name=\"categoryId\"[\\s\\S]*?<option[^>]*value=\"(\\d+)\"").matcher(editor);
			assertThat(select.find()).as("a category to choose").isTrue();
			return Long.parseLong(select.group(1));
		}

		/** The new article's id when the save was acknowledged with a redirect to its edit page. */
		Optional<Long> saveArticle(String form) throws IOException, InterruptedException {
			HttpResponse<String> saved = http.send(post(base + "/admin/articles", form),
					HttpResponse.BodyHandlers.ofString());
			Matcher edit = EDIT_PAGE.matcher(saved.headers().firstValue("Location").orElse(""));
			if ((saved.statusCode() == 302 || saved.statusCode() == 303) && edit.find()) {
				return Optional.of(Long.parseLong(edit.group(1)));
			}
			String body = saved.body();
			throw new IOException("save not acknowledged: " + saved.statusCode() + " "
					+ saved.headers().firstValue("Location").orElse("") + " "
					+ body.substring(0, Math.min(300, body.length())));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		String sessionCookie() {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> c.getName().equals("JSESSIONID"))
				.map((c) -> c.getName() + "=" + c.getValue())
				.findFirst()
				.orElseThrow();
		}

		private static HttpRequest post(String url, String body) {
			return HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}

		private static String token(String page) {
			Matcher matcher = CSRF.matcher(page);
			assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
			return matcher.group(1);
		}

	}

}
