package vn.tochuc.portal.about;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Giới thiệu" in both languages, the chart, the leadership, the contacts, and who manages them. */
@SpringBootTest
@AutoConfigureMockMvc
class AboutPagesTest {

	static final Cookie ENGLISH = new Cookie("portal-lang", "en");

	@Autowired
	MockMvc mvc;

	@Autowired
	AboutService about;

	@Autowired
	TestContent content;

	@Test
	void aTextPageShowsVietnameseByDefaultAndEnglishToEnglishReaders() throws Exception {
		AboutPage page = about.createPage(new AboutText("Chức năng, nhiệm vụ " + System.nanoTime(), "Functions and duties",
				"<p>Tham mưu cho Tỉnh ủy về công tác tổ chức, cán bộ.</p><script>alert(1)</script>",
				"<p>Advises the Provincial Party Committee on organisation and cadres.</p>", 1));
		assertThat(page.getSlug()).startsWith("chuc-nang-nhiem-vu-");
		mvc.perform(get(page.getPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"page-title\">" + page.getTitleVi() + "</h1>")))
			.andExpect(content().string(containsString("Tham mưu cho Tỉnh ủy về công tác tổ chức, cán bộ.")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("rel=\"canonical\" href=\"http://localhost:8080" + page.getPath() + "\"")));
		mvc.perform(get(page.getPath()).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("<h1 class=\"page-title\">Functions and duties</h1>")))
			.andExpect(content().string(containsString("Advises the Provincial Party Committee")))
			.andExpect(content().string(not(containsString("Tham mưu cho Tỉnh ủy"))));
	}

	@Test
	void withoutATranslationEnglishReadersGetTheVietnameseTextAndANote() throws Exception {
		AboutPage page = about.createPage(new AboutText("Lịch sử " + System.nanoTime(), null,
				"<p>Ban ra đời cùng tổ chức Đảng của tỉnh.</p>", null, 2));
		mvc.perform(get(page.getPath()).cookie(ENGLISH))
			.andExpect(content().string(containsString("<h1 class=\"page-title\">" + page.getTitleVi() + "</h1>")))
			.andExpect(content().string(containsString("Ban ra đời cùng tổ chức Đảng của tỉnh.")))
			.andExpect(content().string(containsString("This page has no English version yet")))
			.andExpect(content().string(containsString("lang=\"vi\"")));
		mvc.perform(get("/gioi-thieu/khong-co-trang-nay")).andExpect(status().isNotFound());
	}

	@Test
	void theOrganisationChartNestsUnitsAndRefusesCycles() throws Exception {
		String tag = " " + System.nanoTime();
		AboutUnit top = about.createUnit(null, "Lãnh đạo Ban" + tag, "Leadership" + tag, 1);
		AboutUnit office = about.createUnit(top.getId(), "Văn phòng Ban" + tag, "Office" + tag, 1);
		AboutUnit team = about.createUnit(office.getId(), "Tổ Hồ sơ" + tag, null, 1);
		String page = mvc.perform(get("/gioi-thieu/so-do-to-chuc")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		int topAt = page.indexOf("Lãnh đạo Ban" + tag);
		int officeAt = page.indexOf("Văn phòng Ban" + tag);
		int teamAt = page.indexOf("Tổ Hồ sơ" + tag);
		assertThat(topAt).isPositive().isLessThan(officeAt);
		assertThat(officeAt).isLessThan(teamAt);
		assertThat(page.substring(officeAt, teamAt)).contains("<ul>");
		mvc.perform(get("/gioi-thieu/so-do-to-chuc").cookie(ENGLISH))
			.andExpect(content().string(containsString("Office" + tag)))
			.andExpect(content().string(containsString("Tổ Hồ sơ" + tag)));

		assertThatThrownBy(() -> about.updateUnit(top.getId(), top.getVersion(), team.getId(), "Lãnh đạo Ban" + tag, null, 1))
			.isInstanceOf(AboutRuleException.class);
		assertThatThrownBy(() -> about.deleteUnit(office.getId(), office.getVersion()))
			.isInstanceOf(AboutRuleException.class);
	}

	@Test
	void leadershipAndContactsWithTheNamedOfficerInBothLanguages() throws Exception {
		String tag = " " + System.nanoTime();
		about.createLeader("Nguyễn Văn Minh" + tag, "Trưởng Ban Tổ chức Tỉnh ủy", "Head of the department", null, 1);
		mvc.perform(get("/gioi-thieu/lanh-dao"))
			.andExpect(content().string(containsString("Nguyễn Văn Minh" + tag)))
			.andExpect(content().string(containsString("Trưởng Ban Tổ chức Tỉnh ủy")));
		mvc.perform(get("/gioi-thieu/lanh-dao").cookie(ENGLISH))
			.andExpect(content().string(containsString("Head of the department")));

		AboutContact contact = about.contact();
		about.updateContact(contact.getVersion(), new ContactDetails("Số 7 Trường Thi, Vinh", "7 Truong Thi, Vinh",
				"0238 3844 555", null, "bantochuc@example.vn", "Hoàng Minh Tuấn" + tag, "Chánh Văn phòng", "Chief of office",
				"0238 3844 566", "vanphong@example.vn"));
		mvc.perform(get("/gioi-thieu/lien-he"))
			.andExpect(content().string(containsString("Cán bộ đầu mối cung cấp thông tin")))
			.andExpect(content().string(containsString("Hoàng Minh Tuấn" + tag)))
			.andExpect(content().string(containsString("Số 7 Trường Thi, Vinh")));
		mvc.perform(get("/gioi-thieu/lien-he").cookie(ENGLISH))
			.andExpect(content().string(containsString("7 Truong Thi, Vinh")))
			.andExpect(content().string(containsString("Chief of office")));
		mvc.perform(get("/gioi-thieu")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/gioi-thieu/so-do-to-chuc\"")));
	}

	@Test
	void onlyTheAdministratorManagesTheAboutPages() throws Exception {
		PortalUser admin = content.admin();
		mvc.perform(get("/admin/about").with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/admin/about/contact").with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/admin/about/pages/new").with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/admin/about/units/new").with(user(admin))).andExpect(status().isOk());
		mvc.perform(get("/admin/about/leaders/new").with(user(admin))).andExpect(status().isOk());
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR, Role.STATISTICS }) {
			mvc.perform(get("/admin/about").with(user(content.user("gioithieu-" + role.name().toLowerCase(), role))))
				.andExpect(status().isForbidden());
		}

		String title = "Quy chế làm việc " + System.nanoTime();
		mvc.perform(post("/admin/about/pages").with(user(admin)).with(csrf())
				.param("titleVi", title).param("bodyVi", "<p>Ban làm việc theo chế độ thủ trưởng.</p>")
				.param("titleEn", "").param("bodyEn", "").param("position", "3").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		AboutPage saved = about.pages().stream().filter((p) -> p.getTitleVi().equals(title)).findFirst().orElseThrow();
		mvc.perform(get(saved.getPath())).andExpect(content().string(containsString("chế độ thủ trưởng")));

		mvc.perform(post("/admin/about/pages/{id}", saved.getId()).with(user(admin)).with(csrf())
				.param("titleVi", "").param("bodyVi", "").param("position", "3").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tiêu đề tiếng Việt.")));
		mvc.perform(post("/admin/about/pages/{id}", saved.getId()).with(user(admin)).with(csrf())
				.param("titleVi", title).param("bodyVi", "<p>Đổi</p>").param("position", "3").param("version", "7"))
			.andExpect(status().isConflict());
	}

}
