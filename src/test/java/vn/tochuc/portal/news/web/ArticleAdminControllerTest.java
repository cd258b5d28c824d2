package vn.tochuc.portal.news.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.accounts.StaffDirectory;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CategoryService;
import vn.tochuc.portal.news.EditingPresence;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
import vn.tochuc.portal.news.StaleArticleException;
import vn.tochuc.portal.platform.Formats;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.site.VisitCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The article form's web layer: security, validation in Vietnamese, redirects, conflicts, binding. */
@WebMvcTest(ArticleAdminController.class)
@Import({ ArticleAdminControllerTest.PortalSecurity.class, Formats.class })
@EnableConfigurationProperties(PortalProperties.class)
class ArticleAdminControllerTest {

	static final PortalUser AUTHOR = new PortalUser(1L, "author", "x", "Phóng viên", Role.AUTHOR, true);

	static final PortalUser EDITOR = new PortalUser(2L, "editor", "x", "Biên tập viên", Role.EDITOR, true);

	static final PortalUser STATISTICS = new PortalUser(3L, "thongke", "x", "Thống kê", Role.STATISTICS, true);

	/** The portal's own security rules; the class is package-private in the accounts package. */
	static class PortalSecurity implements ImportSelector {

		@Override
		public String[] selectImports(AnnotationMetadata metadata) {
			return new String[] { "vn.tochuc.portal.accounts.SecuritySliceConfiguration" };
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ArticleService articles;

	@MockitoBean
	CategoryService categories;

	@MockitoBean
	StaffDirectory staff;

	@MockitoBean
	MediaLibrary media;

	@MockitoBean
	EditingPresence presence;

	@MockitoBean
	VisitCounter visits;

	Category category;

	@BeforeEach
	void setUp() {
		category = new Category("cong-tac-can-bo", "Công tác cán bộ", null, 1, true);
		ReflectionTestUtils.setField(category, "id", 3L);
		when(categories.all()).thenReturn(List.of(category));
		when(articles.list(any(), any(), anyInt(), anyInt())).thenReturn(Page.empty());
	}

	// ---- who may come in ----------------------------------------------------------------

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		mvc.perform(get("/admin/articles").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
		verify(articles, never()).list(any(), any(), anyInt(), anyInt());
	}

	@Test
	void anonymousPostsAreRefusedAndSaveNothing() throws Exception {
		mvc.perform(validForm(post("/admin/articles")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		verify(articles, never()).create(any(), any(), any(), any());
	}

	@Test
	void statisticsStaffMayNotSeeArticles() throws Exception {
		mvc.perform(get("/admin/articles").with(user(STATISTICS))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/articles/new").with(user(STATISTICS))).andExpect(status().isForbidden());
		mvc.perform(validForm(post("/admin/articles")).with(user(STATISTICS)).with(csrf()))
			.andExpect(status().isForbidden());
		verify(articles, never()).create(any(), any(), any(), any());
	}

	@Test
	void authorsSeeTheArticleList() throws Exception {
		mvc.perform(get("/admin/articles").with(user(AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(view().name("news/admin/list"));
		verify(articles).list(any(), eq(AUTHOR), eq(0), anyInt());
	}

	@Test
	void theNewArticleFormIsInVietnameseWithTheAuthorsNameFilledIn() throws Exception {
		String html = page(mvc.perform(get("/admin/articles/new").with(user(AUTHOR)))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleAdminController.FORM_VIEW))
			.andReturn());
		assertThat(html).contains("Viết bài mới", "name=\"_csrf\"", "value=\"Phóng viên\"", "Công tác cán bộ");
		// An author has no publish button.
		assertThat(html).doesNotContain("value=\"publish\"");
	}

	@Test
	void editorsGetThePublishButton() throws Exception {
		String html = page(mvc.perform(get("/admin/articles/new").with(user(EDITOR))).andExpect(status().isOk())
			.andReturn());
		assertThat(html).contains("value=\"publish\"");
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		mvc.perform(validForm(post("/admin/articles")).with(user(AUTHOR))).andExpect(status().isForbidden());
		mvc.perform(validForm(post("/admin/articles")).with(user(AUTHOR)).with(csrf().useInvalidToken()))
			.andExpect(status().isForbidden());
		mvc.perform(validForm(post("/admin/articles/42"), "version", "1").with(user(EDITOR)))
			.andExpect(status().isForbidden());
		verify(articles, never()).create(any(), any(), any(), any());
		verify(articles, never()).update(any(), anyLong(), any(), any(), any(), any());
	}

	// ---- validation -----------------------------------------------------------------------

	@Test
	void aBlankTitleAndNoCategoryShowTheFormAgainWithVietnameseMessagesBesideTheFields() throws Exception {
		MvcResult result = mvc.perform(post("/admin/articles").with(user(AUTHOR)).with(csrf())
				.param("title", "   ")
				.param("summary", "Sapo vẫn được giữ lại")
				.param("body", "<p>Nội dung đã gõ</p>")
				.param("categoryId", "")
				.param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleAdminController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "categoryId", "NotNull"))
			.andReturn();

		String html = page(result);
		assertThat(errorBeside(html, "title")).isEqualTo("Vui lòng nhập tiêu đề.");
		assertThat(errorBeside(html, "categoryId")).isEqualTo("Vui lòng chọn chuyên mục.");
		assertThat(fieldErrors(html)).containsExactlyInAnyOrder("Vui lòng nhập tiêu đề.", "Vui lòng chọn chuyên mục.");
		assertThat(html).contains("Chưa lưu được. Vui lòng sửa các mục được đánh dấu bên dưới.");
		assertThat(html).contains("aria-invalid=\"true\"");
		// What was typed is still there.
		assertThat(html).contains("Sapo vẫn được giữ lại").contains("Nội dung đã gõ");
		verify(articles, never()).create(any(), any(), any(), any());
	}

	@Test
	void aTitleOverThreeHundredCharactersIsTooLong() throws Exception {
		String html = page(mvc.perform(validForm(post("/admin/articles"), "title", "Đ".repeat(301))
				.with(user(AUTHOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "Size"))
			.andReturn());
		assertThat(errorBeside(html, "title")).isEqualTo("Tiêu đề không được dài quá 300 ký tự.");
		assertThat(fieldErrors(html)).containsExactly("Tiêu đề không được dài quá 300 ký tự.");
		verify(articles, never()).create(any(), any(), any(), any());
	}

	@Test
	void aTitleOfExactlyThreeHundredCharactersIsAccepted() throws Exception {
		when(articles.create(any(), any(), any(), any())).thenReturn(article(42L, "Đ".repeat(300), 0));
		mvc.perform(validForm(post("/admin/articles"), "title", "Đ".repeat(300)).with(user(AUTHOR)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles/42/edit"));
	}

	@Test
	void anUnknownActionIsExplainedAndSavesNothing() throws Exception {
		String html = page(mvc.perform(validForm(post("/admin/articles"), "action", "delete")
				.with(user(EDITOR)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleAdminController.FORM_VIEW))
			.andExpect(model().attributeHasErrors("form"))
			.andReturn());
		assertThat(html).contains("Chưa lưu được. Vui lòng sửa các mục được đánh dấu bên dưới.")
			.contains("Thao tác không hợp lệ.");
		verify(articles, never()).create(any(), any(), any(), any());
	}

	// ---- saving -----------------------------------------------------------------------------

	@Test
	void aValidPostRedirectsToTheEditPageOfTheNewArticle() throws Exception {
		when(articles.create(any(), any(), any(), any())).thenReturn(article(42L, "Hội nghị trực tuyến", 0));

		mvc.perform(validForm(post("/admin/articles"), "action", "submit").with(user(AUTHOR)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles/42/edit"));

		ArgumentCaptor<ArticleContent> content = ArgumentCaptor.forClass(ArticleContent.class);
		ArgumentCaptor<EditorCommand> command = ArgumentCaptor.forClass(EditorCommand.class);
		verify(articles).create(content.capture(), isNull(), command.capture(), eq(AUTHOR));
		assertThat(content.getValue().title()).isEqualTo("Hội nghị trực tuyến");
		assertThat(content.getValue().summary()).isEqualTo("Sáng 15/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.");
		assertThat(content.getValue().categoryId()).isEqualTo(3L);
		assertThat(content.getValue().byline()).isEqualTo("Mai Hương – Cảnh Toàn");
		assertThat(command.getValue().action()).isEqualTo(EditorAction.SUBMIT);
	}

	@Test
	void theBodyReachesTheServiceSanitized() throws Exception {
		when(articles.create(any(), any(), any(), any())).thenReturn(article(42L, "Hội nghị trực tuyến", 0));
		mvc.perform(validForm(post("/admin/articles"), "body", "<p onclick=\"alert(1)\">Tin</p><script>alert(2)</script>")
				.with(user(AUTHOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		ArgumentCaptor<ArticleContent> content = ArgumentCaptor.forClass(ArticleContent.class);
		verify(articles).create(content.capture(), any(), any(), any());
		assertThat(content.getValue().body()).isEqualTo("<p>Tin</p>");
	}

	@Test
	void aValidUpdateRedirectsToTheEditPageToo() throws Exception {
		when(articles.update(eq(42L), eq(5L), any(), any(), any(), any())).thenReturn(article(42L, "Hội nghị", 6));
		mvc.perform(validForm(post("/admin/articles/42"), "version", "5", "action", "save")
				.with(user(EDITOR)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles/42/edit"));
		verify(articles).update(eq(42L), eq(5L), any(), isNull(), any(), eq(EDITOR));
	}

	@Test
	void aStaleUpdateAnswersConflictShowingBothVersions() throws Exception {
		Article current = article(42L, "Bản của biên tập viên đã lưu", 6);
		ArticleContent mine = new ArticleContent("Bản của phóng viên chưa lưu", "Sapo mới", "<p>Đoạn mới</p>", 3L,
				"Phóng viên", null, null, null, false);
		when(articles.update(eq(42L), eq(5L), any(), any(), any(), any())).thenThrow(stale(current, mine, 5L));

		String html = page(mvc.perform(validForm(post("/admin/articles/42"), "version", "5", "title",
				"Bản của phóng viên chưa lưu").with(user(AUTHOR)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(view().name("news/admin/conflict"))
			.andReturn());

		assertThat(html).contains("Bản của biên tập viên đã lưu", "Bản của phóng viên chưa lưu", "Sapo mới")
			.contains("/admin/articles/42/edit");
	}

	// ---- binding -------------------------------------------------------------------------------

	@Test
	void fieldsThatAreNotOnTheFormCannotBePosted() throws Exception {
		when(articles.create(any(), any(), any(), any())).thenReturn(article(42L, "Hội nghị trực tuyến", 0));

		mvc.perform(validForm(post("/admin/articles")).with(user(AUTHOR)).with(csrf())
				.param("status", "PUBLISHED")
				.param("id", "99")
				.param("owner", "2")
				.param("owner.id", "2")
				.param("slug", "trang-chu")
				.param("publishedAt", "2020-01-01T00:00:00Z")
				.param("deletedAt", "2020-01-01T00:00:00Z")
				.param("updatedBy", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/articles/42/edit"));

		ArgumentCaptor<ArticleContent> content = ArgumentCaptor.forClass(ArticleContent.class);
		ArgumentCaptor<EditorCommand> command = ArgumentCaptor.forClass(EditorCommand.class);
		verify(articles).create(content.capture(), isNull(), command.capture(), eq(AUTHOR));
		verify(articles, never()).update(any(), anyLong(), any(), any(), any(), any());
		assertThat(command.getValue().action()).isEqualTo(EditorAction.SAVE);
		assertThat(content.getValue()).isEqualTo(new ArticleContent("Hội nghị trực tuyến",
				"Sáng 15/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.", "<p>Nội dung</p>", 3L, "Mai Hương – Cảnh Toàn",
				null, null, null, false));
	}

	// ---- helpers -------------------------------------------------------------------------------

	/** A valid article form; pairs of name and value replace or add fields (a null value leaves one out). */
	static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Hội nghị trực tuyến");
		fields.put("summary", "Sáng 15/3, Ban Tổ chức Tỉnh ủy tổ chức hội nghị.");
		fields.put("body", "<p>Nội dung</p>");
		fields.put("categoryId", "3");
		fields.put("author", "Mai Hương – Cảnh Toàn");
		fields.put("source", "");
		fields.put("version", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	static Article article(long id, String title, long version) {
		Category category = new Category("cong-tac-can-bo", "Công tác cán bộ", null, 1, true);
		ReflectionTestUtils.setField(category, "id", 3L);
		Article article = BeanUtils.instantiateClass(Article.class);
		ReflectionTestUtils.setField(article, "id", id);
		ReflectionTestUtils.setField(article, "slug", "bai-" + id);
		ReflectionTestUtils.setField(article, "title", title);
		ReflectionTestUtils.setField(article, "summary", "Sapo đang lưu");
		ReflectionTestUtils.setField(article, "body", "<p>Đoạn đang lưu</p>");
		ReflectionTestUtils.setField(article, "category", category);
		ReflectionTestUtils.setField(article, "version", version);
		ReflectionTestUtils.setField(article, "createdAt", Instant.parse("2025-03-15T01:00:00Z"));
		ReflectionTestUtils.setField(article, "updatedAt", Instant.parse("2025-03-15T02:30:00Z"));
		return article;
	}

	static StaleArticleException stale(Article current, ArticleContent submitted, long formVersion) throws Exception {
		var constructor = StaleArticleException.class.getDeclaredConstructor(Article.class, ArticleContent.class,
				long.class);
		return BeanUtils.instantiateClass(constructor, current, submitted, formVersion);
	}

	static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static final Pattern FIELD_ERROR = Pattern.compile("<p\\s[^>]*class=\"field-error\"[^>]*>([^<]*)</p>");

	/** Every field error message on the page. */
	static List<String> fieldErrors(String html) {
		List<String> errors = new ArrayList<>();
		Matcher matcher = FIELD_ERROR.matcher(html);
		while (matcher.find()) {
			errors.add(matcher.group(1).strip());
		}
		return errors;
	}

	/** The error message in the same field block as the control with this id. */
	static String errorBeside(String html, String controlId) {
		Matcher control = Pattern.compile("<(input|select|textarea)\\s[^>]*id=\"" + controlId + "\"").matcher(html);
		assertThat(control.find()).as("a control with id %s", controlId).isTrue();
		int end = html.indexOf("</div>", control.end());
		Matcher error = FIELD_ERROR.matcher(html.substring(control.end(), end));
		assertThat(error.find()).as("an error beside %s", controlId).isTrue();
		return error.group(1).strip();
	}

}
