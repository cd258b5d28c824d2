package vn.tochuc.portal.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tochuc.portal.accounts.Passkeys;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.portal.support.Logins.fixturePassword;

/**
 * A passkey in a real browser (headless Chromium with Chrome's virtual authenticator: CTAP2,
 * resident keys, user verification): an editor registers one on the account's page, logs out,
 * and logs in again through the real login form, the passkey as the second step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class PasskeyBrowserIT {

	/** WebAuthn checks the origin exactly, so the port must be known before the context starts. */
	static final int PORT = freePort();

	@DynamicPropertySource
	static void origin(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("portal.site.base-url", () -> "http://localhost:" + PORT);
	}

	@Autowired
	TestContent content;

	@Autowired
	Passkeys passkeys;

	private final Browsers browsers = new Browsers();

	@BeforeAll
	static void requireChromium() {
		Browsers.requireChromium();
	}

	@AfterEach
	void quit() {
		browsers.quitAll();
	}

	@Test
	void anEditorRegistersAPasskeyAndLogsInWithItThroughTheLoginForm() throws Exception {
		content.user("khoa-trinh-duyet", Role.EDITOR);
		WebDriver browser = browsers.open();
		WebDriverWait wait = new WebDriverWait(browser, Browsers.TIMEOUT);
		((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
			.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
			.setHasResidentKey(true)
			.setHasUserVerification(true)
			.setIsUserVerified(true));

		logIn(browser, wait);
		wait.until((d) -> "/admin".equals(path(d)));
		browser.get(url("/admin/account/second-factor"));
		browser.findElement(By.id("passkey-label")).sendKeys("Máy tính cơ quan");
		browser.findElement(By.id("passkey-register")).click();
		wait.until((d) -> d.findElements(By.cssSelector(".passkey-label")).size() == 1);
		assertThat(browser.findElement(By.cssSelector(".passkey-label")).getText()).isEqualTo("Máy tính cơ quan");
		assertThat(passkeys.count("khoa-trinh-duyet")).isEqualTo(1);

		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until((d) -> "/login".equals(path(d)));
		logIn(browser, wait);
		wait.until((d) -> "/login/code".equals(path(d)));
		browser.findElement(By.id("passkey-login")).click();
		wait.until((d) -> "/admin".equals(path(d)));
		browser.get(url("/admin/articles"));
		assertThat(path(browser)).isEqualTo("/admin/articles");
	}

	private void logIn(WebDriver browser, WebDriverWait wait) {
		browser.get(url("/login"));
		browser.findElement(By.name("username")).sendKeys("khoa-trinh-duyet");
		browser.findElement(By.name("password")).sendKeys(fixturePassword("khoa-trinh-duyet"));
		browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
	}

	private static String url(String path) {
		return "http://localhost:" + PORT + path;
	}

	private static String path(WebDriver driver) {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
