package vn.tochuc.portal.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged portal run as a child process, the way an operator runs it ({@code java -jar}),
 * on a data directory and a port of its own, for the tests that stop, kill and restart it.
 * Its output goes to {@code target/<logs>/<name>.log}.
 */
final class ChildPortal implements AutoCloseable {

	static final String ADMIN_PASSWORD = "tat-may-an-toan-2026";

	static final Pattern EDIT_PAGE = Pattern.compile("/admin/articles/(\\d+)/edit");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final List<Process> started = new ArrayList<>();

	private final Path dataDir;

	private final Path logs;

	private final int port;

	ChildPortal(String logs) throws IOException {
		this.dataDir = Files.createTempDirectory("portal-" + logs);
		this.logs = Path.of("target", logs);
		Files.createDirectories(this.logs);
		this.port = freePort();
	}

	Path dataDir() {
		return dataDir;
	}

	Path log(String name) {
		return logs.resolve(name);
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** The process, once {@code /actuator/health} answers 200 (at most 180 s: a busy machine is slow). */
	Process start(String logName) throws IOException, InterruptedException {
		Process process = launch(logName, port);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("the portal is running; see " + log(logName)).isTrue();
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
		throw new AssertionError("The portal did not start within 180 s; see " + log(logName));
	}

	/** Another portal on the same data directory, on a port of its own, not waited for. */
	Process launchAnother(String logName) throws IOException {
		return launch(logName, freePort());
	}

	private Process launch(String logName, int onPort) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-jar", jar().toString());
		builder.environment().put("PORTAL_DATA_DIR", dataDir.toString());
		builder.environment().put("SERVER_PORT", String.valueOf(onPort));
		builder.environment().put("PORTAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().put("PORTAL_DEMO_DATA", "false");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.redirectErrorStream(true).redirectOutput(log(logName).toFile());
		Process process = builder.start();
		started.add(process);
		return process;
	}

	/** The pid in the embedded PostgreSQL's {@code postmaster.pid}, while it has one. */
	Optional<Long> postmasterPid() throws IOException {
		Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::valueOf);
	}

	/**
	 * SIGTERM first even when the test failed: the portal then stops its PostgreSQL. A postmaster
	 * still running on the data directory after that (a test that killed the portal) is stopped
	 * too, and the directory removed.
	 */
	@Override
	public void close() throws IOException, InterruptedException {
		for (Process process : started) {
			if (process.isAlive()) {
				process.destroy();
				if (!process.waitFor(60, TimeUnit.SECONDS)) {
					process.destroyForcibly();
				}
			}
		}
		Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of);
		if (postmaster.isPresent()) {
			postmaster.get().destroy();
			postmaster.get().onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).join();
		}
		FileSystemUtils.deleteRecursively(dataDir);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((f) -> f.getFileName().toString().matches("tochuc-portal-.*\\.jar"))
				.filter((f) -> !f.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No packaged jar in target/: run the package phase first"));
		}
	}

	/** A logged-in member of staff, with the session cookie and CSRF token a browser would hold. */
	record Staff(String base, HttpClient http, CookieManager cookies, String csrf) {

		/** The first administrator, through the login form with its CSRF token. */
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
			form.put("password", ADMIN_PASSWORD);
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

		/** A new draft's form ({@code POST /admin/articles}), its body naming the title. */
		String articleForm(long categoryId, String title) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("_csrf", csrf);
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
