package vn.tochuc.portal.news.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleRepository;
import vn.tochuc.portal.news.ArticleStatus;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract's article form, role rules and optimistic locking, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleWorkflowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	ArticleRepository articles;

	Category category;

	PortalUser editor;

	PortalUser author;

	PortalUser otherAuthor;

	PortalUser statistics;

	@BeforeEach
	void setUp() {
		category = content.category("Công tác cán bộ " + System.nanoTime());
		editor = content.user("bientap", Role.EDITOR);
		author = content.user("phongvien", Role.AUTHOR);
		otherAuthor = content.user("phongvien2", Role.AUTHOR);
		statistics = content.user("thongke", Role.STATISTICS);
	}

	@Test
	void createRedirectsToTheEditPageWithTheIdInItsUrl() throws Exception {
		String location = mvc.perform(form(post("/admin/articles"), "Bài mới của biên tập viên", 0, "save").with(user(editor)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/articles/*/edit"))
			.andReturn().getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.split("/")[3]);
		Article saved = articles.findById(id).orElseThrow();
		assertThat(saved.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(saved.getTitle()).isEqualTo("Bài mới của biên tập viên");
		String editPage = mvc.perform(get(location).with(user(editor))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(editPage)).contains("value=\"Bài mới của biên tập viên\"");
	}

	@Test
	void anAuthorCannotPublishButCanSubmitForReview() throws Exception {
		mvc.perform(form(post("/admin/articles"), "Phóng viên tự xuất bản", 0, "publish").with(user(author)))
			.andExpect(status().isForbidden());
		assertThat(articles.findAll()).noneMatch((a) -> a.getTitle().equals("Phóng viên tự xuất bản"));

		Long id = idOf(mvc.perform(form(post("/admin/articles"), "Phóng viên gửi duyệt", 0, "submit").with(user(author)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
		assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PENDING);

		mvc.perform(form(post("/admin/articles/" + id), "Phóng viên gửi duyệt", 0, "publish").with(user(author)))
			.andExpect(status().isForbidden());
		assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PENDING);

		mvc.perform(form(post("/admin/articles/" + id), "Phóng viên gửi duyệt", 0, "publish").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		Article published = articles.findById(id).orElseThrow();
		assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.getPublishedAt()).isNotNull();
		mvc.perform(get(published.getPath())).andExpect(status().isOk());
	}

	@Test
	void onlyEditorsDecideWhatLeadsTheHomePage() throws Exception {
		Long id = idOf(mvc.perform(form(post("/admin/articles"), "Phóng viên tự đặt tin tiêu điểm", 0, "save")
				.param("featured", "true").with(user(author))).andReturn().getResponse().getRedirectedUrl());
		assertThat(articles.findById(id).orElseThrow().isFeatured()).isFalse();
		mvc.perform(form(post("/admin/articles/" + id), "Phóng viên tự đặt tin tiêu điểm", 0, "save")
				.param("featured", "true").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		Article featured = articles.findById(id).orElseThrow();
		assertThat(featured.isFeatured()).isTrue();
		mvc.perform(form(post("/admin/articles/" + id), "Phóng viên tự đặt tin tiêu điểm", featured.getVersion(), "save")
				.with(user(author)))
			.andExpect(status().is3xxRedirection());
		assertThat(articles.findById(id).orElseThrow().isFeatured()).as("an author's save keeps the editor's choice").isTrue();
	}

	@Test
	void anAuthorCannotSeeOrEditSomeoneElsesArticle() throws Exception {
		Long id = idOf(mvc.perform(form(post("/admin/articles"), "Bài của phóng viên thứ nhất", 0, "save").with(user(author)))
			.andReturn().getResponse().getRedirectedUrl());
		mvc.perform(get("/admin/articles/" + id + "/edit").with(user(otherAuthor))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/articles/" + id + "/preview").with(user(otherAuthor))).andExpect(status().isForbidden());
		mvc.perform(form(post("/admin/articles/" + id), "Sửa trộm", 0, "save").with(user(otherAuthor)))
			.andExpect(status().isForbidden());
		assertThat(articles.findById(id).orElseThrow().getTitle()).isEqualTo("Bài của phóng viên thứ nhất");
		mvc.perform(get("/admin/articles").with(user(otherAuthor)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Bài của phóng viên thứ nhất"))));
	}

	@Test
	void rolesReachOnlyTheirPages() throws Exception {
		mvc.perform(get("/admin/articles").with(user(statistics))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/media").with(user(statistics))).andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(user(statistics))).andExpect(status().isOk());
		mvc.perform(get("/admin/categories").with(user(author))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/categories").with(user(editor))).andExpect(status().isOk());
		mvc.perform(get("/admin/articles/new").with(user(author))).andExpect(status().isOk());
		mvc.perform(get("/admin/media").with(user(author))).andExpect(status().isOk());
		mvc.perform(get("/admin/users").with(user(editor))).andExpect(status().isForbidden());
	}

	@Test
	void aSaveFromAStaleVersionAnswers409WithBothVersionsAndOverwritesNothing() throws Exception {
		Long id = idOf(mvc.perform(form(post("/admin/articles"), "Bản gốc", 0, "save").with(user(editor)))
			.andReturn().getResponse().getRedirectedUrl());
		long loadedVersion = articles.findById(id).orElseThrow().getVersion();

		mvc.perform(form(post("/admin/articles/" + id), "Bản của người thứ nhất", loadedVersion, "save").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post("/admin/articles/" + id), "Bản của người thứ hai", loadedVersion, "save").with(user(editor)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bản của người thứ nhất")))
			.andExpect(content().string(containsString("Bản của người thứ hai")));

		assertThat(articles.findById(id).orElseThrow().getTitle()).isEqualTo("Bản của người thứ nhất");
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		mvc.perform(post("/admin/articles").with(user(editor)).param("title", "Không có mã CSRF")
				.param("categoryId", String.valueOf(category.getId())).param("action", "save"))
			.andExpect(status().isForbidden());
		assertThat(articles.findAll()).noneMatch((a) -> a.getTitle().equals("Không có mã CSRF"));
	}

	@Test
	void unpublishingTakesAnArticleOffThePublicSite() throws Exception {
		Long id = idOf(mvc.perform(form(post("/admin/articles"), "Bài sẽ bị gỡ xuống", 0, "publish").with(user(editor)))
			.andReturn().getResponse().getRedirectedUrl());
		Article live = articles.findById(id).orElseThrow();
		mvc.perform(get(live.getPath())).andExpect(status().isOk());
		mvc.perform(form(post("/admin/articles/" + id), "Bài sẽ bị gỡ xuống", live.getVersion(), "unpublish").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(live.getPath())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/articles/" + id + "/preview").with(user(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản xem trước")));
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, long version,
			String action) {
		return request.with(csrf())
			.param("title", title)
			.param("summary", "Sapo")
			.param("body", "<p>Nội dung</p>")
			.param("categoryId", String.valueOf(category.getId()))
			.param("author", "Phóng viên")
			.param("source", "")
			.param("version", String.valueOf(version))
			.param("action", action);
	}

	private static Long idOf(String editUrl) {
		return Long.valueOf(editUrl.split("/")[3]);
	}

}
