package vn.tochuc.portal.accounts.web;

import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's and a new colleague's journey through the real forms (HtmlUnit against
 * the running server): create an account, change one's own password, disable the account,
 * and the throttled login page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountsJourneyTest {

	@LocalServerPort
	int port;

	WebClient administrator;

	WebClient colleague;

	@BeforeEach
	void setUp() {
		administrator = client();
		colleague = client();
	}

	@AfterEach
	void tearDown() {
		administrator.close();
		colleague.close();
	}

	@Test
	void anAdministratorCreatesAColleagueWhoChangesTheirPasswordAndIsLaterDisabled() throws Exception {
		logIn(administrator, "admin", "test-admin-password");
		HtmlPage home = administrator.getPage(url("/admin"));
		HtmlPage users = home.getAnchorByHref("/admin/users").click();
		HtmlPage newUser = users.getAnchorByHref("/admin/users/new").click();
		HtmlForm form = formFor(newUser, "/admin/users");
		form.getInputByName("username").setValue("phongvien-hanh");
		form.getInputByName("displayName").setValue("Lê Thị Hạnh");
		form.getSelectByName("role").setSelectedAttribute("AUTHOR", true);
		form.getInputByName("password").setValue("Hoinghi21diemcau");
		form.getInputByName("passwordConfirmation").setValue("Hoinghi21diemcau");
		HtmlPage listed = submit(form);
		assertThat(listed.getUrl().getPath()).isEqualTo("/admin/users");
		assertThat(listed.asNormalizedText()).contains("Đã tạo tài khoản “phongvien-hanh”.").contains("Lê Thị Hạnh");

		HtmlPage dashboard = logIn(colleague, "phongvien-hanh", "Hoinghi21diemcau");
		HtmlPage change = dashboard.getAnchorByHref("/admin/account/password").click();
		HtmlForm password = formFor(change, "/admin/account/password");
		password.getInputByName("currentPassword").setValue("Hoinghi21diemcau");
		password.getInputByName("password").setValue("Bauchon129dongchi");
		password.getInputByName("passwordConfirmation").setValue("Bauchon129dongchi");
		HtmlPage changed = submit(password);
		assertThat(changed.getUrl().getPath()).isEqualTo("/admin");
		assertThat(changed.asNormalizedText()).contains("Đã đổi mật khẩu.");

		HtmlPage edit = listed.getAnchorByText("Lê Thị Hạnh").click();
		HtmlPage disabled = submit(edit.getForms().stream()
			.filter((f) -> f.getActionAttribute().endsWith("/disable")).findFirst().orElseThrow());
		assertThat(disabled.asNormalizedText()).contains("Đã khóa tài khoản “phongvien-hanh”.");

		HtmlPage ended = colleague.getPage(url("/admin/articles"));
		assertThat(ended.getUrl().toString()).endsWith("/login?expired");
		assertThat(ended.asNormalizedText()).contains("Phiên làm việc của bạn đã kết thúc");
		HtmlPage refused = logIn(colleague, "phongvien-hanh", "Bauchon129dongchi");
		assertThat(refused.getUrl().toString()).endsWith("/login?error");
	}

	@Test
	void repeatedFailuresGetThePortalsOwnThrottledLoginPage() throws Exception {
		for (int i = 1; i <= 5; i++) {
			assertThat(logIn(colleague, "doan-mat-khau", "sai-lan-" + i).getUrl().toString()).endsWith("/login?error");
		}
		HtmlPage throttled = logIn(colleague, "doan-mat-khau", "sai-lan-6");
		assertThat(throttled.getWebResponse().getStatusCode()).isEqualTo(429);
		assertThat(throttled.asNormalizedText())
			.contains("Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
		assertThat(formFor(throttled, "/login").getInputByName("_csrf").getValue()).isNotBlank();
	}

	/** Issue 20: a wrong password sends the person back to the form with the name they typed still in it. */
	@Test
	void aWrongPasswordKeepsTheTypedUserNameAndOnlyOnce() throws Exception {
		String typed = "Nguyễn.Lan \"<b>&";
		HtmlPage refused = logIn(colleague, typed, "sai-mat-khau");
		assertThat(refused.getUrl().toString()).endsWith("/login?error");
		assertThat(refused.asNormalizedText()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
		HtmlForm form = formFor(refused, "/login");
		assertThat(form.getInputByName("username").getValue()).isEqualTo(typed);
		assertThat(form.getInputByName("password").getValue()).as("never the password").isEmpty();
		assertThat(form.getInputByName("password").hasAttribute("autofocus")).as("the cursor waits in the password")
			.isTrue();

		// the name is shown once; a later visit to the form starts empty
		HtmlPage later = colleague.getPage(url("/login"));
		assertThat(formFor(later, "/login").getInputByName("username").getValue()).isEmpty();
		// another browser never sees it
		HtmlPage other = administrator.getPage(url("/login?error"));
		assertThat(formFor(other, "/login").getInputByName("username").getValue()).isEmpty();
	}

	@Test
	void theThrottledLoginPageKeepsTheTypedUserNameToo() throws Exception {
		for (int i = 1; i <= 5; i++) {
			logIn(colleague, "giu-ten-dang-nhap", "sai-lan-" + i);
		}
		HtmlPage throttled = logIn(colleague, "giu-ten-dang-nhap", "sai-lan-6");
		assertThat(throttled.getWebResponse().getStatusCode()).isEqualTo(429);
		assertThat(formFor(throttled, "/login").getInputByName("username").getValue()).isEqualTo("giu-ten-dang-nhap");
	}

	private HtmlPage logIn(WebClient client, String username, String password) throws Exception {
		HtmlPage login = client.getPage(url("/login"));
		HtmlForm form = formFor(login, "/login");
		form.getInputByName("username").setValue(username);
		form.getInputByName("password").setValue(password);
		return submit(form);
	}

	private static HtmlForm formFor(HtmlPage page, String action) {
		return page.getForms().stream().filter((f) -> f.getActionAttribute().endsWith(action)).findFirst()
			.orElseThrow();
	}

	private static HtmlPage submit(HtmlForm form) throws Exception {
		return form.getFirstByXPath(".//button[@type='submit']") instanceof org.htmlunit.html.HtmlButton button
				? button.click() : null;
	}

	private WebClient client() {
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
