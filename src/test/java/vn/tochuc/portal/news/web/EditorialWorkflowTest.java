package vn.tochuc.portal.news.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleRepository;
import vn.tochuc.portal.news.ArticleRevisionRepository;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.ArticleStatus;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 3's newsroom rules, role by role, with the clock set by the test. */
@SpringBootTest
@AutoConfigureMockMvc
class EditorialWorkflowTest {

	static final Instant START = Instant.parse("2026-03-01T01:00:00Z");

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ArticleRevisionRepository revisions;

	@Autowired
	ArticleService service;

	@Autowired
	MutableClock clock;

	Category category;

	PortalUser editor;

	PortalUser author;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		clock.set(START);
		category = content.category("Xây dựng Đảng " + System.nanoTime());
		editor = content.user("bientap", Role.EDITOR);
		author = content.user("phongvien", Role.AUTHOR);
		admin = content.admin();
	}

	@Test
	void anEditorSendsAnArticleBackWithANoteTheAuthorSees() throws Exception {
		Long id = create(author, "Bài cần sửa sapo", "submit");
		mvc.perform(form(post("/admin/articles/" + id), "Bài cần sửa sapo", version(id), "send_back").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi ý kiến")));
		assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PENDING);

		mvc.perform(form(post("/admin/articles/" + id), "Bài cần sửa sapo", version(id), "send_back")
				.param("note", "Sapo còn dài, đề nghị rút gọn.").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		Article sentBack = articles.findById(id).orElseThrow();
		assertThat(sentBack.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		mvc.perform(get("/admin/articles/" + id + "/edit").with(user(author)))
			.andExpect(content().string(containsString("Sapo còn dài, đề nghị rút gọn.")));
	}

	@Test
	void authorsCannotScheduleUnpublishOrSendBack() throws Exception {
		Long id = create(author, "Bài của phóng viên", "submit");
		for (String action : new String[] { "schedule", "unpublish", "send_back", "publish" }) {
			mvc.perform(form(post("/admin/articles/" + id), "Bài của phóng viên", version(id), action)
					.param("scheduledAt", local(START.plus(Duration.ofDays(1)))).param("note", "x").with(user(author)))
				.andExpect(status().isForbidden());
		}
		assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PENDING);
	}

	@Test
	void aScheduledArticleGoesLiveOnTimeAndNotBefore() throws Exception {
		Long id = create(editor, "Thông báo lịch tiếp công dân tháng 3", "save");
		Instant at = START.plus(Duration.ofHours(2));
		mvc.perform(form(post("/admin/articles/" + id), "Thông báo lịch tiếp công dân tháng 3", version(id), "schedule")
				.param("scheduledAt", local(at)).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		Article scheduled = articles.findById(id).orElseThrow();
		assertThat(scheduled.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);
		assertThat(scheduled.getScheduledAt()).isEqualTo(at);
		mvc.perform(get(scheduled.getPath())).andExpect(status().isNotFound());

		clock.advance(Duration.ofMinutes(119));
		service.publishDue();
		assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.SCHEDULED);

		clock.advance(Duration.ofMinutes(2));
		service.publishDue();
		Article live = articles.findById(id).orElseThrow();
		assertThat(live.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(live.getPublishedAt()).isEqualTo(at);
		mvc.perform(get(live.getPath())).andExpect(status().isOk());
	}

	@Test
	void aTimeInThePastCannotBeScheduled() throws Exception {
		Long id = create(editor, "Hẹn giờ nhầm vào quá khứ", "save");
		mvc.perform(form(post("/admin/articles/" + id), "Hẹn giờ nhầm vào quá khứ", version(id), "schedule")
				.param("scheduledAt", local(START.minus(Duration.ofHours(1)))).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời điểm hẹn giờ phải ở tương lai.")));
		assertThat(articles.findById(id).orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void classifiedContentIsNeverPublishedAndTheRefusalSaysWhy() throws Exception {
		mvc.perform(form(post("/admin/articles"), "Báo cáo nhân sự", 0, "publish").param("classification", "SECRET")
				.with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bài được đánh dấu độ mật")));
		mvc.perform(form(post("/admin/articles"), "Văn bản có dấu mật", 0, "publish")
				.param("body", "<p><strong>TỐI MẬT</strong></p><p>Nội dung văn bản.</p>").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dấu độ mật")));
		assertThat(articles.findAll()).noneMatch((a) -> a.getTitle().equals("Báo cáo nhân sự") || a.getTitle().equals("Văn bản có dấu mật"));

		mvc.perform(form(post("/admin/articles"), "Giữ bí mật thông tin cá nhân của người dân", 0, "publish")
				.param("body", "<p>Cán bộ phải giữ bí mật thông tin theo quy định.</p>").with(user(editor)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void editingALiveArticleKeepsReadersOnTheLiveTextUntilPublished() throws Exception {
		Long id = create(editor, "Tiêu đề đang xuất bản", "publish");
		Article live = articles.findById(id).orElseThrow();
		mvc.perform(form(post("/admin/articles/" + id), "Tiêu đề đang xuất bản", version(id), "save")
				.param("body", "<p>Đoạn văn đã sửa nhưng chưa xuất bản.</p>").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(live.getPath())).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Đoạn văn đã sửa nhưng chưa xuất bản."))));
		mvc.perform(get("/admin/articles/" + id + "/preview").with(user(editor)))
			.andExpect(content().string(containsString("Đoạn văn đã sửa nhưng chưa xuất bản.")));
		String editPage = mvc.perform(get("/admin/articles/" + id + "/edit").with(user(editor)))
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(editPage)).contains("Đoạn văn đã sửa nhưng chưa xuất bản.")
			.contains("bạn đọc vẫn thấy bản hiện tại");

		mvc.perform(form(post("/admin/articles/" + id), "Tiêu đề đang xuất bản", version(id), "publish")
				.param("body", "<p>Đoạn văn đã sửa nhưng chưa xuất bản.</p>").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(live.getPath())).andExpect(content().string(containsString("Đoạn văn đã sửa nhưng chưa xuất bản.")));
		assertThat(articles.findById(id).orElseThrow().hasWorkingCopy()).isFalse();
	}

	@Test
	void revisionsAreListedComparedAndRestoredWithoutLosingAnything() throws Exception {
		Long id = create(editor, "Bản thứ nhất của tiêu đề", "save");
		mvc.perform(form(post("/admin/articles/" + id), "Bản thứ hai của tiêu đề", version(id), "save").with(user(editor)))
			.andExpect(status().is3xxRedirection());
		var history = revisions.findHistory(id);
		assertThat(history).hasSize(2);
		Long first = history.get(1).getId();
		Long second = history.get(0).getId();

		mvc.perform(get("/admin/articles/" + id + "/revisions").with(user(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bản thứ nhất của tiêu đề")));
		mvc.perform(get("/admin/articles/" + id + "/revisions/compare").param("from", first.toString())
				.param("to", second.toString()).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del>nhất</del>")))
			.andExpect(content().string(containsString("<ins>hai</ins>")));

		mvc.perform(post("/admin/articles/" + id + "/revisions/" + first + "/restore").param("version", String.valueOf(version(id)))
				.with(csrf()).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		assertThat(articles.findById(id).orElseThrow().getTitle()).isEqualTo("Bản thứ nhất của tiêu đề");
		assertThat(revisions.findHistory(id)).hasSize(3)
			.first().satisfies((latest) -> assertThat(latest.getKind().name()).isEqualTo("RESTORE"));
	}

	@Test
	void trashIsReversibleAndOnlyAnAdministratorEmptiesIt() throws Exception {
		Long id = create(editor, "Bài sẽ vào thùng rác", "publish");
		Article live = articles.findById(id).orElseThrow();
		mvc.perform(post("/admin/articles/" + id + "/delete").with(csrf()).with(user(author)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/articles/" + id + "/delete").with(csrf()).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(live.getPath())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/articles/" + id + "/edit").with(user(editor))).andExpect(status().isNotFound());
		mvc.perform(get("/admin/articles/trash").with(user(author))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/articles/trash").with(user(editor))).andExpect(content().string(containsString("Bài sẽ vào thùng rác")));

		mvc.perform(post("/admin/articles/" + id + "/restore").with(csrf()).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(live.getPath())).andExpect(status().isOk());

		mvc.perform(post("/admin/articles/" + id + "/delete").with(csrf()).with(user(editor)));
		mvc.perform(post("/admin/articles/trash/empty").with(csrf()).with(user(editor))).andExpect(status().isForbidden());
		assertThat(articles.findById(id)).isPresent();
		mvc.perform(post("/admin/articles/trash/empty").with(csrf()).with(user(admin))).andExpect(status().is3xxRedirection());
		assertThat(articles.findById(id)).isEmpty();
	}

	@Test
	void autosaveKeepsTheTextApartFromTheArticleAndOffersItBack() throws Exception {
		Long id = create(editor, "Bài đang viết dở", "publish");
		clock.advance(Duration.ofMinutes(1));
		mvc.perform(post("/admin/articles/" + id + "/autosave").header("X-Requested-With", "XMLHttpRequest")
				.param("title", "Bài đang viết dở").param("body", "<p>Câu chữ chưa kịp lưu.</p>")
				.param("categoryId", category.getId().toString()).with(csrf()).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.savedAt").exists());
		Article unchanged = articles.findById(id).orElseThrow();
		assertThat(unchanged.getBody()).doesNotContain("Câu chữ chưa kịp lưu.");
		mvc.perform(get(unchanged.getPath())).andExpect(content().string(not(containsString("Câu chữ chưa kịp lưu."))));

		mvc.perform(get("/admin/articles/" + id + "/edit").with(user(editor)))
			.andExpect(content().string(containsString("Có bản lưu tự động")));
		String restored = mvc.perform(get("/admin/articles/" + id + "/edit").param("autosave", "restore").with(user(editor)))
			.andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(restored)).contains("Câu chữ chưa kịp lưu.");
	}

	@Test
	void eachEditorSeesWhoElseHasTheArticleOpen() throws Exception {
		Long id = create(editor, "Bài hai người cùng sửa", "save");
		mvc.perform(post("/admin/articles/" + id + "/presence").header("X-Requested-With", "XMLHttpRequest")
				.with(csrf()).with(user(editor)))
			.andExpect(jsonPath("$.others").isEmpty());
		mvc.perform(post("/admin/articles/" + id + "/presence").header("X-Requested-With", "XMLHttpRequest")
				.with(csrf()).with(user(admin)))
			.andExpect(jsonPath("$.others[0]").value(editor.displayName()));
	}

	private Long create(PortalUser who, String title, String action) throws Exception {
		String location = mvc.perform(form(post("/admin/articles"), title, 0, action).with(user(who)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return Long.valueOf(location.split("/")[3]);
	}

	private long version(Long id) {
		return articles.findById(id).orElseThrow().getVersion();
	}

	private static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, long version,
			String action) {
		return request.with(csrf())
			.param("title", title)
			.param("summary", "Sapo")
			.param("body", "<p>Nội dung</p>")
			.param("categoryId", String.valueOf(category.getId()))
			.param("author", "Phóng viên")
			.param("version", String.valueOf(version))
			.param("action", action);
	}

}
