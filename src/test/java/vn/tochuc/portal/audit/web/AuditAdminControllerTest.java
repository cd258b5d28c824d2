package vn.tochuc.portal.audit.web;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.platform.StaffAction;
import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit page at /admin/audit: administrators only, filters, newest first, pages, read-only. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AuditAdminControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	MutableClock clock;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		admin = content.admin();
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyAdministratorsSeeTheAuditLog() throws Exception {
		mvc.perform(get("/admin/audit").with(user(admin))).andExpect(status().isOk());
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR, Role.STATISTICS }) {
			PortalUser other = content.user("nhat-ky-" + role.name().toLowerCase(), role);
			mvc.perform(get("/admin/audit").with(user(other))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void filtersByActorInAnyCase() throws Exception {
		PortalUser a = content.user("loc-nguoi-a", Role.EDITOR);
		PortalUser b = content.user("loc-nguoi-b", Role.EDITOR);
		record(at("2025-04-01T09:00"), a, "article.publish", "article", 1, "Bài của người A");
		record(at("2025-04-01T09:05"), b, "article.publish", "article", 2, "Bài của người B");
		assertThat(page(audit().param("actor", "LOC-NGUOI-A"))).contains("Bài của người A").doesNotContain("Bài của người B");
	}

	@Test
	void filtersByActionAndByTarget() throws Exception {
		PortalUser editor = content.user("loc-thao-tac", Role.EDITOR);
		record(at("2025-04-02T09:00"), editor, "article.unpublish", "article", 5151, "Gỡ bài loc-thao-tac");
		record(at("2025-04-02T09:01"), editor, "category.update", "category", 5151, "Đổi tên chuyên mục loc-thao-tac");
		record(at("2025-04-02T09:02"), editor, "category.update", "category", 5252, "Đổi tên chuyên mục khác loc-thao-tac");

		assertThat(page(audit().param("actor", "loc-thao-tac").param("action", "article.unpublish")))
			.contains("Gỡ bài loc-thao-tac").doesNotContain("Đổi tên chuyên mục");
		assertThat(page(audit().param("targetType", "category").param("targetId", "5151")))
			.contains("Đổi tên chuyên mục loc-thao-tac").doesNotContain("Gỡ bài loc-thao-tac")
			.doesNotContain("Đổi tên chuyên mục khác loc-thao-tac");
		assertThat(page(audit())).contains("<option value=\"article.unpublish\">")
			.contains("<option value=\"category\">Chuyên mục</option>");
	}

	@Test
	void filtersByDaysInTheDepartmentsTimeZoneTypedEitherWay() throws Exception {
		PortalUser editor = content.user("loc-ngay", Role.EDITOR);
		record(at("2025-03-01T10:00"), editor, "article.save", "article", 1, "Ngày một tháng ba");
		record(at("2025-03-05T08:00"), editor, "article.save", "article", 2, "Sáng năm tháng ba");
		record(at("2025-03-05T23:30"), editor, "article.save", "article", 3, "Khuya năm tháng ba");
		record(at("2025-03-06T00:10"), editor, "article.save", "article", 4, "Rạng sáng sáu tháng ba");

		for (String[] range : new String[][] { { "2025-03-02", "2025-03-05" }, { "02/03/2025", "05/03/2025" } }) {
			assertThat(page(audit().param("actor", "loc-ngay").param("from", range[0]).param("to", range[1])))
				.contains("Sáng năm tháng ba").contains("Khuya năm tháng ba")
				.doesNotContain("Ngày một tháng ba").doesNotContain("Rạng sáng sáu tháng ba")
				.contains("value=\"2025-03-02\"").contains("05/03/2025 23:30");
		}
	}

	@Test
	void anImpossibleDateIsExplainedNextToItsField() throws Exception {
		assertThat(page(audit().param("from", "31/02/2025")))
			.contains("id=\"from-error\">Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/07/2025.<");
		assertThat(page(audit().param("from", "2025-03-05").param("to", "2025-03-01")))
			.contains("id=\"to-error\">Ngày kết thúc phải sau ngày bắt đầu.<");
	}

	@Test
	void findsWordsInTheSummaryWithOrWithoutAccents() throws Exception {
		PortalUser editor = content.user("loc-noi-dung", Role.EDITOR);
		record(at("2025-04-03T09:00"), editor, "article.publish", "article", 1,
				"Đại hội Đảng bộ khối doanh nghiệp tỉnh, bầu 129 đồng chí");
		record(at("2025-04-03T09:01"), editor, "article.publish", "article", 2, "Tinh giản 6.666 biên chế");
		assertThat(page(audit().param("q", "dang bo khoi doanh")))
			.contains("Đại hội Đảng bộ khối doanh nghiệp tỉnh").doesNotContain("Tinh giản 6.666 biên chế");
		assertThat(page(audit().param("q", "100%"))).doesNotContain("Tinh giản 6.666 biên chế");
	}

	@Test
	void showsTheNewestFirstFiftyToAPage() throws Exception {
		PortalUser editor = content.user("loc-trang", Role.EDITOR);
		Instant first = at("2025-05-01T08:00");
		for (int i = 1; i <= 55; i++) {
			record(first.plusSeconds(60L * i), editor, "article.save", "article", i, "Lưu bản nháp số " + i + ".");
		}
		String one = page(audit().param("actor", "loc-trang"));
		assertThat(one).contains("Có 55 sự kiện").contains("Lưu bản nháp số 55.").contains("Lưu bản nháp số 6.")
			.doesNotContain("Lưu bản nháp số 5.").contains("page=2");
		assertThat(one.indexOf("Lưu bản nháp số 55.")).isLessThan(one.indexOf("Lưu bản nháp số 54."));
		String two = page(audit().param("actor", "loc-trang").param("page", "2"));
		assertThat(two).contains("Lưu bản nháp số 5.").contains("Lưu bản nháp số 1.").doesNotContain("Lưu bản nháp số 6.");
	}

	@Test
	void startUpActionsAreShownAsTheSystems() throws Exception {
		assertThat(page(audit().param("action", "user.create").param("targetType", "user")
			.param("targetId", String.valueOf(admin.id()))))
			.contains("Hệ thống").contains("admin – Quản trị hệ thống (ADMIN)");
	}

	@Test
	void theLogCannotBeChangedFromTheWeb() throws Exception {
		record(at("2025-04-04T09:00"), admin, "article.delete", "article", 9, "Không xóa được dòng này");
		mvc.perform(post("/admin/audit").with(csrf()).with(user(admin))).andExpect(status().isMethodNotAllowed());
		mvc.perform(put("/admin/audit/1").with(csrf()).with(user(admin))).andExpect(status().isNotFound());
		mvc.perform(delete("/admin/audit/1").with(csrf()).with(user(admin))).andExpect(status().isNotFound());
		assertThat(page(audit())).contains("Không xóa được dòng này");
	}

	private MockHttpServletRequestBuilder audit() {
		return get("/admin/audit").with(user(admin));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** A staff action as a feature would publish it, at a time in Asia/Ho_Chi_Minh. */
	private void record(Instant when, PortalUser actor, String action, String targetType, Object targetId,
			String summary) {
		clock.set(when);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities()));
		try {
			publisher.publishEvent(new StaffAction(action, targetType, targetId, summary));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Instant at(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + ":00+07:00").toInstant();
	}

}
