package vn.tochuc.portal.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.support.FormBrowser;
import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tochuc.portal.support.Logins.fixturePassword;

/**
 * The second factor through the real forms, as a browser uses them (each form's page loaded
 * first, its CSRF token posted back): enrolling with the secret the page shows, the password then
 * the code at login, wrong and replayed codes, recovery codes, the administrators' rule and an
 * administrator's reset. The codes are computed from the page's secret, as an authenticator app does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SecondFactorLoginTest {

	static final OneTimePasswords APP = OneTimePasswords.AUTHENTICATOR_APPS;

	static final Pattern SECRET = Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>");

	static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountPolicies policies;

	@BeforeEach
	void setUp() {
		clock.set(MutableClockConfiguration.START);
	}

	/** What the user's phone knows after enrolling, and the codes they wrote down. */
	record Authenticator(byte[] secret, List<String> recoveryCodes) {

		String codeAt(MutableClock clock) {
			return APP.codeFor(secret, APP.stepAt(clock.instant()));
		}

	}

	@Test
	void aUserWithASecondFactorGivesThePasswordThenTheCode() throws Exception {
		content.user("hai-buoc-dang-nhap", Role.EDITOR);
		FormBrowser browser = new FormBrowser(mvc, "10.60.0.1");
		Authenticator phone = enrol(browser, "hai-buoc-dang-nhap");
		browser.logOut();
		clock.advance(Duration.ofSeconds(30));

		assertRedirect(browser.logIn("hai-buoc-dang-nhap", fixturePassword("hai-buoc-dang-nhap")), "/admin");
		assertRedirect(browser.get("/admin"), SecondFactorGate.CODE_PAGE);
		assertRedirect(browser.get("/admin/account/second-factor"), SecondFactorGate.CODE_PAGE);
		assertRedirect(browser.get("/admin/articles"), SecondFactorGate.CODE_PAGE);
		assertThat(browser.page(SecondFactorGate.CODE_PAGE)).contains("Xác thực hai bước").contains("name=\"code\"");

		// The right code goes on to the page last asked for (Spring Security's saved request).
		assertRedirect(browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", phone.codeAt(clock)),
				"/admin/articles");
		assertThat(browser.page("/admin")).contains("Cán bộ hai-buoc-dang-nhap");
		assertThat(browser.page("/admin/articles")).isNotEmpty();
		assertThat(audit("login.second-factor", "hai-buoc-dang-nhap")).isEqualTo(1);
	}

	@Test
	void aWrongCodeIsRefusedAndCountedAndANewPasswordLoginDoesNotClearTheCount() throws Exception {
		content.user("hai-buoc-sai-ma", Role.EDITOR);
		FormBrowser browser = new FormBrowser(mvc, "10.61.0.1");
		Authenticator phone = enrol(browser, "hai-buoc-sai-ma");
		browser.logOut();
		clock.advance(Duration.ofSeconds(30));
		String wrong = APP.codeFor(phone.secret(), APP.stepAt(clock.instant()) + 5);

		for (int i = 1; i <= 4; i++) {
			browser.logIn("hai-buoc-sai-ma", fixturePassword("hai-buoc-sai-ma"));
			assertRedirect(browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", wrong),
					SecondFactorGate.CODE_PAGE + "?error");
			assertThat(browser.page(SecondFactorGate.CODE_PAGE + "?error")).contains("Mã không đúng hoặc đã được dùng.");
			assertRedirect(browser.get("/admin"), SecondFactorGate.CODE_PAGE);
			// Logging in again with the right password must not give a fresh set of guesses.
			browser.logOut();
		}
		browser.logIn("hai-buoc-sai-ma", fixturePassword("hai-buoc-sai-ma"));
		browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", wrong);

		MockHttpServletResponse locked = browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code",
				phone.codeAt(clock));
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(locked.getHeader("Retry-After")).isEqualTo("900");
		assertThat(locked.getContentAsString()).contains("Bạn đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau 15 phút.");
		assertRedirect(browser.get("/admin"), SecondFactorGate.CODE_PAGE);
		assertThat(audit("login.second-factor-failure", "hai-buoc-sai-ma")).isEqualTo(5);

		clock.advance(Duration.ofMinutes(15));
		assertRedirect(browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", phone.codeAt(clock)),
				"/admin");
		assertThat(browser.page("/admin")).contains("Cán bộ hai-buoc-sai-ma");
	}

	@Test
	void aCodeThatWasAcceptedOnceIsRefusedTheSecondTime() throws Exception {
		content.user("hai-buoc-phat-lai", Role.ADMIN);
		FormBrowser first = new FormBrowser(mvc, "10.62.0.1");
		Authenticator phone = enrol(first, "hai-buoc-phat-lai");
		first.logOut();
		clock.advance(Duration.ofSeconds(30));
		String code = phone.codeAt(clock);
		first.logIn("hai-buoc-phat-lai", fixturePassword("hai-buoc-phat-lai"));
		assertRedirect(first.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", code), "/admin");

		// Someone who saw the password and the code tries them at once, from elsewhere.
		FormBrowser eavesdropper = new FormBrowser(mvc, "10.62.0.2");
		eavesdropper.logIn("hai-buoc-phat-lai", fixturePassword("hai-buoc-phat-lai"));
		assertRedirect(eavesdropper.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", code),
				SecondFactorGate.CODE_PAGE + "?error");
		assertRedirect(eavesdropper.get("/admin/users"), SecondFactorGate.CODE_PAGE);
		// The code of the step before is older than the one used: refused too.
		assertRedirect(eavesdropper.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code",
				APP.codeFor(phone.secret(), APP.stepAt(clock.instant()) - 1)), SecondFactorGate.CODE_PAGE + "?error");

		clock.advance(Duration.ofSeconds(30));
		FormBrowser later = new FormBrowser(mvc, "10.62.0.3");
		later.logIn("hai-buoc-phat-lai", fixturePassword("hai-buoc-phat-lai"));
		assertRedirect(later.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", phone.codeAt(clock)),
				"/admin");
	}

	@Test
	void aRecoveryCodeWorksOnceAndOnlyOnce() throws Exception {
		content.user("hai-buoc-du-phong", Role.AUTHOR);
		FormBrowser browser = new FormBrowser(mvc, "10.63.0.1");
		Authenticator phone = enrol(browser, "hai-buoc-du-phong");
		assertThat(phone.recoveryCodes()).hasSize(RecoveryCodes.COUNT);
		browser.logOut();
		String recovery = phone.recoveryCodes().get(3);

		browser.logIn("hai-buoc-du-phong", fixturePassword("hai-buoc-du-phong"));
		assertRedirect(browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code",
				recovery.toUpperCase().replace("-", " ")), "/admin");
		assertThat(browser.page("/admin")).contains("Bạn vừa dùng một mã dự phòng; còn lại 9 mã.");
		assertThat(audit("login.recovery-code", "hai-buoc-du-phong")).isEqualTo(1);
		browser.logOut();

		browser.logIn("hai-buoc-du-phong", fixturePassword("hai-buoc-du-phong"));
		assertRedirect(browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code", recovery),
				SecondFactorGate.CODE_PAGE + "?error");
		assertRedirect(browser.get("/admin"), SecondFactorGate.CODE_PAGE);
		assertRedirect(browser.submit(SecondFactorGate.CODE_PAGE, SecondFactorGate.CODE_PAGE, "code",
				phone.recoveryCodes().get(4)), "/admin");
	}

	@Test
	void withTheRuleOnAnEditorWithoutASecondFactorCanOnlyEnrol() throws Exception {
		content.user("hai-buoc-quy-dinh-qt", Role.ADMIN);
		PortalUser editor = content.user("hai-buoc-quy-dinh-bt", Role.EDITOR);
		content.user("hai-buoc-quy-dinh-pv", Role.AUTHOR);
		FormBrowser admin = new FormBrowser(mvc, "10.64.0.1");
		admin.logIn("hai-buoc-quy-dinh-qt", fixturePassword("hai-buoc-quy-dinh-qt"));
		String rulePage = "/admin/users/second-factor-rule";
		// An administrator without a second factor cannot lock everyone (themselves too) into enrolling.
		assertRedirect(admin.submit(rulePage, rulePage, "required", "true", "version", version()), rulePage);
		assertThat(admin.page(rulePage)).contains("Hãy bật xác thực hai bước cho chính tài khoản của bạn trước");
		assertThat(policies.current().isSecondFactorRequiredForEditors()).isFalse();
		enrol(admin, "hai-buoc-quy-dinh-qt");
		assertThat(admin.page(rulePage)).contains("hai-buoc-quy-dinh-bt").doesNotContain("hai-buoc-quy-dinh-pv");

		FormBrowser editorBrowser = new FormBrowser(mvc, "10.64.0.2");
		editorBrowser.logIn("hai-buoc-quy-dinh-bt", fixturePassword("hai-buoc-quy-dinh-bt"));
		assertThat(editorBrowser.page("/admin/articles")).as("before the rule").isNotEmpty();
		try {
			assertRedirect(admin.submit(rulePage, rulePage, "required", "true", "version", version()), rulePage);
			assertThat(policies.current().isSecondFactorRequiredForEditors()).isTrue();
			assertThat(audit("account-policy.second-factor-on", "hai-buoc-quy-dinh-qt")).isEqualTo(1);

			// The editor's open session is held at the next request…
			assertRedirect(editorBrowser.get("/admin/articles"), SecondFactorGate.CODE_PAGE);
			assertRedirect(editorBrowser.get(SecondFactorGate.CODE_PAGE), SecondFactorGate.ENROLMENT_PAGE);
			// …and so is a fresh login: after the password, only the enrolment page answers.
			FormBrowser fresh = new FormBrowser(mvc, "10.64.0.3");
			assertRedirect(fresh.logIn("hai-buoc-quy-dinh-bt", fixturePassword("hai-buoc-quy-dinh-bt")), "/admin");
			for (String staffPage : List.of("/admin", "/admin/articles", "/admin/articles/new", "/admin/comments",
					"/admin/categories", "/admin/account/password", "/admin/media")) {
				assertRedirect(fresh.get(staffPage), SecondFactorGate.CODE_PAGE);
			}
			long categories = jdbc.queryForObject("select count(*) from category", Long.class);
			MockHttpServletResponse write = fresh.submit(SecondFactorGate.ENROLMENT_PAGE, "/admin/categories", "name",
					"Chuyên mục lách quy định", "description", "x", "position", "1", "visible", "true");
			assertRedirect(write, SecondFactorGate.CODE_PAGE);
			assertThat(jdbc.queryForObject("select count(*) from category", Long.class)).isEqualTo(categories);
			assertThat(fresh.page(SecondFactorGate.ENROLMENT_PAGE)).contains("Quản trị viên đã yêu cầu");

			// An author is not concerned by the rule.
			FormBrowser author = new FormBrowser(mvc, "10.64.0.4");
			author.logIn("hai-buoc-quy-dinh-pv", fixturePassword("hai-buoc-quy-dinh-pv"));
			assertThat(author.page("/admin/articles")).isNotEmpty();

			// Once enrolled, the editor goes on to the page first asked for, and works as before.
			Authenticator phone = enrol(fresh, "hai-buoc-quy-dinh-bt");
			assertThat(fresh.page("/admin/articles")).isNotEmpty();
			assertThat(phone.recoveryCodes()).hasSize(RecoveryCodes.COUNT);
			// Turning it off is refused while the rule requires it.
			assertThat(fresh.page(SecondFactorGate.ENROLMENT_PAGE)).doesNotContain("/admin/account/second-factor/disable");
			assertThat(new SecondFactorsView(jdbc).enabled(editor.id())).isTrue();
		}
		finally {
			policies.requireSecondFactorForEditors(false, policies.current().getVersion(),
					content.user("hai-buoc-quy-dinh-qt", Role.ADMIN));
		}
	}

	@Test
	void anAdministratorResetsALostSecondFactorAndItIsAudited() throws Exception {
		content.user("hai-buoc-go-qt", Role.ADMIN);
		PortalUser editor = content.user("hai-buoc-go-bt", Role.EDITOR);
		FormBrowser lost = new FormBrowser(mvc, "10.65.0.1");
		enrol(lost, "hai-buoc-go-bt");
		assertThat(lost.page("/admin")).isNotEmpty();

		FormBrowser admin = new FormBrowser(mvc, "10.65.0.2");
		admin.logIn("hai-buoc-go-qt", fixturePassword("hai-buoc-go-qt"));
		String editPage = "/admin/users/" + editor.id() + "/edit";
		assertThat(admin.page(editPage)).contains("Gỡ xác thực hai bước");
		assertRedirect(admin.submit(editPage, "/admin/users/" + editor.id() + "/second-factor/reset"), editPage);
		assertThat(admin.page(editPage)).contains("Đã gỡ xác thực hai bước của tài khoản “hai-buoc-go-bt”.");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'user.second-factor-reset' and actor_username = ? and target_id = ?",
				Long.class, "hai-buoc-go-qt", String.valueOf(editor.id()))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from second_factor where user_id = ?", Long.class, editor.id())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ?", Long.class, editor.id())).isZero();

		// The editor's session ended; with the rule off, the password alone lets them in again.
		assertRedirect(lost.get("/admin"), "/login?expired");
		FormBrowser again = new FormBrowser(mvc, "10.65.0.3");
		assertRedirect(again.logIn("hai-buoc-go-bt", fixturePassword("hai-buoc-go-bt")), "/admin");
		assertThat(again.page("/admin")).contains("Cán bộ hai-buoc-go-bt");
	}

	@Test
	void aUserWithoutASecondFactorLogsInWithThePasswordAlone() throws Exception {
		content.user("mot-buoc", Role.EDITOR);
		FormBrowser browser = new FormBrowser(mvc, "10.66.0.1");
		assertRedirect(browser.logIn("mot-buoc", fixturePassword("mot-buoc")), "/admin");
		assertThat(browser.page("/admin")).contains("Cán bộ mot-buoc");
		assertRedirect(browser.get(SecondFactorGate.CODE_PAGE), "/admin");
		assertRedirect(new FormBrowser(mvc, "10.66.0.2").get(SecondFactorGate.CODE_PAGE), "/login");
	}

	/**
	 * Logs in (when not yet) and enrols through the user's own page: start, read the secret the
	 * page shows (as one types it into the app), confirm with the app's code, note the recovery codes.
	 */
	Authenticator enrol(FormBrowser browser, String username) throws Exception {
		if (browser.get(SecondFactorGate.ENROLMENT_PAGE).getStatus() == 302) {
			browser.logIn(username, fixturePassword(username));
		}
		String page = SecondFactorGate.ENROLMENT_PAGE;
		assertRedirect(browser.submit(page, page + "/start"), page);
		String enrolment = browser.page(page);
		Matcher secret = SECRET.matcher(enrolment);
		assertThat(secret.find()).as("the secret on the enrolment page").isTrue();
		assertThat(enrolment).contains("src=\"data:image/svg+xml;base64,");
		byte[] key = new Base32().decode(secret.group(1).replace(" ", ""));
		assertRedirect(browser.submit(page, page + "/confirm", "code", APP.codeFor(key, APP.stepAt(clock.instant()))), page);
		String confirmed = browser.page(page);
		assertThat(confirmed).contains("Đã bật xác thực hai bước.");
		List<String> codes = new ArrayList<>();
		Matcher recovery = RECOVERY_CODE.matcher(confirmed);
		while (recovery.find()) {
			codes.add(HtmlUtils.htmlUnescape(recovery.group(1)));
		}
		assertThat(browser.page(page)).as("the recovery codes are shown once").doesNotContain(codes.get(0));
		// The code just used is spent: the next login needs the next step's code.
		return new Authenticator(key, codes);
	}

	String version() {
		return String.valueOf(policies.current().getVersion());
	}

	long audit(String action, String actor) {
		return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor_username = ?", Long.class,
				action, actor);
	}

	static void assertRedirect(MockHttpServletResponse response, String location) {
		assertThat(response.getStatus()).as("status, going to " + response.getRedirectedUrl()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo(location);
	}

	/** Reads the factor's state straight from the table. */
	record SecondFactorsView(JdbcTemplate jdbc) {

		boolean enabled(Long userId) {
			return Boolean.TRUE.equals(jdbc.queryForObject(
					"select exists(select 1 from second_factor where user_id = ? and enabled_at is not null)", Boolean.class,
					userId));
		}

	}

}
