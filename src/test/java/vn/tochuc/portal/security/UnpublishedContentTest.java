package vn.tochuc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Drafts, previews and revisions: not for the public, nor for staff without the right. */
@SpringBootTest
@AutoConfigureMockMvc
class UnpublishedContentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void aDraftLooksExactlyLikeAnArticleThatDoesNotExist() throws Exception {
		Category category = content.category("Bản nháp kín " + System.nanoTime());
		Article draft = content.draft(category, "Dự thảo nhân sự chưa công bố " + System.nanoTime());
		assertThat(status(get(draft.getPath()))).isEqualTo(404);
		assertThat(status(get("/bai-viet/khong-co-bai-nay-" + System.nanoTime()))).isEqualTo(404);
		String drafted = mvc.perform(get(draft.getPath())).andReturn().getResponse().getContentAsString();
		assertThat(drafted).doesNotContain(draft.getTitle());
		// Staff routes by id send the public to the login page, whatever the id.
		for (String path : new String[] { "/admin/articles/" + draft.getId() + "/preview",
				"/admin/articles/" + draft.getId() + "/edit", "/admin/articles/" + draft.getId() + "/revisions",
				"/admin/articles/987654321/preview" }) {
			assertThat(status(get(path))).as(path).isEqualTo(302);
		}
	}

	@Test
	void anotherAuthorCannotOpenSomeoneElsesDraftAndStaffOutsideTheNewsroomCannotEither() throws Exception {
		Category category = content.category("Bản nháp người khác " + System.nanoTime());
		Article draft = content.draft(category, "Bản nháp của quản trị " + System.nanoTime());
		PortalUser author = content.user("tac-gia-khac", Role.AUTHOR);
		PortalUser statistics = content.user("thong-ke-nhap", Role.STATISTICS);
		for (String path : new String[] { "/admin/articles/" + draft.getId() + "/preview",
				"/admin/articles/" + draft.getId() + "/edit", "/admin/articles/" + draft.getId() + "/revisions" }) {
			String body = mvc.perform(get(path).with(user(author))).andReturn().getResponse().getContentAsString();
			assertThat(status(get(path).with(user(author)))).as(path).isIn(403, 404);
			assertThat(body).as(path).doesNotContain(draft.getTitle());
			assertThat(status(get(path).with(user(statistics)))).as(path).isEqualTo(403);
		}
		assertThat(status(get("/admin/articles/trash").with(user(author)))).isEqualTo(403);
	}

}
