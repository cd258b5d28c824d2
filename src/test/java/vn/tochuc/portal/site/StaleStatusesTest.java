package vn.tochuc.portal.site;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressFilter;
import vn.tochuc.portal.congress.CongressRow;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.congress.CongressTestData;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: a meeting or congress still marked planned after its date is never "Dự kiến" to
 * readers (they read "Chưa cập nhật kết quả"), and the staff dashboard lists it for correction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaleStatusesTest {

	static final String PLANNED = "Dự kiến";

	static final String NOT_RECORDED = "Chưa cập nhật kết quả";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	CongressService congresses;

	@Autowired
	TestContent content;

	@Autowired
	ApplicationContext context;

	Meeting planned(String title, Instant startsAt) {
		return meetings.create(new MeetingDetails(title, MeetingKind.BRIEFING, startsAt,
				startsAt.plus(Duration.ofHours(2)), "Hội trường Tỉnh ủy", MeetingFormat.IN_PERSON, null,
				"Ban Tổ chức Tỉnh ủy", null, null, null, MeetingStatus.PLANNED, List.of(), List.of()));
	}

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aPlannedMeetingWhoseDayIsOverIsNotPlannedToReaders() throws Exception {
		Meeting past = planned("Hội nghị giao ban đã qua ngày " + System.nanoTime(),
				Instant.now().minus(Duration.ofDays(3)));
		Meeting coming = planned("Hội nghị giao ban sắp tới " + System.nanoTime(),
				Instant.now().plus(Duration.ofDays(3)));

		String pastPage = page(past.getPath());
		assertThat(pastPage).contains(NOT_RECORDED).doesNotContain(PLANNED);
		assertThat(page(coming.getPath())).contains(PLANNED).doesNotContain(NOT_RECORDED);

		String list = page("/hoi-nghi?trang-thai=PLANNED&loai=BRIEFING");
		assertThat(badgeBefore(list, past.getTitle())).isEqualTo(NOT_RECORDED);
		assertThat(badgeBefore(list, coming.getTitle())).isEqualTo(PLANNED);
	}

	@Test
	void aPlannedCongressWhoseDayIsOverIsNotPlannedToReaders() throws Exception {
		Congress stale = demoCongress("Đảng bộ huyện Quỳ Hợp");
		assertThat(stale.getStartedOn()).as("the demo's planned congress of 2020").isNull();
		String congressPage = page(stale.getPath());
		assertThat(congressPage).contains(NOT_RECORDED).contains("Theo kế hoạch ngày 31/08/2020")
			.doesNotContain(PLANNED);
		String overview = page("/dai-hoi");
		assertThat(badgeAfter(overview, ">" + stale.getCommittee().getName() + "<")).isEqualTo(NOT_RECORDED);
	}

	@Test
	void theDashboardFlagsTheRecordsLeftBehindForThoseWhoMayCorrectThem() throws Exception {
		Meeting past = planned("Hội nghị chưa cập nhật trạng thái " + System.nanoTime(),
				Instant.now().minus(Duration.ofDays(10)));
		Congress stale = demoCongress("Đảng bộ huyện Quỳ Hợp");

		String editors = mvc.perform(get("/admin").with(user(content.user("bientap-quahan", Role.EDITOR))))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(editors).contains("Đã qua ngày nhưng chưa cập nhật kết quả")
			.contains("/admin/meetings/" + past.getId() + "/edit")
			.contains("/admin/congresses/" + stale.getId() + "/edit");

		String statistics = mvc.perform(get("/admin").with(user(content.user("thongke-quahan", Role.STATISTICS))))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(statistics).contains("/admin/congresses/" + stale.getId() + "/edit")
			.doesNotContain("/admin/meetings/" + past.getId() + "/edit");

		String authors = mvc.perform(get("/admin").with(user(content.user("phongvien-quahan", Role.AUTHOR))))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(authors).doesNotContain("Đã qua ngày nhưng chưa cập nhật kết quả");
	}

	private Congress demoCongress(String committee) {
		CongressTestData.demoProvincialCongress(context);
		return congresses.rows(congresses.termByCode("2020-2025").orElseThrow(), CongressFilter.none()).stream()
			.map(CongressRow::congress).filter((c) -> c.getCommittee().getName().equals(committee)).findFirst()
			.orElseThrow();
	}

	/** The text of the first badge after the name (the congress timeline: name, then its badge). */
	private static String badgeAfter(String html, String name) {
		String tail = html.substring(html.indexOf(name));
		int badge = tail.indexOf("class=\"badge\"");
		String rest = tail.substring(tail.indexOf('>', badge) + 1);
		return rest.substring(0, rest.indexOf('<')).strip();
	}

	/** The text of the last badge before the title (the meeting list: kind and badge, then the title). */
	private static String badgeBefore(String html, String title) {
		String head = html.substring(0, html.indexOf(title));
		int badge = head.lastIndexOf("class=\"badge\"");
		String rest = head.substring(head.indexOf('>', badge) + 1);
		return rest.substring(0, rest.indexOf('<')).strip();
	}

}
