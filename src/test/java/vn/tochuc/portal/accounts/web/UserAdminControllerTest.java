package vn.tochuc.portal.accounts.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.UserAccount;
import vn.tochuc.portal.accounts.UserAccountRepository;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.fixturePassword;
import static vn.tochuc.portal.support.Logins.login;

/** User management at /admin/users against the real database and security rules. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	UserAccountRepository users;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		admin = content.admin();
	}

	@Test
	void onlyAdministratorsReachUserManagement() throws Exception {
		PortalUser target = content.user("doi-tuong-quyen", Role.AUTHOR);
		String[] pages = { "/admin/users", "/admin/users/new", "/admin/users/" + target.id() + "/edit" };
		for (String page : pages) {
			mvc.perform(get(page).with(user(admin))).andExpect(status().isOk());
			for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR, Role.STATISTICS }) {
				PortalUser other = content.user("quyen-" + role.name().toLowerCase(), role);
				mvc.perform(get(page).with(user(other))).andExpect(status().isForbidden());
			}
			mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		PortalUser editor = content.user("quyen-editor", Role.EDITOR);
		mvc.perform(newUser("bi-cam-tao", "Không được tạo", "ADMIN", "MatKhauManh2025").with(user(editor)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + target.id()).with(csrf()).with(user(editor))
				.param("displayName", "Bị sửa").param("role", "ADMIN").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/" + admin.id() + "/disable").with(csrf()).with(user(editor))
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(users.findByUsernameIgnoreCase("bi-cam-tao")).isEmpty();
		assertThat(users.findById(target.id()).orElseThrow().getRole()).isEqualTo(Role.AUTHOR);
	}

	@Test
	void theListShowsEveryoneWithRoleAndState() throws Exception {
		content.user("danh-sach-bt", Role.EDITOR);
		mvc.perform(get("/admin/users").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cán bộ danh-sach-bt")))
			.andExpect(content().string(containsString("Biên tập viên")))
			.andExpect(content().string(containsString("Đang hoạt động")));
	}

	@Test
	void anAdministratorCreatesAUserWhoCanThenLogIn() throws Exception {
		mvc.perform(newUser("nguyenvanan", "Nguyễn Văn An", "EDITOR", "Tinhgian6666bienche").with(user(admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("flashMessage", "user.flash.created"));
		UserAccount created = users.findByUsernameIgnoreCase("nguyenvanan").orElseThrow();
		assertThat(created.getDisplayName()).isEqualTo("Nguyễn Văn An");
		assertThat(created.getRole()).isEqualTo(Role.EDITOR);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
		mvc.perform(login("nguyenvanan", "Tinhgian6666bienche", "10.20.1.1"))
			.andExpect(redirectedUrl("/admin"));
	}

	@Test
	void invalidInputIsExplainedInVietnameseNextToEachFieldAndNothingIsSaved() throws Exception {
		long before = users.count();
		String page = mvc.perform(newUser("có dấu", "", "", "matkhau123").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page)
			.contains("id=\"username-error\">Tên đăng nhập chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.<")
			.contains("id=\"displayName-error\">Vui lòng nhập họ và tên.<")
			.contains("id=\"role-error\">Vui lòng chọn vai trò.<")
			.contains("id=\"password-error\">Mật khẩu này quá phổ biến, rất dễ bị đoán. Vui lòng chọn mật khẩu khác.<")
			.contains("Chưa lưu được. Vui lòng sửa các mục được đánh dấu bên dưới.")
			.doesNotContain("matkhau123");
		assertThat(users.count()).isEqualTo(before);

		String weak = mvc.perform(newUser("ngan-qua", "Mật khẩu ngắn", "AUTHOR", "abc12").with(user(admin)))
			.andReturn().getResponse().getContentAsString();
		assertThat(weak).contains("Mật khẩu phải có ít nhất 10 ký tự.");
		String sameAsName = mvc.perform(newUser("tranthib2024", "Trần Thị B", "AUTHOR", "TranThiB2024").with(user(admin)))
			.andReturn().getResponse().getContentAsString();
		assertThat(sameAsName).contains("Mật khẩu không được trùng với tên đăng nhập.");
		String mismatch = mvc.perform(newUser("khong-khop", "Không khớp", "AUTHOR", "Tinhgian6666bienche")
				.param("passwordConfirmation", "Tinhgian6666bienchx").with(user(admin)))
			.andReturn().getResponse().getContentAsString();
		assertThat(mismatch).contains("id=\"passwordConfirmation-error\">Hai lần nhập mật khẩu mới không khớp nhau.<");
		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void aUsernameTakenInAnyCaseIsRefusedClearly() throws Exception {
		content.user("trungten", Role.AUTHOR);
		long before = users.count();
		mvc.perform(newUser("TrungTen", "Người trùng tên", "AUTHOR", "Tinhgian6666bienche").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"username-error\">Tên đăng nhập này đã có người dùng (không phân biệt chữ hoa, chữ thường). Vui lòng chọn tên khác.<")));
		assertThat(users.count()).isEqualTo(before);
	}

	@Test
	void anAdministratorChangesNameAndRole() throws Exception {
		PortalUser author = content.user("len-bien-tap", Role.AUTHOR);
		long version = users.findById(author.id()).orElseThrow().getVersion();
		mvc.perform(update(author.id(), "Lê Văn Lên", "EDITOR", version).with(user(admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/users"));
		UserAccount saved = users.findById(author.id()).orElseThrow();
		assertThat(saved.getDisplayName()).isEqualTo("Lê Văn Lên");
		assertThat(saved.getRole()).isEqualTo(Role.EDITOR);
	}

	@Test
	void aStaleFormAnswers409AndSavesNothing() throws Exception {
		PortalUser author = content.user("sua-cung-luc", Role.AUTHOR);
		long loaded = users.findById(author.id()).orElseThrow().getVersion();
		mvc.perform(update(author.id(), "Bản thứ nhất", "AUTHOR", loaded).with(user(admin)))
			.andExpect(status().isFound());
		mvc.perform(update(author.id(), "Bản thứ hai", "EDITOR", loaded).with(user(admin)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Tài khoản này vừa được người khác thay đổi")));
		UserAccount saved = users.findById(author.id()).orElseThrow();
		assertThat(saved.getDisplayName()).isEqualTo("Bản thứ nhất");
		assertThat(saved.getRole()).isEqualTo(Role.AUTHOR);
		mvc.perform(post("/admin/users/" + author.id() + "/disable").with(csrf()).with(user(admin))
				.param("version", String.valueOf(loaded)))
			.andExpect(status().isConflict());
		assertThat(users.findById(author.id()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anAdministratorCannotDemoteOrDisableThemselves() throws Exception {
		PortalUser self = content.user("tu-ha-quyen", Role.ADMIN);
		long version = users.findById(self.id()).orElseThrow().getVersion();
		mvc.perform(update(self.id(), "Tự hạ quyền", "EDITOR", version).with(user(self)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"id=\"role-error\">Bạn không thể tự hạ quyền quản trị của chính mình. Hãy nhờ một quản trị viên khác làm việc này.<")));
		assertThat(users.findById(self.id()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);

		mvc.perform(post("/admin/users/" + self.id() + "/disable").with(csrf()).with(user(self))
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users/" + self.id() + "/edit"))
			.andExpect(flash().attribute("flashError", "user.rule.selfDisable"));
		assertThat(users.findById(self.id()).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void aDisabledUserCanNoLongerLogInAndTheirOpenSessionEnds() throws Exception {
		PortalUser reporter = content.user("bi-khoa", Role.AUTHOR);
		MockHttpSession session = (MockHttpSession) mvc
			.perform(login("bi-khoa", fixturePassword("bi-khoa"), "10.20.2.1"))
			.andExpect(redirectedUrl("/admin"))
			.andReturn().getRequest().getSession(false);
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		long version = users.findById(reporter.id()).orElseThrow().getVersion();
		mvc.perform(post("/admin/users/" + reporter.id() + "/disable").with(csrf()).with(user(admin))
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users/" + reporter.id() + "/edit"))
			.andExpect(flash().attribute("flashMessage", "user.flash.disabled"));
		assertThat(users.findById(reporter.id()).orElseThrow().isEnabled()).isFalse();

		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(login("bi-khoa", fixturePassword("bi-khoa"), "10.20.2.1")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/admin/users").with(user(admin)))
			.andExpect(content().string(allOf(containsString("Cán bộ bi-khoa"), containsString("Đã khóa"))));

		mvc.perform(post("/admin/users/" + reporter.id() + "/enable").with(csrf()).with(user(admin))
				.param("version", String.valueOf(version + 1)))
			.andExpect(flash().attribute("flashMessage", "user.flash.enabled"));
		mvc.perform(login("bi-khoa", fixturePassword("bi-khoa"), "10.20.2.1")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void anAdministratorResetsAPasswordUnderThePolicy() throws Exception {
		PortalUser reporter = content.user("quen-mk", Role.AUTHOR);
		long version = users.findById(reporter.id()).orElseThrow().getVersion();
		mvc.perform(reset(reporter.id(), "password123", version).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\">Mật khẩu này quá phổ biến")))
			.andExpect(content().string(not(containsString("password123"))));
		mvc.perform(login("quen-mk", fixturePassword("quen-mk"), "10.20.3.1")).andExpect(redirectedUrl("/admin"));

		mvc.perform(reset(reporter.id(), "Daihoi129dongchi", version).with(user(admin)))
			.andExpect(redirectedUrl("/admin/users/" + reporter.id() + "/edit"))
			.andExpect(flash().attribute("flashMessage", "user.flash.passwordReset"));
		mvc.perform(login("quen-mk", fixturePassword("quen-mk"), "10.20.3.1")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(login("quen-mk", "Daihoi129dongchi", "10.20.3.1")).andExpect(redirectedUrl("/admin"));
	}

	@Test
	void theNavigationOffersUsersAndAuditToAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin").with(user(admin)))
			.andExpect(content().string(allOf(containsString("href=\"/admin/users\""),
					containsString("href=\"/admin/audit\""), containsString("href=\"/admin/account/password\""))));
		PortalUser editor = content.user("nav-editor", Role.EDITOR);
		mvc.perform(get("/admin").with(user(editor)))
			.andExpect(content().string(allOf(not(containsString("href=\"/admin/users\"")),
					not(containsString("href=\"/admin/audit\"")), containsString("Đổi mật khẩu"))));
	}

	@Test
	void theNavigationIsGroupedByWorkShowsEachRoleItsOwnAndMarksTheCurrentPage() throws Exception {
		PortalUser statistician = content.user("nav-statistics", Role.STATISTICS);
		mvc.perform(get("/admin/staffing").with(user(statistician)))
			.andExpect(content().string(allOf(containsString("Hồ sơ, số liệu"),
					containsString("href=\"/admin/staffing\" aria-current=\"page\""),
					containsString("href=\"/admin/congresses\""), not(containsString("href=\"/admin/meetings\"")),
					not(containsString("href=\"/admin/articles\"")), not(containsString("Tin bài")),
					not(containsString("Bạn đọc")), not(containsString("Hệ thống")))));
		PortalUser author = content.user("nav-author", Role.AUTHOR);
		mvc.perform(get("/admin/articles/new").with(user(author)))
			.andExpect(content().string(allOf(containsString("href=\"/admin/articles/new\" aria-current=\"page\""),
					not(containsString("href=\"/admin/articles\" aria-current")),
					not(containsString("href=\"/admin/categories\"")), not(containsString("Hồ sơ, số liệu")),
					not(containsString("href=\"/admin/comments\"")))));
		mvc.perform(get("/admin").with(user(admin)))
			.andExpect(content().string(allOf(containsString("href=\"/admin\" aria-current=\"page\""),
					containsString("Trang thông tin"), containsString("href=\"/admin/search\""),
					not(containsString("href=\"/admin/articles\" aria-current")))));
	}

	private static MockHttpServletRequestBuilder newUser(String username, String displayName, String role,
			String password) {
		return post("/admin/users").with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("role", role)
			.param("password", password)
			.param("passwordConfirmation", password);
	}

	private static MockHttpServletRequestBuilder update(Long id, String displayName, String role, long version) {
		return post("/admin/users/" + id).with(csrf())
			.param("displayName", displayName)
			.param("role", role)
			.param("version", String.valueOf(version));
	}

	private static MockHttpServletRequestBuilder reset(Long id, String password, long version) {
		return post("/admin/users/" + id + "/password").with(csrf())
			.param("password", password)
			.param("passwordConfirmation", password)
			.param("version", String.valueOf(version));
	}

}
