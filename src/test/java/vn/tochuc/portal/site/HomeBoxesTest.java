package vn.tochuc.portal.site;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.congress.CongressTerm;
import vn.tochuc.portal.congress.CongressTestData;
import vn.tochuc.portal.congress.ProgressRow;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page's three boxes: this week's meetings, the newest documents, the congress round's x/y. */
@SpringBootTest
@AutoConfigureMockMvc
class HomeBoxesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	DocumentService documents;

	@Autowired
	CongressService congresses;

	@Autowired
	ApplicationContext context;

	@Test
	void theHomePageShowsThisWeeksMeetingsNewDocumentsAndCongressProgressEachLinkingToItsSection() throws Exception {
		String suffix = String.valueOf(System.nanoTime() % 1_000_000);
		ZoneId vietnam = meetings.zone();
		LocalDate today = meetings.today();
		Meeting thisWeek = meetings.create(new MeetingDetails("Giao ban công tác tổ chức tuần này " + suffix,
				MeetingKind.BRIEFING, LocalDateTime.of(today, java.time.LocalTime.of(8, 0)).atZone(vietnam).toInstant(),
				null, "Hội trường Tỉnh ủy", MeetingFormat.IN_PERSON, null, "Ban Tổ chức Tỉnh ủy", null, null, null,
				MeetingStatus.PLANNED, List.of(), List.of()));
		Meeting nextMonth = meetings.create(new MeetingDetails("Hội nghị tháng sau " + suffix, MeetingKind.BRIEFING,
				LocalDateTime.of(today.plusDays(35), java.time.LocalTime.of(8, 0)).atZone(vietnam).toInstant(), null,
				"Hội trường Tỉnh ủy", MeetingFormat.IN_PERSON, null, "Ban Tổ chức Tỉnh ủy", null, null, null,
				MeetingStatus.PLANNED, List.of(), List.of()));
		PartyDocument newest = documents.create(new DocumentDetails(DocumentType.RESOLUTION,
				Integer.parseInt(suffix) % 9000 + 1000, "NQ/TU", DocumentIssuer.PROVINCIAL_COMMITTEE, null, null, today,
				null, "Về công tác cán bộ mới nhất " + suffix, "Trích yếu.", null, null, List.of(), List.of(), List.of(),
				List.of()));
		CongressTestData.demoProvincialCongress(context);
		CongressTerm term = congresses.defaultTerm().orElseThrow();
		ProgressRow overall = congresses.progress(term).overall();

		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		String week = section(html, "box-week");
		assertThat(week).contains("href=\"/lich-cong-tac\"", "href=\"" + thisWeek.getPath() + "\"", thisWeek.getTitle())
			.doesNotContain(nextMonth.getTitle());
		String library = section(html, "box-documents");
		assertThat(library).contains("href=\"/van-ban\"", "href=\"" + newest.getPath() + "\"", newest.getTitle());
		String congress = section(html, "box-congress");
		assertThat(congress).contains("href=\"/dai-hoi\"", ">" + overall.held() + "/" + overall.total() + "<",
				term.getYears());
	}

	/** The box whose heading has the given id. */
	private static String section(String html, String headingId) {
		int heading = html.indexOf("id=\"" + headingId + "\"");
		assertThat(heading).as("the box %s", headingId).isPositive();
		int start = html.lastIndexOf("<section", heading);
		return html.substring(start, html.indexOf("</section>", heading));
	}

}
