package vn.tochuc.portal.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentStatus;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.news.EditorAction;
import vn.tochuc.portal.news.EditorCommand;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal's search over a small, realistic set of Vietnamese articles, meetings and a
 * document: both spellings, typos, ranking, document numbers, filters, paging, odd input, what
 * must never be found, an index that follows every change, and rebuilding it. The class has an
 * application context (and a database) of its own, so the counts below are exact.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTest {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock searchClock() {
			return new MutableClock(NOW);
		}

	}

	@Autowired
	SearchService search;

	@Autowired
	SearchIndex index;

	@Autowired
	ArticleService articles;

	@Autowired
	MeetingService meetings;

	@Autowired
	DocumentService documents;

	@Autowired
	TestContent content;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	Category news;

	Article dangBo;

	Article staffing;

	Article online;

	Article resolution18;

	Article register;

	Article partyMembers;

	PartyDocument resolution18Record;

	@BeforeAll
	void corpus() {
		news = content.category("Tin hoạt động");
		dangBo = live("Đảng bộ huyện Kỳ Sơn tổ chức thành công đại hội điểm",
				"Đại hội đại biểu Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020 – 2025, bầu 39 đồng chí vào Ban Chấp hành.",
				"<p>Sau hai ngày làm việc, đại hội thông qua nghị quyết và bầu đoàn đại biểu dự đại hội cấp tỉnh.</p>",
				LocalDate.of(2020, 6, 12));
		staffing = live("Toàn tỉnh hoàn thành mục tiêu tinh giản biên chế giai đoạn 2015 – 2021",
				"Sau sáu năm, các cơ quan, đơn vị giảm 6.666 biên chế, đạt gần 8,1% so với năm 2015.",
				"<p>Việc sắp xếp tổ chức bộ máy đi cùng rà soát vị trí việc làm ở từng cơ quan.</p>",
				LocalDate.of(2021, 12, 20));
		online = live("Hội nghị trực tuyến sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm",
				"Hội nghị được kết nối tới 21 điểm cầu trên toàn tỉnh.",
				"<p>Các đại biểu thảo luận dự thảo báo cáo và chương trình công tác 6 tháng cuối năm.</p>",
				LocalDate.of(2020, 7, 2));
		resolution18 = live("Quán triệt Nghị quyết 18-NQ/TW về sắp xếp tổ chức bộ máy tinh gọn",
				"Cán bộ chủ chốt của tỉnh nghe phổ biến những điểm mới của nghị quyết.",
				"<p>Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII đặt ra lộ trình cụ thể.</p>",
				LocalDate.of(2018, 3, 5));
		register = live("Đăng ký nhận bản tin qua thư điện tử",
				"Bạn đọc đăng ký để nhận bản tin hằng tuần.", "<p>Điền địa chỉ thư điện tử vào ô bên dưới.</p>",
				LocalDate.of(2022, 1, 10));
		partyMembers = live("Đảng viên mới tuyên thệ tại chi bộ khu dân cư",
				"Lễ kết nạp được tổ chức trang trọng.", "<p>Các đảng viên mới được giao nhiệm vụ cụ thể.</p>",
				LocalDate.of(2021, 1, 10));
		resolution18Record = documents.create(new DocumentDetails(DocumentType.RESOLUTION, 18, "NQ/TW",
				DocumentIssuer.CENTRAL_COMMITTEE, 12, 6, LocalDate.of(2017, 10, 25), null,
				"Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn",
				"Mục tiêu tinh gọn bộ máy, hoạt động hiệu lực, hiệu quả.", null, DocumentStatus.IN_FORCE, List.of(),
				List.of(), List.of(), List.of()));
	}

	// ---- both spellings ------------------------------------------------------------------

	@Test
	void wordsTypedWithOrWithoutDiacriticsFindTheSameArticles() {
		assertThat(paths(find("dang bo huyen ky son"))).first().isEqualTo(dangBo.getPath());
		assertThat(paths(find("Đảng bộ huyện Kỳ Sơn"))).first().isEqualTo(dangBo.getPath());
		assertThat(paths(find("ĐẢNG BỘ HUYỆN KỲ SƠN"))).first().isEqualTo(dangBo.getPath());
		assertThat(paths(find("tinh gian bien che"))).containsExactly(staffing.getPath());
		assertThat(paths(find("tinh giản biên chế"))).containsExactly(staffing.getPath());
		assertThat(paths(find("21 diem cau"))).containsExactly(online.getPath());
		// Words of the body count too.
		assertThat(paths(find("vi tri viec lam"))).containsExactly(staffing.getPath());
	}

	@Test
	void theDiacriticsTypedRankTheRecordSpelledSoFirst() {
		List<String> dang = paths(find("đăng"));
		List<String> party = paths(find("đảng"));
		assertThat(dang).contains(register.getPath(), partyMembers.getPath());
		assertThat(dang.indexOf(register.getPath())).isLessThan(dang.indexOf(partyMembers.getPath()));
		assertThat(party.indexOf(partyMembers.getPath())).isLessThan(party.indexOf(register.getPath()));
	}

	// ---- typos ---------------------------------------------------------------------------

	@Test
	void aTypoInOneWordStillFindsTheArticle() {
		SearchResults staffingTypo = find("tinh gian bien chee");
		assertThat(paths(staffingTypo)).contains(staffing.getPath());
		assertThat(staffingTypo.corrected()).isTrue();
		assertThat(paths(find("hoi nghi truc tuyn"))).contains(online.getPath());
		assertThat(paths(find("Đảng bộ huyện Kỳ Sonn"))).first().isEqualTo(dangBo.getPath());
		// Without a typo nothing is widened.
		assertThat(find("tinh gian bien che").corrected()).isFalse();
	}

	// ---- ranking -------------------------------------------------------------------------

	@Test
	void aTitleMatchRanksAboveANewerBodyOnlyMatch() {
		Article title = live("Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nghiệp vụ công tác tổ chức",
				"Lớp học kéo dài ba tuần.", "<p>Học viên là cán bộ các huyện.</p>", LocalDate.of(2019, 1, 10));
		Article body = live("Thông báo lịch tiếp công dân tháng Năm", "Lịch tiếp công dân của lãnh đạo Ban.",
				"<p>Sau buổi bồi dưỡng nghiệp vụ, lịch tiếp công dân được điều chỉnh.</p>", LocalDate.of(2019, 5, 1));
		SearchResults results = find("boi duong nghiep vu");
		assertThat(paths(results)).containsSubsequence(title.getPath(), body.getPath());
		assertThat(results.hits().get(0).score()).isGreaterThan(results.hits().get(1).score());
	}

	@Test
	void theNewerRecordWinsATie() {
		Article older = content.published(news, "Giao ban cụm thi đua số 4 quý một", at(LocalDate.of(2019, 2, 1)));
		Article newer = content.published(news, "Giao ban cụm thi đua số 4 quý hai", at(LocalDate.of(2019, 8, 1)));
		SearchResults results = find("giao ban cum thi dua");
		assertThat(paths(results)).containsExactly(newer.getPath(), older.getPath());
		assertThat(results.hits().get(0).score()).isEqualTo(results.hits().get(1).score());
	}

	// ---- document numbers ----------------------------------------------------------------

	@Test
	void aDocumentNumberMatchesExactlyAndItsDocumentComesFirst() {
		for (String typed : List.of("18-NQ/TW", "18-nq/tw", "Nghị quyết 18-NQ/TW", " 18-NQ/TW ")) {
			SearchResults results = find(typed);
			assertThat(results.hits()).as(typed).isNotEmpty();
			assertThat(results.hits().get(0).path()).as(typed).isEqualTo(resolution18Record.getPath());
			assertThat(results.hits().get(0).type()).isEqualTo("document");
			assertThat(paths(results)).as(typed).contains(resolution18.getPath());
		}
		assertThat(paths(find("37-NQ/TW"))).isEmpty();
	}

	// ---- filters and paging --------------------------------------------------------------

	@Test
	void resultsAreFilteredByKindAndDateAndPaged() throws Exception {
		List<Article> bulletins = new ArrayList<>();
		for (int week = 1; week <= 14; week++) {
			bulletins.add(live("Điểm tin hoạt động ngành tổ chức tuần " + week, "Tóm tắt tuần " + week + ".",
					"<p>Những việc chính trong tuần.</p>", LocalDate.of(1999, 1, week)));
		}
		SearchQuery first = new SearchQuery("diem tin hoat dong nganh", null, LocalDate.of(1999, 1, 1),
				LocalDate.of(1999, 12, 31), 1);
		SearchResults page1 = search.search(first);
		assertThat(page1.total()).isEqualTo(14);
		assertThat(page1.capped()).isFalse();
		assertThat(page1.hits()).hasSize(SearchService.PAGE_SIZE);
		assertThat(page1.hits().get(0).path()).isEqualTo(bulletins.get(13).getPath());
		SearchResults page2 = search.search(new SearchQuery(first.text(), null, first.from(), first.to(), 2));
		assertThat(paths(page2)).containsExactly(bulletins.get(1).getPath(), bulletins.get(0).getPath());
		assertThat(search.search(new SearchQuery(first.text(), null, first.from(), first.to(), 9)).hits()).isEmpty();
		assertThat(search.search(new SearchQuery(first.text(), null, LocalDate.of(1999, 1, 3), LocalDate.of(1999, 1, 4),
				1)).total()).isEqualTo(2);

		mvc.perform(get("/tim-kiem").param("q", "diem tin hoat dong nganh").param("from", "1999-01-01")
				.param("to", "1999-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("14 kết quả")))
			.andExpect(content().string(containsString("page=2")))
			.andExpect(content().string(containsString("from=1999-01-01")))
			.andExpect(content().string(containsString("<mark>Điểm tin hoạt động ngành</mark>")));

		Meeting meeting = meetings.create(meeting("Hội nghị giao ban công tác tổ chức cụm các tỉnh miền Tây",
				LocalDate.of(2024, 4, 9)));
		assertThat(paths(search.search(new SearchQuery("giao ban", "meeting", null, null, 1))))
			.containsExactly(meeting.getPath());
		assertThat(paths(search.search(new SearchQuery("giao ban", "article", null, null, 1))))
			.doesNotContain(meeting.getPath());
		mvc.perform(get("/tim-kiem").param("q", "giao ban").param("type", "meeting"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(meeting.getPath())))
			.andExpect(content().string(containsString("Hội nghị")));
	}

	// ---- odd input -----------------------------------------------------------------------

	@Test
	void oddInputGetsAFriendlyPageNeverAnError() throws Exception {
		List<String> odd = List.of("", "   ", "\"", "'", "&", "|", "!", ":*", "()", "(dang", "dang & | ! bo",
				"'; drop table search_entry; --", "dang' or '1'='1", "\\", "%", "_", "<script>alert(1)</script>",
				"đảng:*", "!!!&&&|||", "a\u0000b", "\u200B", "😀", "x".repeat(201), "tinh gian ".repeat(30));
		for (String q : odd) {
			mvc.perform(get("/tim-kiem").param("q", q))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1")))
				.andExpect(content().string(not(containsString("<script>alert"))));
		}
		mvc.perform(get("/tim-kiem").param("q", "x".repeat(201))).andExpect(content().string(containsString("200 ký tự")));
		mvc.perform(get("/tim-kiem").param("q", "")).andExpect(content().string(containsString("Hãy nhập từ khóa")));
		mvc.perform(get("/tim-kiem").param("q", "!!!&&&|||")).andExpect(content().string(containsString("dấu câu")));
		mvc.perform(get("/tim-kiem").param("q", "dang bo").param("page", "-3").param("from", "không phải ngày")
				.param("to", "2020-13-45").param("type", "../../etc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
		mvc.perform(get("/tim-kiem").param("q", "dang bo").param("from", "2024-01-01").param("to", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày bắt đầu đang sau ngày kết thúc")));
		mvc.perform(get("/tim-kiem").param("q", "khong co tu nay dau ca")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy")));
		mvc.perform(get("/tim-kiem")).andExpect(status().isOk()).andExpect(content().string(not(containsString("Hãy nhập"))));
		// The index is still there after the "drop table".
		assertThat(paths(find("tinh gian bien che"))).contains(staffing.getPath());
	}

	@Test
	void thePageIsInBothLanguagesWithLabelsAndOneHeading() throws Exception {
		String vietnamese = mvc.perform(get("/tim-kiem").param("q", "18-NQ/TW")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(vietnamese.split("<h1", -1)).hasSize(2);
		assertThat(vietnamese).contains("<label for=\"search-q\"", "<label for=\"search-type\"",
				"<label for=\"search-from\"", "<label for=\"search-to\"", "Văn bản", "<mark>18-NQ/TW</mark>");
		mvc.perform(get("/tim-kiem").param("q", "18-NQ/TW").param("lang", "en"))
			.andExpect(content().string(containsString("Document")))
			.andExpect(content().string(containsString("results for")));
	}

	// ---- what readers may not see --------------------------------------------------------

	@Test
	void draftsPendingScheduledUnpublishedAndTrashedArticlesAreNeverFound() {
		PortalUser admin = content.admin();
		Article draft = articles.create(written("Bản nháp phương án sắp xếp thôn bản Mường Lống"), null,
				EditorCommand.of(EditorAction.SAVE), admin);
		Article pending = articles.create(written("Chờ duyệt báo cáo kiểm điểm Mường Típ"), null,
				EditorCommand.of(EditorAction.SUBMIT), admin);
		Article scheduled = articles.create(written("Hẹn giờ đăng tin Mường Ải"), null,
				new EditorCommand(EditorAction.SCHEDULE, NOW.plus(Duration.ofDays(30)), null), admin);
		Article unpublished = live("Gỡ xuống tin Mường Xén", "Sapo.", "<p>Nội dung.</p>", LocalDate.of(2023, 5, 5));
		articles.update(unpublished.getId(), unpublished.getVersion(), written("Gỡ xuống tin Mường Xén"), null,
				EditorCommand.of(EditorAction.UNPUBLISH), admin);
		Article trashed = live("Vào thùng rác tin Mường Quạ", "Sapo.", "<p>Nội dung.</p>", LocalDate.of(2023, 5, 6));
		articles.moveToTrash(trashed.getId(), admin);

		List<String> hidden = List.of(draft.getPath(), pending.getPath(), scheduled.getPath(), unpublished.getPath(),
				trashed.getPath());
		for (String q : List.of("Bản nháp phương án sắp xếp thôn bản Mường Lống", "bao cao kiem diem muong tip",
				"Hẹn giờ đăng tin Mường Ải", "go xuong tin muong xen", "vao thung rac tin muong qua", "muong", "tin",
				"Sapo noi dung")) {
			assertThat(paths(find(q))).as(q).doesNotContainAnyElementsOf(hidden);
		}
		// The words were never indexed: nothing to widen a typo to either.
		assertThat(find("muong xen").total()).isZero();
	}

	// ---- an index that follows every change ----------------------------------------------

	@Test
	void theIndexFollowsPublishingEditingUnpublishingTrashAndTheScheduler() {
		PortalUser admin = content.admin();
		Article article = articles.create(written("Tổng kết công tác bảo vệ chính trị nội bộ Quế Phong"), null,
				EditorCommand.of(EditorAction.SAVE), admin);
		assertThat(paths(find("que phong"))).doesNotContain(article.getPath());

		article = articles.update(article.getId(), article.getVersion(),
				written("Tổng kết công tác bảo vệ chính trị nội bộ Quế Phong"), null,
				EditorCommand.of(EditorAction.PUBLISH), admin);
		assertThat(paths(find("que phong"))).containsExactly(article.getPath());

		// An edit saved on a live article waits on a working copy: readers (and search) keep the live text.
		article = articles.update(article.getId(), article.getVersion(),
				written("Tổng kết công tác bảo vệ chính trị nội bộ Quỳ Châu"), null, EditorCommand.of(EditorAction.SAVE),
				admin);
		assertThat(paths(find("quy chau"))).doesNotContain(article.getPath());
		assertThat(paths(find("que phong"))).containsExactly(article.getPath());

		// Published, the edit goes live and the index with it (under the new address).
		article = articles.update(article.getId(), article.getVersion(),
				written("Tổng kết công tác bảo vệ chính trị nội bộ Quỳ Châu"), null,
				EditorCommand.of(EditorAction.PUBLISH), admin);
		assertThat(paths(find("quy chau"))).containsExactly(article.getPath());
		assertThat(paths(find("que phong"))).doesNotContain(article.getPath());

		article = articles.update(article.getId(), article.getVersion(),
				written("Tổng kết công tác bảo vệ chính trị nội bộ Quỳ Châu"), null,
				EditorCommand.of(EditorAction.UNPUBLISH), admin);
		assertThat(paths(find("quy chau"))).doesNotContain(article.getPath());

		article = articles.update(article.getId(), article.getVersion(),
				written("Tổng kết công tác bảo vệ chính trị nội bộ Quỳ Châu"), null,
				EditorCommand.of(EditorAction.PUBLISH), admin);
		articles.moveToTrash(article.getId(), admin);
		assertThat(paths(find("quy chau"))).doesNotContain(article.getPath());
		articles.restoreFromTrash(article.getId(), admin);
		assertThat(paths(find("quy chau"))).containsExactly(article.getPath());

		Article scheduled = articles.create(written("Lịch làm việc đoàn kiểm tra tại Tương Dương"), null,
				new EditorCommand(EditorAction.SCHEDULE, clock.instant().plus(Duration.ofHours(2)), null), admin);
		assertThat(paths(find("tuong duong"))).doesNotContain(scheduled.getPath());
		clock.advance(Duration.ofHours(3));
		try {
			assertThat(articles.publishDue()).isEqualTo(1);
		}
		finally {
			clock.set(NOW);
		}
		assertThat(paths(find("tuong duong"))).containsExactly(scheduled.getPath());
	}

	@Test
	void meetingsAreFoundWhilePlannedOrHeldAndLeaveWhenCancelled() {
		Meeting meeting = meetings.create(meeting("Hội nghị chuyên đề về công tác cán bộ nữ Con Cuông",
				LocalDate.of(2025, 10, 3)));
		assertThat(paths(find("con cuong"))).containsExactly(meeting.getPath());
		assertThat(find("con cuong").hits().get(0).type()).isEqualTo("meeting");
		// Who chairs is searchable too.
		assertThat(paths(find("Vi Văn Sơn con cuong"))).containsExactly(meeting.getPath());

		Meeting renamed = meetings.update(meeting.getId(), meeting.getVersion(),
				meeting("Hội nghị chuyên đề về công tác cán bộ trẻ Con Cuông", LocalDate.of(2025, 10, 3)));
		assertThat(paths(find("can bo tre con cuong"))).containsExactly(renamed.getPath());
		assertThat(paths(find("can bo nu con cuong"))).doesNotContain(renamed.getPath());

		meetings.cancel(renamed.getId(), renamed.getVersion());
		assertThat(paths(find("con cuong"))).doesNotContain(renamed.getPath());
	}

	// ---- rebuilding ----------------------------------------------------------------------

	@Test
	void theIndexIsRebuiltFromTheFeaturesSources() throws Exception {
		index.forget("article");
		jdbc.update("""
				insert into search_entry (type, ref_id, title, path, entry_date)
				values ('article', 987654, 'Bài không còn công khai Quỳnh Lưu', '/bai-viet/khong-con', date '2020-01-01')""");
		assertThat(paths(find("tinh gian bien che"))).isEmpty();
		assertThat(paths(find("quynh luu"))).containsExactly("/bai-viet/khong-con");

		assertThat(index.rebuildAll()).isGreaterThanOrEqualTo(6);
		assertThat(paths(find("tinh gian bien che"))).containsExactly(staffing.getPath());
		assertThat(paths(find("quynh luu"))).isEmpty();
		// Documents come back from their own source.
		assertThat(paths(find("18-NQ/TW"))).contains(resolution18Record.getPath());

		index.forget("article");
		index.rebuildMissing();
		assertThat(paths(find("tinh gian bien che"))).containsExactly(staffing.getPath());

		PortalUser admin = content.admin();
		mvc.perform(get("/admin/search").with(user(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Dựng lại chỉ mục")));
		mvc.perform(post("/admin/search/rebuild").with(csrf()).with(user(admin)))
			.andExpect(redirectedUrl("/admin/search"))
			.andExpect(flash().attribute("flashMessage", "search.admin.rebuilt"));
		PortalUser editor = content.user("bientap-search", Role.EDITOR);
		mvc.perform(get("/admin/search").with(user(editor))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/search/rebuild").with(csrf()).with(user(editor))).andExpect(status().isForbidden());
	}

	// ---- the indexes are used ------------------------------------------------------------

	@Test
	void queriesUseTheIndexesNotASequentialScan() {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			// 20,000 synthetic records of another kind: every one holds "dang bo", few hold "ky son".
			jdbc.update("""
					insert into search_entry (type, ref_id, title, summary, body, path, entry_date)
					select 'synthetic', n, 'Đảng bộ xã số ' || n || case when n % 1000 = 0 then ' huyện Kỳ Sơn' else '' end,
					       'Tóm tắt ' || n, 'Nội dung ' || md5(n::text), '/synthetic/' || n,
					       date '2000-01-01' + (n % 9000)
					from generate_series(1, 20000) n""");
			// Fresh rows wait in the GIN indexes' pending lists until autovacuum merges them, which
			// makes the planner's estimate depend on when it last ran: merge them now, as it would.
			jdbc.queryForList("""
					select gin_clean_pending_list(i.indexrelid) from pg_index i
					join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
					where i.indrelid = 'search_entry'::regclass and a.amname = 'gin'""", Long.class);
			jdbc.execute("analyze search_entry");
			for (String q : List.of("dang bo", "ky son", "dang bo xa so 17", "18-NQ/TW")) {
				String plan = search.explain(SearchQuery.of(q));
				assertThat(plan).as(q).doesNotContain("Seq Scan on search_entry");
				assertThat(plan).as(q).containsAnyOf("search_entry_document", "search_entry_recent");
			}
			String filtered = search.explain(new SearchQuery("dang bo", "synthetic", LocalDate.of(2001, 1, 1), null, 1));
			assertThat(filtered).doesNotContain("Seq Scan on search_entry");
		});
	}

	// ---- helpers -------------------------------------------------------------------------

	private SearchResults find(String text) {
		return search.search(SearchQuery.of(text));
	}

	private static List<String> paths(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::path).toList();
	}

	private Article live(String title, String summary, String body, LocalDate day) {
		ArticleContent article = new ArticleContent(title, summary, body, news.getId(), TestContent.BYLINE, null, null,
				null, false);
		return articles.importPublished(article, null, at(day), content.admin());
	}

	private ArticleContent written(String title) {
		return TestContent.content(news, title);
	}

	private static Instant at(LocalDate day) {
		return LocalDateTime.of(day.getYear(), day.getMonth(), day.getDayOfMonth(), 8, 0).atZone(VN).toInstant();
	}

	private static MeetingDetails meeting(String title, LocalDate day) {
		return new MeetingDetails(title, MeetingKind.THEMATIC, at(day), null, "Hội trường Tỉnh ủy", MeetingFormat.IN_PERSON,
				null, "Ban Tổ chức Tỉnh ủy", "Bàn giải pháp nâng cao chất lượng đội ngũ.", null, null,
				MeetingStatus.PLANNED, List.of("Vi Văn Sơn – Phó Trưởng Ban Tổ chức Tỉnh ủy"), List.of("Ban Tổ chức các huyện ủy"));
	}

}
