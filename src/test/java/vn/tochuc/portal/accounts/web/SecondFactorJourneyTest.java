package vn.tochuc.portal.accounts.web;

import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.portal.support.Logins.fixturePassword;

/**
 * A staff member turns on two-step verification and logs in with it, in a browser-like client
 * against the running server (real cookies, real session ids), with codes made by the
 * authenticator library on its own, as an app would; then an administrator resets it and the
 * member's session ends.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecondFactorJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	final WebClient member = client();

	final WebClient administrator = client();

	@AfterEach
	void tearDown() {
		member.close();
		administrator.close();
	}

	@Test
	void enrolLogInWithTheCodeAndAnAdministratorsResetEndsTheSession() throws Exception {
		PortalUser editor = content.user("hanh-trinh-hai-buoc", Role.EDITOR);
		HtmlPage dashboard = logIn(member, "hanh-trinh-hai-buoc");
		HtmlPage page = dashboard.getAnchorByHref("/admin/account/second-factor").click();
		HtmlPage enrol = submit(formFor(page, "/admin/account/second-factor/start"));
		assertThat(enrol.asNormalizedText()).contains("quét mã QR bên dưới").contains("Chưa bật");
		byte[] secret = new Base32().decode(
				enrol.querySelector("code.secret").getTextContent().replace(" ", ""));

		HtmlForm confirm = formFor(enrol, "/admin/account/second-factor/confirm");
		confirm.getInputByName("code").setValue(code(secret, Instant.now(), 0));
		HtmlPage confirmed = submit(confirm);
		assertThat(confirmed.asNormalizedText()).contains("Đã bật xác thực hai bước.").contains("Mã dự phòng của bạn");
		assertThat(confirmed.querySelectorAll(".code-list code")).hasSize(10);
		assertThat(confirmed.getAnchorByText("Đã lưu các mã, tiếp tục").click().getUrl().getPath()).startsWith("/admin");

		submit(formFor(confirmed, "/logout"));
		HtmlPage codePage = logIn(member, "hanh-trinh-hai-buoc");
		assertThat(codePage.getUrl().getPath()).isEqualTo("/login/code");
		// The code just used at enrolment is spent; the app's next one is within the window.
		HtmlForm codeForm = formFor(codePage, "/login/code");
		codeForm.getInputByName("code").setValue(code(secret, Instant.now(), 1));
		HtmlPage in = submit(codeForm);
		assertThat(in.getUrl().getPath()).isEqualTo("/admin");
		assertThat(in.asNormalizedText()).contains("Cán bộ hanh-trinh-hai-buoc");

		logIn(administrator, "admin", "test-admin-password");
		HtmlPage edit = administrator.getPage(url("/admin/users/" + editor.id() + "/edit"));
		HtmlPage reset = submit(formFor(edit, "/second-factor/reset"));
		assertThat(reset.asNormalizedText()).contains("Đã gỡ xác thực hai bước của tài khoản “hanh-trinh-hai-buoc”.");

		HtmlPage ended = member.getPage(url("/admin/articles"));
		assertThat(ended.getUrl().toString()).endsWith("/login?expired");
		assertThat(logIn(member, "hanh-trinh-hai-buoc").getUrl().getPath()).isEqualTo("/admin");
	}

	/** The code an authenticator app shows, {@code steps} 30-second steps after {@code now}. */
	static String code(byte[] secret, Instant now, int steps) throws Exception {
		TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();
		return app.generateOneTimePasswordString(new SecretKeySpec(secret, app.getAlgorithm()),
				now.plus(app.getTimeStep().multipliedBy(steps)), Locale.ROOT);
	}

	private HtmlPage logIn(WebClient client, String username) throws Exception {
		return logIn(client, username, fixturePassword(username));
	}

	private HtmlPage logIn(WebClient client, String username, String password) throws Exception {
		HtmlPage login = client.getPage(url("/login"));
		HtmlForm form = formFor(login, "/login");
		form.getInputByName("username").setValue(username);
		form.getInputByName("password").setValue(password);
		return submit(form);
	}

	private static HtmlForm formFor(HtmlPage page, String action) {
		return page.getForms().stream().filter((f) -> f.getActionAttribute().endsWith(action)).findFirst().orElseThrow();
	}

	private static HtmlPage submit(HtmlForm form) throws Exception {
		return ((HtmlButton) form.getFirstByXPath(".//button[@type='submit']")).click();
	}

	private static WebClient client() {
		WebClient client = new WebClient();
		client.getOptions().setJavaScriptEnabled(false);
		client.getOptions().setCssEnabled(false);
		client.getOptions().setThrowExceptionOnFailingStatusCode(false);
		return client;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
