package vn.tochuc.portal.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's website-links box and banner. */
@SpringBootTest
@AutoConfigureMockMvc
class SiteAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	SiteSettings settings;

	@Test
	void theAdministratorAddsEditsAndDeletesAWebsiteLinkThatReadersSeeAtOnce() throws Exception {
		PortalUser admin = content.admin();
		String name = "Cổng thông tin Ban Tổ chức Trung ương " + System.nanoTime();
		mvc.perform(post("/admin/links").with(user(admin)).with(csrf())
				.param("title", name).param("url", "https://xaydungdang.org.vn").param("position", "0").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(content().string(containsString(name)));
		WebsiteLink link = settings.links().stream().filter((l) -> l.getTitle().equals(name)).findFirst().orElseThrow();

		mvc.perform(post("/admin/links/{id}", link.getId()).with(user(admin)).with(csrf())
				.param("title", name + " (mới)").param("url", "javascript:alert(1)").param("position", "0")
				.param("version", String.valueOf(link.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Địa chỉ phải bắt đầu bằng http:// hoặc https://")));
		mvc.perform(post("/admin/links/{id}", link.getId()).with(user(admin)).with(csrf())
				.param("title", name + " (mới)").param("url", "https://xaydungdang.org.vn/").param("position", "0")
				.param("version", String.valueOf(link.getVersion())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/gop-y")).andExpect(content().string(containsString(name + " (mới)")));
		// The form that was loaded before the edit is stale now.
		mvc.perform(post("/admin/links/{id}/delete", link.getId()).with(user(admin)).with(csrf())
				.param("version", String.valueOf(link.getVersion())))
			.andExpect(status().isConflict());
		mvc.perform(post("/admin/links/{id}/delete", link.getId()).with(user(admin)).with(csrf())
				.param("version", String.valueOf(link.getVersion() + 1)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/gop-y")).andExpect(content().string(not(containsString(name))));
	}

	@Test
	void theBannerLinesAreTheAdministratorsAndFallBackToTheConfiguredName() throws Exception {
		PortalUser admin = content.admin();
		mvc.perform(get("/admin/banner").with(user(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Biểu trưng mặc định")));
		SiteBanner banner = settings.bannerSettings();
		mvc.perform(post("/admin/banner").with(user(admin)).with(csrf())
				.param("ownerLine", "ĐẢNG BỘ TỈNH NGHỆ AN").param("nameLine", "BAN TỔ CHỨC TỈNH ỦY")
				.param("tagline", "Trang thông tin điện tử").param("imageId", "")
				.param("version", String.valueOf(banner.getVersion())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/gop-y"))
			.andExpect(content().string(containsString("<span class=\"brand-name\">BAN TỔ CHỨC TỈNH ỦY</span>")))
			.andExpect(content().string(containsString("Trang thông tin điện tử")));
		mvc.perform(post("/admin/banner").with(user(admin)).with(csrf())
				.param("ownerLine", "").param("nameLine", "").param("tagline", "").param("imageId", "999999")
				.param("version", String.valueOf(banner.getVersion() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ảnh đã chọn không còn trong thư viện.")));
		mvc.perform(post("/admin/banner").with(user(admin)).with(csrf())
				.param("ownerLine", "").param("nameLine", "").param("tagline", "").param("imageId", "")
				.param("version", String.valueOf(banner.getVersion() + 1)))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/gop-y")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<span class=\"brand-name\">Ban Tổ chức Tỉnh ủy Nghệ An</span>");
	}

	@Test
	void linksAndBannerAreForTheAdministratorOnly() throws Exception {
		for (Role role : new Role[] { Role.EDITOR, Role.AUTHOR, Role.STATISTICS }) {
			PortalUser staff = content.user("lienket-" + role.name().toLowerCase(), role);
			mvc.perform(get("/admin/links").with(user(staff))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/banner").with(user(staff))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/links").with(user(content.admin()))).andExpect(status().isOk());
		mvc.perform(get("/admin/links/new").with(user(content.admin()))).andExpect(status().isOk());
	}

}
