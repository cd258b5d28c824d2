package vn.tochuc.portal.journeys;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.webjars.WebJarVersionLocator;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Debian Chromium driven by Selenium, shared by the browser tests: starting it (never
 * fetching a driver), closing it, axe-core and the browser console. One instance per test class;
 * call {@link #requireChromium()} from {@code @BeforeAll} and {@link #quitAll()} from {@code @AfterEach}.
 */
final class Browsers {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** Held strongly so that java.util.logging keeps the levels set on them. */
	private static final List<Logger> QUIET_LOGGERS = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	private final List<WebDriver> drivers = new ArrayList<>();

	private final List<Path> profiles = new ArrayList<>();

	static void requireChromium() {
		List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter((binary) -> !Files.isExecutable(Paths.get(binary)))
			.toList();
		if (!missing.isEmpty()) {
			String message = "The browser tests need Chromium and its driver; missing: " + missing
					+ " (Debian: apt-get install chromium chromium-driver)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + ". CI=true, so this test must run rather than be skipped.");
			}
			Assumptions.abort(message);
		}
		// Never let Selenium Manager fetch drivers or browsers, nor report usage.
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		// The Debian Chromium is usually newer than the CDP bindings Selenium ships; these tests need no CDP.
		QUIET_LOGGERS.forEach((logger) -> logger.setLevel(Level.OFF));
	}

	/** A new browser with a profile of its own, 1366 px wide, Vietnamese, logging the console. */
	WebDriver open() throws IOException {
		Path profile = Files.createTempDirectory("chromium-profile-");
		profiles.add(profile);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900",
				"--lang=vi", "--hide-scrollbars");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		drivers.add(driver);
		driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
		return driver;
	}

	void quitAll() {
		for (WebDriver driver : drivers) {
			try {
				driver.quit();
			}
			catch (RuntimeException ex) {
				// the browser is gone already
			}
		}
		drivers.clear();
		for (Path profile : profiles) {
			deleteQuietly(profile);
		}
		profiles.clear();
	}

	/** Runs axe-core on the page and returns the serious and critical violations, one line each. */
	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(WebDriver driver) {
		if (!Boolean.TRUE.equals(js(driver, "return !!window.axe;"))) {
			js(driver, AXE_SOURCE);
		}
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
				    resultTypes: ['violations'] })
				  .then(function (r) {
				    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
				      .map(function (v) {
				        return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5).map(function (n) {
				          return n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '');
				        }).join('; ');
				      }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });
				""");
		return (List<String>) result;
	}

	/** axe-core from its WebJar (the version comes from the pom). */
	private static final String AXE_SOURCE = axeSource();

	private static String axeSource() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		try (InputStream in = Browsers.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test classpath: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SEVERE browser console entries since the last call (a missing favicon is no error of the page's). */
	static List<String> consoleErrors(WebDriver driver) {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter((message) -> !message.contains("favicon.ico"))
			.collect(Collectors.toList());
	}

	static Object js(WebDriver driver, String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	static int number(WebDriver driver, String script) {
		return ((Number) js(driver, script)).intValue();
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory; the OS cleans up eventually
		}
	}

}
