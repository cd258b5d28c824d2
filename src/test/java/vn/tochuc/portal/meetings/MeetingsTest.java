package vn.tochuc.portal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Meetings as records: queries, rules, the schedule's weeks, the calendar feed and the pages. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingsTest {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MeetingService meetings;

	@Autowired
	ArticleService articles;

	@Autowired
	TestContent content;

	@Autowired
	MockMvc mvc;

	@Test
	void meetingsAreFoundByChairByAttendingUnitAndByYear() {
		String tag = " " + System.nanoTime();
		Meeting briefing = meetings.create(details("Giao ban 8 tỉnh miền Trung" + tag, at(2022, 6, 22, 14, 0), null,
				MeetingFormat.IN_PERSON, null, List.of("Hoàng Đăng Quang – Phó Trưởng Ban Tổ chức Trung ương"),
				List.of("Nghệ An" + tag, "Thanh Hóa" + tag)));
		Meeting online = meetings.create(details("Sơ kết trực tuyến 6 tháng" + tag, at(2020, 7, 2, 7, 30), null,
				MeetingFormat.ONLINE, 21, List.of("Hồ Phúc Hợp – Trưởng Ban Tổ chức Tỉnh ủy"), List.of("Nghệ An" + tag)));

		Long nghean = briefing.getAttendees().stream().filter((o) -> o.getName().startsWith("Nghệ An")).findFirst()
			.orElseThrow().getId();
		assertThat(online.getAttendees()).extracting(Organisation::getId).contains(nghean);
		assertThat(ids(meetings.search(new MeetingFilter(null, null, null, null, nghean), 0, 50).getContent()))
			.containsExactly(briefing.getId(), online.getId());

		Long quang = briefing.getChairs().get(0).getId();
		assertThat(ids(meetings.search(new MeetingFilter(null, null, null, quang, null), 0, 50).getContent()))
			.containsExactly(briefing.getId());
		assertThat(ids(meetings.search(new MeetingFilter(2020, null, null, null, nghean), 0, 50).getContent()))
			.containsExactly(online.getId());
		assertThat(online.getBridgePoints()).isEqualTo(21);
	}

	@Test
	void peopleAndUnitsAreReusedNotDuplicated() {
		String tag = " " + System.nanoTime();
		Meeting first = meetings.create(details("Hội nghị A" + tag, at(2023, 1, 1, 8, 0), null, MeetingFormat.IN_PERSON,
				null, List.of("Nguyễn Văn A" + tag + " – Trưởng ban"), List.of("Hà Tĩnh" + tag)));
		Meeting second = meetings.create(details("Hội nghị B" + tag, at(2023, 2, 1, 8, 0), null, MeetingFormat.IN_PERSON,
				null, List.of("nguyễn văn a" + tag + " – trưởng ban"), List.of("HÀ TĨNH" + tag)));
		assertThat(second.getChairs().get(0).getId()).isEqualTo(first.getChairs().get(0).getId());
		assertThat(second.getAttendees().iterator().next().getId()).isEqualTo(first.getAttendees().iterator().next().getId());
	}

	@Test
	void theRulesRefuseImpossibleMeetings() {
		assertThatThrownBy(() -> meetings.create(details("Kết thúc trước khi bắt đầu", at(2024, 5, 2, 9, 0),
				at(2024, 5, 2, 8, 0), MeetingFormat.IN_PERSON, null, List.of(), List.of())))
			.isInstanceOf(InvalidMeetingException.class)
			.satisfies((ex) -> assertThat(((InvalidMeetingException) ex).getProblems()).containsKey("endsAt"));
		assertThatThrownBy(() -> meetings.create(details("Tập trung mà có điểm cầu", at(2024, 5, 2, 9, 0), null,
				MeetingFormat.IN_PERSON, 5, List.of(), List.of())))
			.isInstanceOf(InvalidMeetingException.class);
		assertThatThrownBy(() -> meetings.create(details("Số điểm cầu âm", at(2024, 5, 2, 9, 0), null,
				MeetingFormat.ONLINE, -1, List.of(), List.of())))
			.isInstanceOf(InvalidMeetingException.class);
	}

	@Test
	void theFormExplainsEachProblemNextToItsFieldAndSavesNothing() throws Exception {
		PortalUser editor = content.user("bientap", Role.EDITOR);
		long before = meetings.search(MeetingFilter.none(), 0, 1).getTotalElements();
		mvc.perform(post("/admin/meetings").with(csrf()).with(user(editor))
				.param("title", "Hội nghị sai").param("kind", "BRIEFING").param("status", "PLANNED")
				.param("startsAt", "2026-12-01T09:00").param("endsAt", "2026-12-01T08:00")
				.param("format", "IN_PERSON").param("bridgePoints", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thời gian kết thúc phải sau thời gian bắt đầu.")))
			.andExpect(content().string(containsString("Hội nghị tập trung không có điểm cầu")));
		mvc.perform(post("/admin/meetings").with(csrf()).with(user(editor)).param("title", " ").param("startsAt", ""))
			.andExpect(content().string(containsString("Vui lòng nhập tên hội nghị.")))
			.andExpect(content().string(containsString("Vui lòng nhập thời gian bắt đầu.")));
		assertThat(meetings.search(MeetingFilter.none(), 0, 1).getTotalElements()).isEqualTo(before);
	}

	@Test
	void aStaleFormIsAConflictAndOverwritesNothing() throws Exception {
		PortalUser editor = content.user("bientap", Role.EDITOR);
		Meeting meeting = meetings.create(details("Hội nghị bị sửa đồng thời " + System.nanoTime(), at(2025, 3, 3, 8, 0),
				null, MeetingFormat.IN_PERSON, null, List.of(), List.of()));
		meetings.update(meeting.getId(), meeting.getVersion(), details("Tên do người thứ nhất đặt", at(2025, 3, 3, 8, 0),
				null, MeetingFormat.IN_PERSON, null, List.of(), List.of()));
		mvc.perform(post("/admin/meetings/" + meeting.getId()).with(csrf()).with(user(editor))
				.param("title", "Tên do người thứ hai đặt").param("kind", "BRIEFING").param("status", "PLANNED")
				.param("startsAt", "2025-03-03T08:00").param("format", "IN_PERSON")
				.param("version", String.valueOf(meeting.getVersion())))
			.andExpect(status().isConflict());
		assertThat(meetings.get(meeting.getId()).getTitle()).isEqualTo("Tên do người thứ nhất đặt");
	}

	@Test
	void authorsAndStatisticsCannotManageMeetings() throws Exception {
		mvc.perform(get("/admin/meetings").with(user(content.user("phongvien", Role.AUTHOR)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/meetings").with(user(content.user("thongke", Role.STATISTICS)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/meetings").with(user(content.user("bientap", Role.EDITOR)))).andExpect(status().isOk());
	}

	@Test
	void theWeekRunsFromMondayToSundayInVietnamTime() {
		// Monday 7 December 2026, 00:30 in Hà Nội is still Sunday 6 December in UTC.
		Meeting earlyMonday = meetings.create(details("Giao ban đầu tuần " + System.nanoTime(), at(2026, 12, 7, 0, 30),
				null, MeetingFormat.IN_PERSON, null, List.of(), List.of()));
		// Sunday 13 December, 23:30 in Hà Nội: still the same week.
		Meeting lateSunday = meetings.create(details("Trực ban cuối tuần " + System.nanoTime(), at(2026, 12, 13, 23, 30),
				null, MeetingFormat.IN_PERSON, null, List.of(), List.of()));
		LocalDate monday = LocalDate.of(2026, 12, 7);
		assertThat(ids(meetings.week(monday))).contains(earlyMonday.getId(), lateSunday.getId());
		assertThat(ids(meetings.week(monday.minusWeeks(1)))).doesNotContain(earlyMonday.getId());
		assertThat(ids(meetings.week(monday.plusWeeks(1)))).doesNotContain(lateSunday.getId());
		assertThat(meetings.weekStart(LocalDate.of(2026, 12, 13))).isEqualTo(monday);
	}

	@Test
	void theCalendarFeedParsesBackIntoTheSameMeetings() throws Exception {
		Meeting meeting = meetings.create(details("Hội nghị sơ kết, triển khai; nhiệm vụ quý IV năm 2026 tại hội trường lớn của Tỉnh ủy",
				at(2026, 12, 10, 7, 30), at(2026, 12, 10, 11, 0), MeetingFormat.HYBRID, 130,
				List.of("Hồ Phúc Hợp – Trưởng Ban Tổ chức Tỉnh ủy"), List.of()));
		String ics = mvc.perform(get("/lich-cong-tac.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		String unfolded = ics.replace("\r\n ", "");
		List<String> event = new ArrayList<>();
		boolean inside = false;
		for (String line : unfolded.split("\r\n")) {
			if (line.equals("UID:meeting-" + meeting.getId() + "@localhost")) {
				inside = true;
			}
			if (inside) {
				event.add(line);
				if (line.equals("END:VEVENT")) {
					break;
				}
			}
		}
		assertThat(event).contains("DTSTART:20261210T003000Z", "DTEND:20261210T040000Z", "STATUS:TENTATIVE",
				"SUMMARY:Hội nghị sơ kết\\, triển khai\\; nhiệm vụ quý IV năm 2026 tại hội trường lớn của Tỉnh ủy");
	}

	@Test
	void publicPagesShowTheMeetingItsFactsAndItsReports() throws Exception {
		Category category = content.category("Công tác tổ chức " + System.nanoTime());
		Meeting meeting = meetings.create(details("Hội nghị trực tuyến đến 21 điểm cầu " + System.nanoTime(),
				at(2020, 7, 2, 7, 30), null, MeetingFormat.ONLINE, 21,
				List.of("Hồ Phúc Hợp – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy"), List.of("Sở Nội vụ")));
		ArticleContent report = TestContent.content(category, "Tin về hội nghị trực tuyến " + System.nanoTime())
			.withMeeting(meeting.getId());
		Article article = articles.importPublished(report, null, Instant.parse("2020-07-02T05:00:00Z"), content.admin());

		mvc.perform(get("/hoi-nghi")).andExpect(status().isOk()).andExpect(content().string(containsString(meeting.getTitle())));
		mvc.perform(get("/hoi-nghi").param("nam", "2020")).andExpect(content().string(containsString(meeting.getTitle())));
		mvc.perform(get("/hoi-nghi").param("nam", "2019")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(meeting.getTitle()))));
		mvc.perform(get(meeting.getPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đến 21 điểm cầu")))
			.andExpect(content().string(containsString("Hồ Phúc Hợp")))
			.andExpect(content().string(containsString("Sở Nội vụ")))
			.andExpect(content().string(containsString(article.getTitle())));
		mvc.perform(get(article.getPath())).andExpect(content().string(containsString("class=\"fact-box\"")))
			.andExpect(content().string(containsString(meeting.getTitle())));
		mvc.perform(get("/hoi-nghi/khong-co")).andExpect(status().isNotFound());
		mvc.perform(get("/lich-cong-tac").param("tuan", "2020-W27")).andExpect(status().isOk())
			.andExpect(content().string(containsString(meeting.getTitle())));
	}

	@Test
	void writingAReportFromAMeetingLinksTheNewArticle() throws Exception {
		Meeting meeting = meetings.create(details("Hội nghị cần viết tin " + System.nanoTime(), at(2026, 1, 14, 7, 30), null,
				MeetingFormat.IN_PERSON, null, List.of(), List.of()));
		String page = mvc.perform(get("/admin/articles/new").param("meetingId", meeting.getId().toString())
				.with(user(content.user("bientap", Role.EDITOR))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).containsPattern("<option value=\"" + meeting.getId() + "\" selected=\"selected\">");
	}

	static MeetingDetails details(String title, Instant start, Instant end, MeetingFormat format, Integer bridgePoints,
			List<String> chairs, List<String> attendees) {
		return new MeetingDetails(title, MeetingKind.BRIEFING, start, end, "Hội trường Tỉnh ủy", format, bridgePoints,
				"Ban Tổ chức Tỉnh ủy", null, null, null, MeetingStatus.PLANNED, chairs, attendees);
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(VN).toInstant();
	}

	static List<Long> ids(List<Meeting> list) {
		return list.stream().map(Meeting::getId).toList();
	}

}
