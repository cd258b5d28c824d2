package vn.tochuc.portal.comments;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tochuc.portal.support.BrowserCookies.sending;
import static vn.tochuc.portal.support.Logins.from;

/** Readers' comments: posting with its limits, moderation, and what readers see afterwards. */
@SpringBootTest
@AutoConfigureMockMvc
class CommentsTest {

	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	CommentService comments;

	@Autowired
	JdbcTemplate jdbc;

	Article article;

	PortalUser editor;

	@BeforeEach
	void setUp() {
		Category category = content.category("Xây dựng Đảng " + System.nanoTime());
		article = content.published(category, "Hội nghị trực tuyến 21 điểm cầu " + System.nanoTime(), Instant.now());
		editor = content.user("bientap-ykien", Role.EDITOR);
	}

	/** Each test posts from addresses of its own, so the per-address limit never mixes tests up. */
	static String address() {
		return "10.8.0." + ADDRESSES.incrementAndGet();
	}

	MvcResult postComment(String address, String name, String email, String text, String website) throws Exception {
		return mvc.perform(post(article.getPath() + "/y-kien").with(from(address)).with(csrf())
				.param("name", name).param("email", email).param("text", text).param("website", website))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(article.getPath() + "#y-kien"))
			.andReturn();
	}

	String articlePageAfter(MvcResult post) throws Exception {
		FlashMap flash = post.getFlashMap();
		return mvc.perform(get(article.getPath()).flashAttrs(flash))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	String articlePage() throws Exception {
		return mvc.perform(get(article.getPath())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	long stored(String text) {
		return jdbc.queryForObject("select count(*) from article_comment where body = ?", Long.class, text);
	}

	@Test
	void theArticlePageCarriesTheFormWithoutASessionAndStaysCacheable() throws Exception {
		mvc.perform(get(article.getPath()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("id=\"y-kien\"")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Địa chỉ thư điện tử của bạn sẽ không được công bố.")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("action=\"" + article.getPath() + "/y-kien\"")));
	}

	@Test
	void aCommentWaitsForModerationAndAppearsOnceApprovedEscapedWithItsLineBreaksAndWithoutTheEmail()
			throws Exception {
		String text = "Đề nghị công khai kết quả tinh giản biên chế.\n<script>alert('x')</script> & cảm ơn Ban!";
		MvcResult posted = postComment(address(), "Nguyễn Văn Bình", "binh.nv@example.vn", text, "");
		String afterPost = articlePageAfter(posted);
		assertThat(afterPost).contains("Cảm ơn bạn đã gửi ý kiến. Ý kiến sẽ được đăng sau khi Ban biên tập kiểm duyệt.");
		assertThat(afterPost).doesNotContain("Nguyễn Văn Bình").doesNotContain("binh.nv@example.vn");
		assertThat(articlePage()).doesNotContain("Đề nghị công khai kết quả");

		Comment pending = comments.queue(CommentStatus.PENDING, 0, 200).getContent().stream()
			.filter((c) -> c.getBody().equals(text)).findFirst().orElseThrow();
		mvc.perform(get("/admin/comments").with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("binh.nv@example.vn")));

		mvc.perform(post("/admin/comments/{id}/approve", pending.getId()).with(user(editor)).with(csrf())
				.param("version", String.valueOf(pending.getVersion())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/comments?status=PENDING&page=1"));

		String page = articlePage();
		assertThat(page).contains("Nguyễn Văn Bình")
			.contains("Đề nghị công khai kết quả tinh giản biên chế.\n&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; cảm ơn Ban!")
			.doesNotContain("<script>alert")
			.doesNotContain("binh.nv@example.vn");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'comment.approved' and target_id = ?",
				Long.class, String.valueOf(pending.getId()))).isEqualTo(1);
	}

	@Test
	void rejectedAndSpamCommentsAreNeverShown() throws Exception {
		postComment(address(), "Người thứ nhất", "mot@example.vn", "Ý kiến sẽ bị từ chối", "");
		postComment(address(), "Người thứ hai", "hai@example.vn", "Quảng cáo sẽ bị đánh dấu rác", "");
		List<Comment> waiting = comments.queue(CommentStatus.PENDING, 0, 500).getContent();
		Comment toReject = waiting.stream().filter((c) -> c.getBody().equals("Ý kiến sẽ bị từ chối")).findFirst().orElseThrow();
		Comment toSpam = waiting.stream().filter((c) -> c.getBody().startsWith("Quảng cáo")).findFirst().orElseThrow();
		mvc.perform(post("/admin/comments/{id}/reject", toReject.getId()).with(user(editor)).with(csrf())
				.param("version", String.valueOf(toReject.getVersion())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/comments/{id}/spam", toSpam.getId()).with(user(editor)).with(csrf())
				.param("version", String.valueOf(toSpam.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(articlePage()).doesNotContain("Ý kiến sẽ bị từ chối").doesNotContain("Quảng cáo sẽ bị đánh dấu rác")
			.contains("Chưa có ý kiến nào về bài viết này.");
		assertThat(comments.approved(article.getId())).isEmpty();
		mvc.perform(get("/admin/comments").param("status", "SPAM").with(user(editor)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Quảng cáo sẽ bị đánh dấu rác")));
		// A second moderation from the same stale form changes nothing.
		mvc.perform(post("/admin/comments/{id}/approve", toSpam.getId()).with(user(editor)).with(csrf())
				.param("version", String.valueOf(toSpam.getVersion())))
			.andExpect(status().isConflict());
		assertThat(comments.approved(article.getId())).isEmpty();
	}

	@Test
	void aFilledHoneypotLooksAcceptedButSavesNothing() throws Exception {
		MvcResult posted = postComment(address(), "Bot", "bot@example.vn", "Mua ngay hàng giảm giá", "http://spam.example");
		assertThat(articlePageAfter(posted)).contains("Cảm ơn bạn đã gửi ý kiến.");
		assertThat(stored("Mua ngay hàng giảm giá")).isZero();
	}

	@Test
	void theFourthCommentInTenMinutesFromOneAddressIsRefused() throws Exception {
		String address = address();
		for (int i = 1; i <= 3; i++) {
			postComment(address, "Bạn đọc", "bandoc@example.vn", "Ý kiến số " + i + " từ một địa chỉ", "");
		}
		MvcResult fourth = postComment(address, "Bạn đọc", "bandoc@example.vn", "Ý kiến số 4 từ một địa chỉ", "");
		String page = articlePageAfter(fourth);
		assertThat(page).contains("Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ít phút.");
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Ý kiến số 4 từ một địa chỉ"); // the text is kept in the form
		assertThat(stored("Ý kiến số 3 từ một địa chỉ")).isEqualTo(1);
		assertThat(stored("Ý kiến số 4 từ một địa chỉ")).isZero();
		// Another address is not affected.
		postComment(address(), "Bạn đọc khác", "khac@example.vn", "Ý kiến từ địa chỉ khác", "");
		assertThat(stored("Ý kiến từ địa chỉ khác")).isEqualTo(1);
	}

	@Test
	void missingFieldsAndOverlongTextAreExplainedInVietnameseAndNothingIsSaved() throws Exception {
		String tooLong = "Dài ".repeat(500) + "x"; // 2001 characters
		assertThat(tooLong).hasSize(2001);
		MvcResult posted = postComment(address(), " ", "khong-phai-email", tooLong, "");
		String page = articlePageAfter(posted);
		assertThat(page).contains("Vui lòng nhập họ và tên.")
			.contains("Địa chỉ thư điện tử không hợp lệ.")
			.contains("Ý kiến dài quá 2.000 ký tự.");
		assertThat(stored(tooLong)).isZero();
		String exactly = "Đủ ".repeat(666) + "xy"; // 2000 characters
		assertThat(exactly).hasSize(2000);
		postComment(address(), "Bạn đọc", "bandoc@example.vn", exactly, "");
		assertThat(stored(exactly.strip())).isEqualTo(1);
		MvcResult empty = postComment(address(), "Bạn đọc", "", "", "");
		assertThat(articlePageAfter(empty)).contains("Vui lòng nhập địa chỉ thư điện tử.")
			.contains("Vui lòng nhập nội dung ý kiến.");
	}

	/** The hidden token in a page: the value of the input named _csrf. */
	static String tokenIn(String html) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a _csrf input in the page").isTrue();
		return m.group(1);
	}

	@Test
	void aCommentWithoutTokenIsNotSavedButComesBackForConfirmation() throws Exception {
		String text = "Ý kiến gửi khi trang mở quá lâu " + System.nanoTime();
		// The browser keeps what the answer gives it: a visitor's token cookie (or a session).
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse answer = mvc.perform(post(article.getPath() + "/y-kien").with(from(address())).session(session)
				.param("name", "Lê Văn Nam").param("email", "nam@example.vn").param("text", text).param("website", ""))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse();
		String page = answer.getContentAsString();
		Cookie[] cookies = answer.getCookies();
		assertThat(stored(text)).isZero();
		assertThat(page).contains(HtmlUtils.htmlEscape(text)).contains(HtmlUtils.htmlEscape("Lê Văn Nam"));
		// A forged token is refused the same way.
		mvc.perform(post(article.getPath() + "/y-kien").with(from(address())).session(session).with(sending(cookies)).param("_csrf", "Zm9yZ2Vk")
				.param("name", "Lê Văn Nam").param("email", "nam@example.vn").param("text", text))
			.andExpect(status().isForbidden());
		// One more click on the confirmation page (its fresh token, the browser's cookies) saves it.
		mvc.perform(post(article.getPath() + "/y-kien").with(from(address())).session(session).with(sending(cookies)).param("_csrf", tokenIn(page))
				.param("name", "Lê Văn Nam").param("email", "nam@example.vn").param("text", text).param("website", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(article.getPath() + "#y-kien"));
		assertThat(stored(text)).isEqualTo(1);
	}

	@Test
	void theCachedArticlePageCarriesNoTokenAndScriptsFetchOne() throws Exception {
		String page = mvc.perform(get(article.getPath())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("comment-form").doesNotContain("name=\"_csrf\"");
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse answer = mvc.perform(get("/csrf").session(session)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn().getResponse();
		String json = answer.getContentAsString();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\":\"([^\"]+)\"").matcher(json);
		assertThat(json).contains("\"parameterName\":\"_csrf\"");
		assertThat(m.find()).isTrue();
		String text = "Ý kiến có mã chống giả mạo " + System.nanoTime();
		mvc.perform(post(article.getPath() + "/y-kien").with(from(address())).session(session).with(sending(answer.getCookies()))
				.param("_csrf", m.group(1))
				.param("name", "Phạm Thu").param("email", "thu@example.vn").param("text", text).param("website", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(stored(text)).isEqualTo(1);
	}

	@Test
	void onlyPublishedArticlesTakeComments() throws Exception {
		Article draft = content.draft(article.getCategory(), "Bản nháp không nhận ý kiến " + System.nanoTime());
		mvc.perform(post(draft.getPath() + "/y-kien").with(from(address())).with(csrf())
				.param("name", "A").param("email", "a@example.vn").param("text", "Ý kiến cho bản nháp"))
			.andExpect(status().isNotFound());
		assertThat(stored("Ý kiến cho bản nháp")).isZero();
	}

	@Test
	void theQueueIsForEditorsAndAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/comments")).andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
		mvc.perform(get("/admin/comments").with(user(content.admin()))).andExpect(status().isOk());
		mvc.perform(get("/admin/comments").with(user(editor))).andExpect(status().isOk());
		mvc.perform(get("/admin/comments").with(user(content.user("phongvien-ykien", Role.AUTHOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/comments").with(user(content.user("thongke-ykien", Role.STATISTICS))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/comments/1/approve").with(user(content.user("phongvien-ykien", Role.AUTHOR))).with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theQueueFiltersByStateShowsCountsAndPages() throws Exception {
		String address = address();
		postComment(address, "Bạn đọc đếm", "dem@example.vn", "Ý kiến để đếm số chờ duyệt", "");
		long waiting = comments.counts().get(CommentStatus.PENDING);
		String queue = mvc.perform(get("/admin/comments").with(user(editor)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("Chờ duyệt (" + waiting + ")").contains("Ý kiến để đếm số chờ duyệt");
		mvc.perform(get("/admin/comments").param("status", "APPROVED").with(user(editor)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(containsString("Ý kiến để đếm số chờ duyệt"))));
	}

}
