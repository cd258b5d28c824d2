package vn.tochuc.portal.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.CoverUpload;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The role lets a person reach a route; these check the record behind it. An author may change
 * only their own work, and sees nobody else's unpublished work: not on the review page, the
 * dashboard, in the media library, nor through a picture's id.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ObjectLevelAuthorizationTest {

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	MediaLibrary library;

	@Autowired
	ArticleService articles;

	@Autowired
	JdbcTemplate jdbc;

	static String unique(String text) {
		return text + " " + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet();
	}

	/** Accounts of each test's own, so that counts and lists are the test's alone. */
	PortalUser author(String name) {
		return content.user(name + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, Role.AUTHOR);
	}

	PortalUser editor() {
		return content.user("bien-tap-doi-tuong", Role.EDITOR);
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	MockHttpServletResponse perform(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletRequestBuilder describe(MediaItem item, String caption) {
		return post("/admin/media/" + item.getId()).param("caption", caption).param("altText", caption)
			.param("credit", "Ảnh: " + caption).with(csrf());
	}

	String captionOf(MediaItem item) {
		return jdbc.queryForObject("select caption from media_item where id = ?", String.class, item.getId());
	}

	Article draftOf(PortalUser owner, Category category, String title, EditorAction action) throws Exception {
		return articles.create(new ArticleContent(title, "Sapo " + title, "<p>Nội dung " + title + ".</p>",
				category.getId(), "Phóng viên", null, null, "Ảnh: " + title, false), new CoverUpload(png(), "anh-bia.png"),
				EditorCommand.of(action), owner);
	}

	// ---- media descriptions -------------------------------------------------------------------

	@Test
	void anAuthorCannotRewriteTheDescriptionOfAnotherAuthorsMedia() throws Exception {
		PortalUser owner = author("chu-anh");
		PortalUser other = author("nguoi-khac");
		MediaItem item = library.upload(png(), "cua-nguoi-khac.png", owner.id());
		assertThat(perform(describe(item, "Chú thích của chủ ảnh").with(user(owner))).getStatus()).isEqualTo(302);

		assertThat(perform(describe(item, "Chú thích bị sửa").with(user(other))).getStatus()).isEqualTo(403);
		assertThat(captionOf(item)).isEqualTo("Chú thích của chủ ảnh");
		// the library page offers the form only where the server would take it
		String page = perform(get("/admin/media").with(user(other))).getContentAsString();
		assertThat(page).doesNotContain("action=\"/admin/media/" + item.getId() + "\"");

		assertThat(perform(describe(item, "Chú thích của biên tập").with(user(editor()))).getStatus()).isEqualTo(302);
		assertThat(captionOf(item)).isEqualTo("Chú thích của biên tập");
	}

	@Test
	void anUploaderCannotRewriteTheirPictureWhileReadersSeeIt() throws Exception {
		PortalUser uploader = author("tai-anh");
		MediaItem item = library.upload(png(), "da-dang.png", uploader.id());
		Category category = content.category(unique("Ảnh đã đăng"));
		Article live = articles.create(new ArticleContent(unique("Bài dùng ảnh"), null, "<p>Nội dung.</p>",
				category.getId(), null, null, item.getId(), null, false), null, EditorCommand.of(EditorAction.PUBLISH),
				content.admin());
		String before = captionOf(item);

		assertThat(perform(describe(item, "Sửa trên trang đã đăng").with(user(uploader))).getStatus()).isEqualTo(403);
		assertThat(captionOf(item)).isEqualTo(before);
		assertThat(perform(describe(item, "Biên tập sửa").with(user(editor()))).getStatus()).isEqualTo(302);

		// no longer on a page readers see: the uploader may again
		articles.moveToTrash(live.getId(), content.admin());
		assertThat(perform(describe(item, "Sửa khi bài đã xóa").with(user(uploader))).getStatus()).isEqualTo(302);
		assertThat(captionOf(item)).isEqualTo("Sửa khi bài đã xóa");
	}

	// ---- others' unpublished work -------------------------------------------------------------

	@Test
	void anAuthorSeesOnlyTheirOwnPendingWorkOnTheReviewPageAndTheDashboard() throws Exception {
		PortalUser mine = author("cua-toi");
		PortalUser theirs = content.user("tac-gia-ten-rieng-" + SEQUENCE.incrementAndGet(), Role.AUTHOR);
		Category category = content.category(unique("Chờ duyệt riêng"));
		String myTitle = unique("Bài tôi gửi duyệt");
		String theirTitle = unique("Bài người khác gửi duyệt");
		draftOf(mine, category, myTitle, EditorAction.SUBMIT);
		draftOf(theirs, category, theirTitle, EditorAction.SUBMIT);

		for (String path : List.of("/admin/articles/review", "/admin")) {
			String page = perform(get(path).with(user(mine))).getContentAsString();
			assertThat(page).as(path).contains(myTitle).doesNotContain(theirTitle).doesNotContain(theirs.displayName());
			String editors = perform(get(path).with(user(editor()))).getContentAsString();
			assertThat(editors).as(path).contains(myTitle, theirTitle);
		}
		assertThat(pendingCountOnDashboard(mine)).isEqualTo(1);
		assertThat(pendingCountOnDashboard(editor())).isGreaterThanOrEqualTo(2);
	}

	long pendingCountOnDashboard(PortalUser who) throws Exception {
		String page = perform(get("/admin").with(user(who))).getContentAsString();
		Matcher count = Pattern.compile("status=PENDING\">\\s*<span class=\"stat-number\">([\\d.]+)</span>").matcher(page);
		assertThat(count.find()).as("the dashboard's count of pending articles").isTrue();
		return Long.parseLong(count.group(1).replace(".", ""));
	}

	@Test
	void theMediaLibraryShowsAnAuthorTheirOwnUploadsAndWhatReadersSeeNotOthersDraftPictures() throws Exception {
		PortalUser mine = author("thu-vien-cua-toi");
		PortalUser theirs = author("thu-vien-nguoi-khac");
		Category category = content.category(unique("Thư viện riêng"));
		// a cover uploaded with the article form takes its caption, and the article's title as alt text
		String theirDraft = unique("Nhân sự dự kiến chưa công bố");
		draftOf(theirs, category, theirDraft, EditorAction.SAVE);
		String published = unique("Bài đã đăng có ảnh");
		draftOf(content.admin(), category, published, EditorAction.PUBLISH);
		String myCaption = unique("Ảnh tôi tải lên");
		assertThat(perform(multipart("/admin/media").file(new MockMultipartFile("file", "cua-toi.png", "image/png", png()))
			.param("caption", myCaption).with(csrf()).with(user(mine))).getStatus()).isEqualTo(302);

		for (String path : List.of("/admin/media", "/admin/media/images.json")) {
			String page = perform(get(path).with(user(mine))).getContentAsString();
			assertThat(page).as(path).contains(myCaption).contains(published).doesNotContain(theirDraft);
			assertThat(perform(get(path).with(user(editor()))).getContentAsString()).as(path).contains(theirDraft);
		}
	}

	@Test
	void anAuthorCannotTakeAnotherAuthorsDraftPictureByItsId() throws Exception {
		PortalUser mine = author("lay-anh");
		PortalUser theirs = author("bi-lay-anh");
		Category category = content.category(unique("Ảnh theo số"));
		String theirTitle = unique("Điều động cán bộ chưa công bố");
		Article theirDraft = draftOf(theirs, category, theirTitle, EditorAction.SAVE);
		long picture = theirDraft.getCover().getId();

		// a form with an error is shown again: it must not show the picture and its alt text
		String shownAgain = perform(post("/admin/articles").with(csrf()).with(user(mine)).param("title", "")
			.param("body", "<p>x</p>").param("categoryId", category.getId().toString()).param("action", "save")
			.param("version", "0").param("coverMediaId", String.valueOf(picture))).getContentAsString();
		assertThat(shownAgain).doesNotContain(theirTitle).doesNotContain(theirDraft.getCover().getUrl());

		String myTitle = unique("Bài lấy ảnh người khác");
		MockHttpServletResponse taken = perform(post("/admin/articles").with(csrf()).with(user(mine))
			.param("title", myTitle).param("body", "<p>x</p>").param("categoryId", category.getId().toString())
			.param("action", "save").param("version", "0").param("coverMediaId", String.valueOf(picture)));
		assertThat(taken.getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from article where title = ?", Long.class, myTitle)).isZero();

		// their own picture, and one readers already see, an author may take
		MediaItem own = library.upload(png(), "cua-minh.png", mine.id());
		assertThat(perform(post("/admin/articles").with(csrf()).with(user(mine)).param("title", unique("Bài ảnh của mình"))
			.param("body", "<p>x</p>").param("categoryId", category.getId().toString()).param("action", "save")
			.param("version", "0").param("coverMediaId", String.valueOf(own.getId()))).getStatus()).isEqualTo(302);
	}

	// ---- others' articles, and records outside the newsroom ------------------------------------

	@Test
	void anAuthorChangesNothingOfAnotherAuthorsArticleByAnyRoute() throws Exception {
		PortalUser owner = author("chu-bai");
		PortalUser other = author("tac-gia-la");
		Category category = content.category(unique("Bài người khác"));
		Article draft = draftOf(owner, category, unique("Bản nháp của người khác"), EditorAction.SAVE);
		long revision = jdbc.queryForObject("select max(id) from article_revision where article_id = ?", Long.class,
				draft.getId());
		Map<String, Object> before = jdbc.queryForMap("select * from article where id = ?", draft.getId());
		String base = "/admin/articles/" + draft.getId();
		for (String action : List.of("save", "submit")) {
			assertThat(perform(post(base).with(csrf()).with(user(other)).param("title", "Bị sửa")
				.param("body", "<p>Bị sửa</p>").param("categoryId", category.getId().toString()).param("action", action)
				.param("version", String.valueOf(draft.getVersion()))).getStatus()).as(action).isEqualTo(403);
		}
		List<MockHttpServletRequestBuilder> writes = List.of(
				post(base + "/autosave").header("X-Requested-With", "XMLHttpRequest").param("title", "Bị sửa")
					.param("body", "<p>Bị sửa</p>").param("categoryId", category.getId().toString()),
				post(base + "/presence").header("X-Requested-With", "XMLHttpRequest"),
				post(base + "/delete"),
				post(base + "/revisions/" + revision + "/restore").param("version", String.valueOf(draft.getVersion())));
		for (MockHttpServletRequestBuilder write : writes) {
			MockHttpServletResponse answer = perform(write.with(csrf()).with(user(other)));
			assertThat(answer.getStatus()).as(answer.toString()).isEqualTo(403);
		}
		for (String read : List.of(base + "/edit", base + "/preview", base + "/revisions")) {
			assertThat(perform(get(read).with(user(other))).getStatus()).as(read).isEqualTo(403);
		}
		assertThat(jdbc.queryForMap("select * from article where id = ?", draft.getId())).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from article_autosave where article_id = ?", Long.class,
				draft.getId())).isZero();
	}

	@Test
	void anAuthorCannotChangeTheirOwnArticleOnceItIsPublished() throws Exception {
		PortalUser owner = author("bai-da-dang");
		Category category = content.category(unique("Bài của tác giả đã đăng"));
		Article submitted = draftOf(owner, category, unique("Bài sẽ được đăng"), EditorAction.SUBMIT);
		Article live = articles.update(submitted.getId(), submitted.getVersion(), submitted.editableContent(), null,
				EditorCommand.of(EditorAction.PUBLISH), editor());
		String base = "/admin/articles/" + live.getId();
		assertThat(perform(post(base).with(csrf()).with(user(owner)).param("title", "Sửa sau khi đăng")
			.param("body", "<p>x</p>").param("categoryId", category.getId().toString()).param("action", "save")
			.param("version", String.valueOf(live.getVersion()))).getStatus()).isEqualTo(403);
		assertThat(perform(post(base + "/delete").with(csrf()).with(user(owner))).getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select title from article where id = ?", String.class, live.getId()))
			.isEqualTo(live.getTitle());
		assertThat(jdbc.queryForObject("select deleted_at is null from article where id = ?", Boolean.class,
				live.getId())).isTrue();
	}

	@Test
	void anAuthorCannotTouchRealMeetingsDocumentsOrCategories() throws Exception {
		PortalUser author = author("ngoai-ban-bien-tap");
		String meetingPath = perform(post("/admin/meetings").with(csrf()).with(user(editor()))
			.param("title", unique("Hội nghị giao ban")).param("kind", "BRIEFING").param("status", "PLANNED")
			.param("startsAt", "2031-03-03T08:00").param("format", "IN_PERSON").param("place", "Hội trường")
			.param("version", "0")).getRedirectedUrl();
		long meeting = Long.parseLong(meetingPath.replaceAll("\\D+", " ").trim().split(" ")[0]);
		long meetingVersion = jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting);
		assertThat(perform(post("/admin/meetings/" + meeting + "/cancel").with(csrf()).with(user(author))
			.param("version", String.valueOf(meetingVersion))).getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting))
			.isEqualTo("PLANNED");

		int number = 8100 + SEQUENCE.incrementAndGet();
		String documentPath = perform(post("/admin/documents").with(csrf()).with(user(editor())).param("type", "PLAN")
			.param("number", String.valueOf(number)).param("symbol", "KH/TU").param("issuer", "PROVINCIAL_COMMITTEE")
			.param("title", unique("Kế hoạch kiểm tra")).param("status", "IN_FORCE")).getRedirectedUrl();
		long document = Long.parseLong(documentPath.replaceAll("\\D+", " ").trim().split(" ")[0]);
		assertThat(perform(post("/admin/documents/" + document + "/trash").with(csrf()).with(user(author))
			.param("version", "0")).getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select deleted_at is null from party_document where id = ?", Boolean.class,
				document)).isTrue();

		Category category = content.category(unique("Chuyên mục không được xóa"));
		assertThat(perform(post("/admin/categories/" + category.getId() + "/delete").with(csrf()).with(user(author)))
			.getStatus()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from category where id = ?", Long.class, category.getId()))
			.isEqualTo(1);
	}

}
