package vn.tochuc.portal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.documents.DocumentMention.Source;
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
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The library end to end: uniqueness, the ways people search, backlinks both ways, corrections, trash, pages and roles. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsTest {

	/** Numbers of our own, so tests sharing the database never meet (the recogniser reads up to four digits). */
	static final AtomicInteger NUMBERS = new AtomicInteger(5000);

	@Autowired
	DocumentService documents;

	@Autowired
	DocumentLinks links;

	@Autowired
	ArticleService articles;

	@Autowired
	MeetingService meetings;

	@Autowired
	TestContent content;

	@Autowired
	MockMvc mvc;

	static DocumentDetails details(DocumentType type, int number, String symbol, DocumentIssuer issuer, Integer term,
			Integer plenum, String title) {
		return new DocumentDetails(type, number, symbol, issuer, term, plenum, LocalDate.of(2017, 10, 25), null, title,
				"Tóm tắt " + title, "<p>Nội dung " + title + "</p><script>alert(1)</script>", DocumentStatus.IN_FORCE,
				List.of(), List.of(), List.of(), List.of());
	}

	PartyDocument resolution(int number, Integer term, Integer plenum) {
		return documents.create(details(DocumentType.RESOLUTION, number, "NQ/TW", DocumentIssuer.CENTRAL_COMMITTEE,
				term, plenum, "Về một vấn đề số " + number));
	}

	Article publishedArticle(String title, String body) {
		Category category = content.category("Văn bản " + System.nanoTime());
		ArticleContent article = new ArticleContent(title, "Sapo " + title, body, category.getId(), TestContent.BYLINE,
				null, null, null, false);
		return articles.create(article, null, EditorCommand.of(EditorAction.PUBLISH), content.admin());
	}

	@Test
	void aNumberIsUniquePerTypeSymbolAndIssuer() throws Exception {
		int number = NUMBERS.incrementAndGet();
		resolution(number, 12, null);
		DocumentDetails again = details(DocumentType.RESOLUTION, number, "nq/tw", DocumentIssuer.CENTRAL_COMMITTEE, 12,
				null, "Bản trùng");
		assertThat(documents.problems(again, null)).containsKey("number");
		assertThatThrownBy(() -> documents.create(again)).isInstanceOf(InvalidDocumentException.class);
		// the same number from another body, or of another type, is another document
		assertThat(documents.problems(details(DocumentType.RESOLUTION, number, "NQ/TU",
				DocumentIssuer.PROVINCIAL_COMMITTEE, null, null, "Của Tỉnh ủy"), null)).isEmpty();
		assertThat(documents.problems(details(DocumentType.CONCLUSION, number, "KL/TW", DocumentIssuer.CENTRAL_COMMITTEE,
				null, null, "Kết luận"), null)).isEmpty();

		PortalUser editor = content.user("bientap-vb", Role.EDITOR);
		mvc.perform(post("/admin/documents").with(csrf()).with(user(editor))
			.param("type", "RESOLUTION").param("number", String.valueOf(number)).param("symbol", "NQ/TW")
			.param("issuer", "CENTRAL_COMMITTEE").param("title", "Bản trùng").param("status", "IN_FORCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã có Nghị quyết số " + number + "-NQ/TW")));
	}

	@Test
	void theFormExplainsEveryRuleInVietnamese() throws Exception {
		PortalUser editor = content.user("bientap-vb", Role.EDITOR);
		mvc.perform(post("/admin/documents").with(csrf()).with(user(editor))
			.param("type", "RESOLUTION").param("number", "-3").param("symbol", "NQ TW!")
			.param("issuer", "POLITBURO").param("term", "XIIV").param("title", " ")
			.param("issuedOn", "2020-05-01").param("effectiveOn", "2020-04-01")
			.param("replaces", "Quy định số 9876-QĐ/TW").param("status", "IN_FORCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số văn bản phải là số nguyên dương.")))
			.andExpect(content().string(containsString("Ký hiệu không hợp lệ")))
			.andExpect(content().string(containsString("Khóa phải là số La Mã (XII) hoặc số (12)")))
			.andExpect(content().string(containsString("Vui lòng nhập trích yếu.")))
			.andExpect(content().string(containsString("Ngày có hiệu lực không thể trước ngày ban hành.")))
			.andExpect(content().string(containsString("Không tìm thấy văn bản &quot;Quy định số 9876-QĐ/TW&quot;")));
		assertThat(documents.search(new DocumentFilter(null, null, null, null, null, "9876", false), 0, 5)).isEmpty();
	}

	@Test
	void peopleFindADocumentHoweverTheyWriteIt() throws Exception {
		int number = NUMBERS.incrementAndGet();
		PartyDocument target = resolution(number, 12, 6);
		resolution(NUMBERS.incrementAndGet(), 11, 6);
		documents.create(details(DocumentType.CONCLUSION, number, "KL/TW", DocumentIssuer.POLITBURO, 12, null, "Kết luận cùng số"));

		for (String typed : List.of(number + "-NQ/TW", "nghị quyết " + number, "Nghi quyet so " + number, "NQ " + number,
				"nq" + number)) {
			assertThat(ids(search(typed))).as(typed).containsExactly(target.getId());
		}
		assertThat(ids(search("Nghị quyết Trung ương 6 khóa XII"))).contains(target.getId());
		assertThat(search("Nghị quyết Trung ương 6 khóa XII")).allSatisfy((d) -> {
			assertThat(d.getPlenum()).isEqualTo(6);
			assertThat(d.getTerm()).isEqualTo(12);
		});
		for (String typed : List.of("khóa 12", "khóa XII", "khoa xii")) {
			assertThat(ids(search(typed))).as(typed).contains(target.getId());
			assertThat(search(typed)).as(typed).allSatisfy((d) -> assertThat(d.getTerm()).isEqualTo(12));
		}
		assertThat(ids(search("van de so " + number))).contains(target.getId());

		mvc.perform(get("/van-ban").param("q", number + "-NQ/TW"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 văn bản")))
			.andExpect(content().string(containsString(target.getPath())));
		mvc.perform(get("/van-ban").param("q", "khóa XII").param("loai", "CONCLUSION").param("co-quan", "POLITBURO"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(target.getPath()))));
		for (String odd : List.of("'; drop table party_document; --", "%_%", "\\", "<script>", "x".repeat(5000), "khóa IIII")) {
			mvc.perform(get("/van-ban").param("q", odd)).andExpect(status().isOk());
		}
	}

	@Test
	void articlesAndMeetingsLinkToTheDocumentAndTheDocumentListsThem() throws Exception {
		int number = NUMBERS.incrementAndGet();
		String code = number + "-NQ/TW";
		Article article = publishedArticle("Tổng kết công tác tổ chức, bài " + number,
				"<p>Toàn tỉnh tổng kết Nghị quyết số " + code + " của Ban Chấp hành Trung ương khóa XII.</p>");
		Article draft = content.draft(content.category("Nháp " + number), "Bản nháp " + number);
		articles.update(draft.getId(), draft.getVersion(), new ArticleContent("Bản nháp " + number, null,
				"<p>Nhắc Nghị quyết số " + code + ".</p>", draft.getCategory().getId(), null, null, null, null, false),
				null, EditorCommand.of(EditorAction.SAVE), content.admin());
		Meeting meeting = meetings.create(new MeetingDetails("Hội nghị quán triệt " + number, MeetingKind.DOCUMENT_BRIEFING,
				Instant.parse("2018-01-10T01:00:00Z"), null, "Hội trường", MeetingFormat.IN_PERSON, null, null, null,
				null, "Nghị quyết số " + code + " của Ban Chấp hành Trung ương", MeetingStatus.HELD, List.of(), List.of()));

		// named before the record exists: an unresolved mention staff can create the record from
		assertThat(links.unresolved(0, 500).getContent()).extracting(UnresolvedMention::getLabel)
			.contains("Nghị quyết số " + code);
		mvc.perform(get(article.getPath())).andExpect(content().string(not(containsString("document-link"))));

		// adding the document later links what already mentions it
		PartyDocument document = resolution(number, 12, 6);
		mvc.perform(get(article.getPath()))
			.andExpect(content().string(containsString("<a href=\"" + document.getPath() + "\" class=\"document-link\"")));
		mvc.perform(get(meeting.getPath()))
			.andExpect(content().string(containsString("<a href=\"" + document.getPath() + "\">Nghị quyết số " + code)));
		mvc.perform(get(document.getPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(article.getPath())))
			.andExpect(content().string(containsString(meeting.getPath())))
			.andExpect(content().string(not(containsString("Bản nháp " + number))))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		assertThat(links.unresolved(0, 500).getContent()).extracting(UnresolvedMention::getLabel)
			.doesNotContain("Nghị quyết số " + code);

		// staff say a mention is not a link; the choice survives the next save of the article
		DocumentMention mention = links.storedFor(Source.ARTICLE, article.getId()).get(0);
		PortalUser editor = content.user("bientap-vb", Role.EDITOR);
		mvc.perform(post("/admin/documents/mentions/" + mention.getId()).with(csrf()).with(user(editor))
			.param("decision", "reject"))
			.andExpect(redirectedUrlPattern("/admin/documents/mentions/article/*"));
		Article current = articles.find(article.getId()).orElseThrow();
		articles.update(current.getId(), current.getVersion(), current.editableContent(), null,
				EditorCommand.of(EditorAction.PUBLISH), content.admin());
		assertThat(links.storedFor(Source.ARTICLE, article.getId())).extracting(DocumentMention::getState)
			.containsExactly(DocumentMention.State.REJECTED);
		mvc.perform(get(article.getPath())).andExpect(content().string(not(containsString("document-link"))));
		mvc.perform(get(document.getPath())).andExpect(content().string(not(containsString(article.getPath()))));
	}

	@Test
	void aMentionOfSeveralDocumentsLeadsToTheListOfThem() throws Exception {
		PartyDocument first = resolution(NUMBERS.incrementAndGet(), 3, 9);
		PartyDocument second = resolution(NUMBERS.incrementAndGet(), 3, 9);
		Article article = publishedArticle("Bài về hội nghị Trung ương chín",
				"<p>Các cấp ủy tiếp tục thực hiện Nghị quyết Trung ương 9 (khóa III) trong toàn Đảng bộ.</p>");
		String page = mvc.perform(get(article.getPath())).andReturn().getResponse().getContentAsString();
		String href = page.replaceAll("(?s).*<a href=\"(/van-ban\\?q=[^\"]+)\" class=\"document-link\".*", "$1");
		assertThat(href).startsWith("/van-ban?q=");
		String list = mvc.perform(get(java.net.URI.create(href.replace("&amp;", "&")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains(first.getPath(), second.getPath());
	}

	@Test
	void replacingADocumentChangesItsStandingAndBothPagesSayIt() throws Exception {
		int older = NUMBERS.incrementAndGet();
		int newer = NUMBERS.incrementAndGet();
		PartyDocument replaced = documents.create(details(DocumentType.REGULATION, older, "QĐ/TW",
				DocumentIssuer.POLITBURO, 12, null, "Bảo vệ chính trị nội bộ (cũ)"));
		PartyDocument replacing = documents.create(new DocumentDetails(DocumentType.REGULATION, newer, "QĐ/TW",
				DocumentIssuer.POLITBURO, 13, null, LocalDate.of(2022, 2, 8), null, "Bảo vệ chính trị nội bộ (mới)", null,
				null, DocumentStatus.IN_FORCE, List.of(), List.of("Quy định số " + older + "-QĐ/TW"), List.of(), List.of()));
		assertThat(documents.get(replaced.getId()).getStatus()).isEqualTo(DocumentStatus.REPLACED);
		mvc.perform(get(replaced.getPath()))
			.andExpect(content().string(containsString("Được thay thế bởi")))
			.andExpect(content().string(containsString(replacing.getPath())))
			.andExpect(content().string(containsString("Đã được thay thế")));
		mvc.perform(get(replacing.getPath())).andExpect(content().string(containsString(replaced.getPath())));
	}

	@Test
	void trashIsReversibleAndHidesTheDocumentMeanwhile() throws Exception {
		int number = NUMBERS.incrementAndGet();
		Article article = publishedArticle("Bài nhắc kết luận " + number,
				"<p>Theo Kết luận số " + number + " của Bộ Chính trị.</p>");
		PartyDocument document = documents.create(details(DocumentType.CONCLUSION, number, "KL/TW",
				DocumentIssuer.POLITBURO, 13, null, "Kết luận thử"));
		mvc.perform(get(article.getPath())).andExpect(content().string(containsString(document.getPath())));

		PortalUser editor = content.user("bientap-vb", Role.EDITOR);
		mvc.perform(post("/admin/documents/" + document.getId() + "/trash").with(csrf()).with(user(editor))
			.param("version", String.valueOf(documents.get(document.getId()).getVersion())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(document.getPath())).andExpect(status().isNotFound());
		mvc.perform(get(article.getPath())).andExpect(content().string(not(containsString(document.getPath()))));
		assertThat(search("Kết luận " + number)).isEmpty();

		mvc.perform(post("/admin/documents/" + document.getId() + "/restore").with(csrf()).with(user(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(document.getPath())).andExpect(status().isOk());
		mvc.perform(get(article.getPath())).andExpect(content().string(containsString(document.getPath())));
	}

	@Test
	void aStaleFormIsAConflictAndSavesNothing() throws Exception {
		PartyDocument document = resolution(NUMBERS.incrementAndGet(), 12, null);
		PortalUser editor = content.user("bientap-vb", Role.EDITOR);
		documents.update(document.getId(), document.getVersion(), documents.detailsOf(documents.get(document.getId())));
		mvc.perform(post("/admin/documents/" + document.getId()).with(csrf()).with(user(editor))
			.param("type", "RESOLUTION").param("number", String.valueOf(document.getNumber())).param("symbol", "NQ/TW")
			.param("issuer", "CENTRAL_COMMITTEE").param("title", "Ghi đè").param("status", "IN_FORCE")
			.param("version", String.valueOf(document.getVersion())))
			.andExpect(status().isConflict());
		assertThat(documents.get(document.getId()).getTitle()).isNotEqualTo("Ghi đè");
	}

	@Test
	void pdfFilesAttachAndImagesAreRefused() throws Exception {
		int number = NUMBERS.incrementAndGet();
		PortalUser editor = content.user("bientap-vb", Role.EDITOR);
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
		mvc.perform(multipart("/admin/documents").file(new MockMultipartFile("file", "nghi-quyet.pdf", "application/pdf", pdf))
			.with(csrf()).with(user(editor))
			.param("type", "DIRECTIVE").param("number", String.valueOf(number)).param("symbol", "CT/TW")
			.param("issuer", "POLITBURO").param("title", "Chỉ thị có tệp").param("status", "IN_FORCE"))
			.andExpect(status().is3xxRedirection());
		PartyDocument saved = search(number + "-CT/TW").get(0);
		mvc.perform(get(saved.getPath()))
			.andExpect(content().string(containsString("nghi-quyet.pdf")))
			.andExpect(content().string(containsString("Tải về")));

		byte[] png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0 };
		mvc.perform(multipart("/admin/documents").file(new MockMultipartFile("file", "anh.pdf", "application/pdf", png))
			.with(csrf()).with(user(editor))
			.param("type", "DIRECTIVE").param("number", String.valueOf(NUMBERS.incrementAndGet())).param("symbol", "CT/TW")
			.param("issuer", "POLITBURO").param("title", "Chỉ thị kèm ảnh").param("status", "IN_FORCE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ đính kèm tệp PDF.")));
	}

	@Test
	void onlyEditorsAndAdministratorsKeepTheLibrary() throws Exception {
		mvc.perform(get("/admin/documents")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/documents").with(user(content.user("phongvien-vb", Role.AUTHOR))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/documents").with(user(content.user("thongke-vb", Role.STATISTICS))))
			.andExpect(status().isForbidden());
		for (String page : List.of("/admin/documents", "/admin/documents/new", "/admin/documents/mentions",
				"/admin/documents/trash")) {
			mvc.perform(get(page).with(user(content.user("bientap-vb", Role.EDITOR)))).andExpect(status().isOk());
		}
		mvc.perform(post("/admin/documents").with(user(content.user("bientap-vb", Role.EDITOR)))
			.param("title", "Không có CSRF"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/van-ban/khong-co-van-ban-nay")).andExpect(status().isNotFound());
		mvc.perform(get("/van-ban").param("page", "0")).andExpect(status().isNotFound());
	}

	List<PartyDocument> search(String text) {
		return documents.search(new DocumentFilter(null, null, null, null, null, text, false), 0, 100).getContent();
	}

	static List<Long> ids(List<PartyDocument> found) {
		return found.stream().map(PartyDocument::getId).toList();
	}

}
