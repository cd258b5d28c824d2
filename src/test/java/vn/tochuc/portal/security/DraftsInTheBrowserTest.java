package vn.tochuc.portal.security;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.Logins.fixturePassword;
import static vn.tochuc.portal.support.Logins.login;

/**
 * The editor keeps a copy of unsaved text in the browser (localStorage, see editor.js). The copy
 * is filed under the signed-in user, so the next person at the same browser is never offered it,
 * and logging out tells the browser to drop the portal's storage (admin.js removes the same keys
 * where the browser ignores the header).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftsInTheBrowserTest {

	static final Pattern DRAFT_KEY = Pattern.compile("data-draft-key=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	String draftKey(String path, PortalUser user) throws Exception {
		String page = mvc.perform(get(path).with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Matcher key = DRAFT_KEY.matcher(page);
		assertThat(key.find()).as("the editor's draft key on " + path).isTrue();
		return key.group(1);
	}

	@Test
	void theBrowsersCopyOfADraftBelongsToTheUserWhoTypedIt() throws Exception {
		PortalUser first = content.user("ban-nhap-mot", Role.EDITOR);
		PortalUser second = content.user("ban-nhap-hai", Role.EDITOR);
		Article article = content.draft(content.category("Bản nháp " + System.nanoTime()), "Bản nháp dùng chung " + System.nanoTime());
		String path = "/admin/articles/" + article.getId() + "/edit";

		assertThat(draftKey(path, first)).isEqualTo("user-" + first.id() + ":article-" + article.getId());
		assertThat(draftKey(path, second)).isEqualTo("user-" + second.id() + ":article-" + article.getId());
		assertThat(draftKey("/admin/articles/new", first)).isEqualTo("user-" + first.id() + ":article-new");
		assertThat(draftKey("/admin/articles/new", second)).isEqualTo("user-" + second.id() + ":article-new");
	}

	@Test
	void loggingOutTellsTheBrowserToDropThePortalsStorage() throws Exception {
		PortalUser editor = content.user("ban-nhap-dang-xuat", Role.EDITOR);
		MvcResult loggedIn = mvc.perform(login(editor.username(), fixturePassword(editor.username()), "10.66.0.1"))
			.andExpect(status().is3xxRedirection()).andReturn();
		MockHttpSession session = (MockHttpSession) loggedIn.getRequest().getSession(false);
		String admin = mvc.perform(get("/admin").session(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(admin).containsPattern("<form action=\"/logout\" method=\"post\" class=\"inline\" data-logout>");

		MvcResult loggedOut = mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout")).andReturn();
		assertThat(loggedOut.getResponse().getHeader("Clear-Site-Data")).isEqualTo("\"storage\"");
	}

}
