package vn.tochuc.portal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.Role;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The page listing where an unresolved mention is written: "Nghị quyết Trung ương 6 khóa XII" names
 * two resolutions (key PLENUM|6|12), so it stays unresolved and staff open this page from the list.
 * It answered 500: the template nested a message expression inside a variable expression.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MentionPlacesTest {

	static final String KEY = "PLENUM|6|12";

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

	@Test
	void thePlacesOfAnAmbiguousPlenumMentionAnswer200AndListTheArticleAndTheMeeting() throws Exception {
		// the two resolutions of the sixth plenum of the 12th term: the mention names both
		PartyDocument first = plenumResolution(9018, "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy");
		PartyDocument second = plenumResolution(9019, "Tiếp tục đổi mới hệ thống tổ chức đơn vị sự nghiệp");
		Category category = content.category("Nơi nhắc văn bản");
		Article article = articles.create(new ArticleContent("Sơ kết Nghị quyết Trung ương sáu", "Sapo",
				"<p>Tỉnh sơ kết Nghị quyết Trung ương 6 khóa XII về sắp xếp tổ chức bộ máy.</p>", category.getId(),
				TestContent.BYLINE, null, null, null, false), null, EditorCommand.of(EditorAction.PUBLISH),
				content.admin());
		Meeting meeting = meetings.create(new MeetingDetails("Hội nghị quán triệt Trung ương sáu",
				MeetingKind.DOCUMENT_BRIEFING, Instant.parse("2018-01-10T01:00:00Z"), null, "Hội trường",
				MeetingFormat.IN_PERSON, null, null, null, null, "Quán triệt Nghị quyết Trung ương 6 khóa XII",
				MeetingStatus.HELD, List.of(), List.of()));
		assertThat(links.unresolvedWithKey(KEY)).extracting(DocumentMention::getSourceId)
			.contains(article.getId(), meeting.getId());

		String page = mvc.perform(get("/admin/documents/mentions/where").param("key", KEY)
			.with(user(content.user("bientap-noi-nhac", Role.EDITOR))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).as("the page answers, not the error page").contains("Nơi nhắc đến");
		assertThat(page).contains("/admin/documents/mentions/article/" + article.getId())
			.contains("Sơ kết Nghị quyết Trung ương sáu")
			.contains("/admin/meetings/" + meeting.getId() + "/edit")
			.contains("Hội nghị số " + meeting.getId())
			// the two records it may mean, to pick from
			.contains("/admin/documents/" + first.getId() + "/edit", "/admin/documents/" + second.getId() + "/edit");

		assertThat(mvc.perform(get("/admin/documents/mentions/where").param("key", KEY)
			.with(user(content.user("bientap-noi-nhac", Role.EDITOR)))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	PartyDocument plenumResolution(int number, String title) {
		return documents.create(new DocumentDetails(DocumentType.RESOLUTION, number, "NQ/TW",
				DocumentIssuer.CENTRAL_COMMITTEE, 12, 6, LocalDate.of(2017, 10, 25), null, title, null, null,
				DocumentStatus.IN_FORCE, List.of(), List.of(), List.of(), List.of()));
	}

}
