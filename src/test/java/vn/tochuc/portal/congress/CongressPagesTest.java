package vn.tochuc.portal.congress;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.InputSource;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.platform.Searchable;
import vn.tochuc.portal.platform.SearchableChanged;
import vn.tochuc.portal.platform.SearchableSource;
import vn.tochuc.portal.platform.SearchableWithdrawn;
import vn.tochuc.portal.platform.StaffAction;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo round as readers and staff see it, against the real database: pages, roles, rules, locking. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CongressPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CongressService congresses;

	@Autowired
	CongressDemoLoader demo;

	@Autowired
	ArticleService articles;

	@Autowired
	TestContent content;

	@Autowired
	ApplicationEvents events;

	@Autowired
	List<SearchableSource> sources;

	@BeforeEach
	void loadDemo() {
		CongressTestData.loadDemo(congresses, demo);
	}

	PortalUser statistics() {
		return content.user("thongke", Role.STATISTICS);
	}

	// ---- the demo and its progress -------------------------------------------------------------

	@Test
	void theDemoRoundCountsPerLevelAndForThePilots() {
		Progress progress = congresses.progress(CongressTestData.round(congresses));
		assertThat(progress.pilots().fraction()).isEqualTo("04/04");
		assertThat(progress.level(CommitteeLevel.PROVINCE).fraction()).isEqualTo("01/01");
		assertThat(progress.level(CommitteeLevel.ABOVE_GRASSROOTS).total()).isBetween(20, 24);
		assertThat(progress.level(CommitteeLevel.ABOVE_GRASSROOTS).planned()).isPositive();
		assertThat(progress.level(CommitteeLevel.ABOVE_GRASSROOTS).held()).isPositive();
		assertThat(progress.level(CommitteeLevel.GRASSROOTS).fraction()).isEqualTo("02/02");
		assertThat(progress.overall().total()).isEqualTo(progress.byLevel().stream().mapToInt(ProgressRow::total).sum());
		assertThat(progress.overall().held()).isEqualTo(progress.byLevel().stream().mapToInt(ProgressRow::held).sum());

		Congress provincial = CongressTestData.provincial(congresses);
		ResultValues result = congresses.result(provincial.getId()).orElseThrow().values();
		assertThat(result.executiveElected()).isEqualTo(129);
		assertThat(result.executivePlanned()).isEqualTo(129);
		assertThat(result.electedInOneRound()).isTrue();
		// the district committees that are the same body as a staffing unit point at it (when the staffing demo is there)
		assertThat(CongressDemoLoader.unitName("Đảng bộ huyện Tân Kỳ")).isEqualTo("huyện tân kỳ");
		assertThat(CongressDemoLoader.unitName("Đảng bộ tỉnh Nghệ An")).isEqualTo("tỉnh nghệ an");
	}

	// ---- readers -------------------------------------------------------------------------------

	@Test
	void theProgressPageShowsHeadlinesChartsTablesAndTheCalendar() throws Exception {
		String html = mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andExpect(content().string(containsString("Đại hội đảng bộ các cấp nhiệm kỳ 2020 – 2025")))
			.andExpect(content().string(containsString("04/04")))
			.andExpect(content().string(containsString("đảng bộ được chọn điểm đã tổ chức đại hội")))
			.andExpect(content().string(containsString("<td class=\"num\">129/129</td>")))
			.andExpect(content().string(containsString("Số liệu của biểu đồ: tiến độ đại hội")))
			.andExpect(content().string(containsString("Lịch đại hội theo tuần")))
			.andExpect(content().string(containsString("Đảng bộ huyện Kỳ Sơn")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andReturn().getResponse().getContentAsString();
		// two charts, each drawn for desktops and for phones, each a well-formed SVG document
		int from = 0;
		int charts = 0;
		while ((from = html.indexOf("<svg", from)) >= 0) {
			String svg = html.substring(from, html.indexOf("</svg>", from) + 6);
			DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
			charts++;
			from++;
		}
		assertThat(charts).isEqualTo(4);
		assertThat(html).contains("id=\"chart-progress-narrow-title\"", "id=\"chart-weeks-narrow-title\"");
		// Vietnamese numbers: thousands with a dot
		assertThat(html).containsPattern("\\d\\.\\d{3}/\\d\\.\\d{3}");
		// the default term is the one with congresses
		mvc.perform(get("/dai-hoi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("nhiệm kỳ 2020 – 2025")));
	}

	@Test
	void theResultsTableFollowsTheFiltersInTheAddress() throws Exception {
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("diem", "co"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Danh sách 4 đại hội")))
			.andExpect(content().string(containsString("Đảng bộ huyện Tân Kỳ")))
			.andExpect(content().string(not(containsString(">Đảng bộ huyện Kỳ Sơn<"))));
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("cap", "tinh"))
			.andExpect(content().string(containsString("Danh sách 1 đại hội")));
		String planned = mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("cap", "tren-co-so")
				.param("trang-thai", "du-kien"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng bộ thành phố Vinh")))
			.andReturn().getResponse().getContentAsString();
		int count = congresses.rows(CongressTestData.round(congresses),
				new CongressFilter(CommitteeLevel.ABOVE_GRASSROOTS, CongressStatus.PLANNED, null)).size();
		assertThat(planned).contains("Danh sách " + count + " đại hội");
		// an unknown filter value is no filter; an unknown term is not a page
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("cap", "khong-co"))
			.andExpect(status().isOk());
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "1990-1995")).andExpect(status().isNotFound());
	}

	@Test
	void theResultsTableComesInPagesInTheOrderOfTheWholeList() throws Exception {
		CongressTerm round = CongressTestData.round(congresses);
		List<CongressRow> whole = congresses.rows(round, CongressFilter.none());
		List<Long> all = whole.stream().map((r) -> r.congress().getId()).toList();
		long withResults = whole.stream().filter((r) -> r.result() != null).count();
		assertThat(withResults).isPositive();
		assertThat(all).hasSizeGreaterThan(20);
		List<Long> paged = new ArrayList<>();
		long pagedWithResults = 0;
		for (int page = 0; page * 10 < all.size(); page++) {
			var rows = congresses.rows(round, CongressFilter.none(), page, 10);
			assertThat(rows.getTotalElements()).isEqualTo(all.size());
			assertThat(rows.getNumberOfElements()).isLessThanOrEqualTo(10);
			rows.forEach((r) -> paged.add(r.congress().getId()));
			pagedWithResults += rows.stream().filter((r) -> r.result() != null).count();
		}
		assertThat(paged).isEqualTo(all);
		assertThat(pagedWithResults).isEqualTo(withResults);
		// the held provincial congress keeps its results on whichever page it lands
		assertThat(congresses.rows(round, new CongressFilter(CommitteeLevel.PROVINCE, null, null), 0, 10).getContent())
			.singleElement().satisfies((r) -> assertThat(r.result()).isNotNull());
		// past the last page, or before the first, is not a page
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("page", "1")).andExpect(status().isOk());
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("page", "2")).andExpect(status().isNotFound());
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("page", "0")).andExpect(status().isNotFound());
	}

	@Test
	void theCalendarStartsWhereTheRoundStillHadCongressesToComeAndMovesByWeeks() throws Exception {
		// the 2020 round lies in the past: the coming weeks start at the first congress not held
		assertThat(congresses.timelineStart(CongressTestData.round(congresses)))
			.isEqualTo(LocalDate.of(2020, 8, 24));
		mvc.perform(get("/dai-hoi").param("nhiem-ky", "2020-2025").param("tu-tuan", "2020-W30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuần 20/07/2020 – 26/07/2020")))
			.andExpect(content().string(containsString("2020-W22")));
	}

	@Test
	void aCongressPageShowsItsFactsResultsPeopleAndArticles() throws Exception {
		Congress provincial = CongressTestData.provincial(congresses);
		Category category = content.category("Đại hội Đảng " + System.nanoTime());
		Article report = articles.importPublished(TestContent.content(category, "Bế mạc Đại hội Đảng bộ tỉnh " + System.nanoTime())
			.withCongress(provincial.getId()), null, Instant.parse("2020-10-16T11:30:00Z"), content.admin());
		mvc.perform(get(provincial.getPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 – 2025")))
			.andExpect(content().string(containsString("Bầu 129/129 ủy viên")))
			.andExpect(content().string(containsString("Bầu một lần đủ số lượng")))
			.andExpect(content().string(containsString("Thái Thanh Quý – Bí thư Tỉnh ủy khóa XIX")))
			.andExpect(content().string(containsString("396/400 đại biểu có mặt (99 %)")))
			.andExpect(content().string(containsString(report.getTitle())));
		// the article's own page shows the congress's fact box
		mvc.perform(get(report.getPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("congress-box")))
			.andExpect(content().string(containsString("Bầu 129/129 ủy viên")));
		// a planned congress has no results yet; its 2020 date is over, so readers are not told it is to come (issue 20)
		Congress vinh = CongressTestData.byCommittee(congresses, "Đảng bộ thành phố Vinh");
		mvc.perform(get(vinh.getPath())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Theo kế hoạch ngày 22/09/2020")))
			.andExpect(content().string(containsString("Chưa cập nhật kết quả")))
			.andExpect(content().string(not(containsString("Dự kiến"))))
			.andExpect(content().string(not(containsString("Kết quả đại hội chưa được cập nhật"))));
		mvc.perform(get("/dai-hoi/khong-co-dai-hoi-nay")).andExpect(status().isNotFound());
	}

	@Test
	void theArticleFormOffersTheCongressesToLinkTo() throws Exception {
		Congress kySon = CongressTestData.byCommittee(congresses, "Đảng bộ huyện Kỳ Sơn");
		mvc.perform(get("/admin/articles/new").param("congressId", kySon.getId().toString()).with(user(content.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"congressId\"")))
			.andExpect(content().string(containsString("Không gắn đại hội")))
			.andExpect(content().string(containsString("value=\"" + kySon.getId() + "\" selected=\"selected\"")));
	}

	@Test
	void theSitemapListsTheCongresses() throws Exception {
		Congress provincial = CongressTestData.provincial(congresses);
		mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/dai-hoi</loc>")))
			.andExpect(content().string(containsString(provincial.getPath() + "</loc>")));
	}

	// ---- staff: roles --------------------------------------------------------------------------

	@Test
	void administratorsEditorsAndStatisticsStaffKeepTheRecordsAuthorsMayNot() throws Exception {
		mvc.perform(get("/admin/congresses")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		PortalUser author = content.user("tacgia", Role.AUTHOR);
		mvc.perform(get("/admin/congresses").with(user(author))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/congresses/import").with(user(author))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/congresses/committees").with(csrf()).with(user(author)).param("name", "X")
			.param("level", "GRASSROOTS")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/congresses/export.csv").with(user(author))).andExpect(status().isForbidden());
		for (PortalUser keeper : List.of(content.admin(), content.user("bientap", Role.EDITOR), statistics())) {
			mvc.perform(get("/admin/congresses").with(user(keeper))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Kết quả đại hội")));
			mvc.perform(get("/admin/congresses/committees").with(user(keeper))).andExpect(status().isOk());
		}
		// the sidebar shows the section to those who may use it
		mvc.perform(get("/admin").with(user(statistics()))).andExpect(content().string(containsString("/admin/congresses")));
		mvc.perform(get("/admin").with(user(author))).andExpect(content().string(not(containsString("/admin/congresses"))));
	}

	@Test
	void theServiceRefusesOtherRolesToo() {
		Congress provincial = CongressTestData.provincial(congresses);
		PortalUser author = content.user("tacgia", Role.AUTHOR);
		assertThatThrownBy(() -> congresses.saveResult(provincial.getId(), 0L, CongressRulesTest.valid(), author))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> congresses.createTerm("Nhiệm kỳ 2040 – 2045", 2040, 2045, author))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> congresses.saveResult(provincial.getId(), 0L, CongressRulesTest.valid(), null))
			.isInstanceOf(AccessDeniedException.class);
	}

	// ---- staff: the forms, their rules and locking -----------------------------------------------

	@Test
	void theResultFormShowsEachBrokenRuleInVietnameseNextToItsField() throws Exception {
		Congress kySon = CongressTestData.byCommittee(congresses, "Đảng bộ huyện Kỳ Sơn");
		CongressResult before = congresses.result(kySon.getId()).orElseThrow();
		String url = "/admin/congresses/" + kySon.getId() + "/result";
		mvc.perform(get(url).with(user(statistics()))).andExpect(status().isOk());
		String html = mvc.perform(post(url).with(csrf()).with(user(statistics()))
				.param("delegatesSummoned", "300").param("delegatesAttending", "301")
				.param("executivePlanned", "45").param("executiveElected", "46").param("standingSize", "50")
				.param("womenPercent", "120").param("youngPercent", "mười").param("firstTimePercent", "33,3")
				.param("version", String.valueOf(before.getVersion())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// a share that is not a number is refused first, before the other rules run
		assertThat(html).contains("Tỷ lệ phải là số từ 0 đến 100, ví dụ 15,5.").contains("id=\"youngPercent-error\"");
		html = mvc.perform(post(url).with(csrf()).with(user(statistics()))
				.param("delegatesSummoned", "300").param("delegatesAttending", "301")
				.param("executivePlanned", "45").param("executiveElected", "46").param("electedInOneRound", "true")
				.param("standingSize", "50").param("womenPercent", "120").param("firstTimePercent", "33,3")
				.param("version", String.valueOf(before.getVersion())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html)
			.contains("Số đại biểu có mặt (301) không được nhiều hơn số đại biểu được triệu tập (300).")
			.contains("Số ủy viên trúng cử (46) không được nhiều hơn số dự kiến (45).")
			.contains("Chỉ đánh dấu &quot;bầu một lần đủ&quot; khi số ủy viên trúng cử bằng số dự kiến.")
			.contains("Số ủy viên Ban Thường vụ (50) không được nhiều hơn số ủy viên Ban Chấp hành trúng cử (46).")
			.contains("Tỷ lệ phải là số từ 0 đến 100")
			.contains("id=\"delegatesAttending-error\"").contains("id=\"executiveElected-error\"")
			.contains("id=\"electedInOneRound-error\"").contains("id=\"standingSize-error\"")
			.contains("id=\"womenPercent-error\"");
		mvc.perform(post(url).with(csrf()).with(user(statistics()))
				.param("delegatesSummoned", "-3").param("delegatesAttending", "").param("executivePlanned", "45")
				.param("executiveElected", "45").param("version", String.valueOf(before.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được nhập số âm.")))
			.andExpect(content().string(containsString("Vui lòng nhập số.")));
		// nothing was saved
		assertThat(congresses.result(kySon.getId()).orElseThrow().values()).isEqualTo(before.values());
	}

	@Test
	void resultsAreVersionedWithWhoAndWhenAndAStaleFormAnswers409() throws Exception {
		Congress anhSon = CongressTestData.byCommittee(congresses, "Đảng bộ huyện Anh Sơn");
		CongressResult before = congresses.result(anhSon.getId()).orElseThrow();
		ResultValues values = before.values();
		String url = "/admin/congresses/" + anhSon.getId() + "/result";
		int history = congresses.history(anhSon.getId()).size();
		events.clear();
		mvc.perform(post(url).with(csrf()).with(user(statistics()))
				.param("delegatesSummoned", String.valueOf(values.delegatesSummoned()))
				.param("delegatesAttending", String.valueOf(values.delegatesAttending() - 1))
				.param("executivePlanned", String.valueOf(values.executivePlanned()))
				.param("executiveElected", String.valueOf(values.executiveElected()))
				.param("electedInOneRound", String.valueOf(values.electedInOneRound()))
				.param("standingSize", String.valueOf(values.standingSize()))
				.param("inspectionSize", String.valueOf(values.inspectionSize()))
				.param("upperDelegates", String.valueOf(values.upperDelegates()))
				.param("womenPercent", values.womenPercent().toPlainString().replace('.', ','))
				.param("youngPercent", values.youngPercent().toPlainString())
				.param("firstTimePercent", values.firstTimePercent().toPlainString())
				.param("secretary", values.secretary().getLabel())
				.param("deputies", values.deputies().get(0).getLabel() + "\r\n" + values.deputies().get(1).getLabel())
				.param("inspectionChair", values.inspectionChair().getLabel())
				.param("version", String.valueOf(before.getVersion())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/congresses/*/result"));
		List<CongressChange> changes = congresses.history(anhSon.getId());
		assertThat(changes).hasSize(history + 1);
		assertThat(changes.get(0).getField()).isEqualTo("delegatesAttending");
		assertThat(changes.get(0).getOldValue()).isEqualTo(String.valueOf(values.delegatesAttending()));
		assertThat(changes.get(0).getNewValue()).isEqualTo(String.valueOf(values.delegatesAttending() - 1));
		assertThat(changes.get(0).getChangedBy()).isEqualTo("thongke");
		assertThat(changes.get(0).getSource()).isEqualTo(ChangeSource.FORM);
		assertThat(events.stream(StaffAction.class)).anyMatch((a) -> a.action().equals("congress.result.save"));
		assertThat(events.stream(SearchableChanged.class))
			.anyMatch((e) -> e.item().type().equals("congress") && e.item().id() == anhSon.getId()
					&& e.item().text().contains(values.secretary().getFullName()));

		// the same form again, from the version it was loaded with: refused, nothing saved
		CongressResult now = congresses.result(anhSon.getId()).orElseThrow();
		mvc.perform(post(url).with(csrf()).with(user(statistics()))
				.param("delegatesSummoned", "999").param("delegatesAttending", "999").param("executivePlanned", "45")
				.param("executiveElected", "45").param("version", String.valueOf(before.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
		assertThat(congresses.result(anhSon.getId()).orElseThrow().values()).isEqualTo(now.values());
		// put it back for the other tests
		congresses.saveResult(anhSon.getId(), now.getVersion(), values, statistics());
	}

	@Test
	void theCongressFormChecksDatesAndStatusAndLocksToo() throws Exception {
		Congress vinh = CongressTestData.byCommittee(congresses, "Đảng bộ thành phố Vinh");
		String url = "/admin/congresses/" + vinh.getId();
		var editor = content.user("bientap", Role.EDITOR);
		mvc.perform(get(url + "/edit").with(user(editor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"XXXI\"")));
		mvc.perform(post(url).with(csrf()).with(user(editor))
				.param("committeeId", vinh.getCommittee().getId().toString())
				.param("termId", vinh.getTerm().getId().toString()).param("ordinal", "XXXI")
				.param("status", "HELD").param("plannedOn", "2020-09-22").param("startedOn", "2020-09-24")
				.param("endedOn", "2020-09-23").param("version", String.valueOf(vinh.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày bế mạc không được trước ngày khai mạc.")));
		mvc.perform(post(url).with(csrf()).with(user(editor))
				.param("committeeId", vinh.getCommittee().getId().toString())
				.param("termId", vinh.getTerm().getId().toString()).param("ordinal", "lần thứ ba mươi")
				.param("status", "PLANNED").param("plannedOn", "2020-09-22")
				.param("version", String.valueOf(vinh.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lần thứ phải là số La Mã")));
		mvc.perform(post(url).with(csrf()).with(user(editor))
				.param("committeeId", vinh.getCommittee().getId().toString())
				.param("termId", vinh.getTerm().getId().toString()).param("ordinal", "XXXI")
				.param("status", "HELD").param("version", String.valueOf(vinh.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đại hội đã tổ chức phải có ngày khai mạc.")));
		mvc.perform(post(url).with(csrf()).with(user(editor))
				.param("committeeId", vinh.getCommittee().getId().toString())
				.param("termId", vinh.getTerm().getId().toString()).param("status", "PLANNED")
				.param("plannedOn", "2012-05-01").param("version", String.valueOf(vinh.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày phải nằm trong khoảng từ năm 2019 đến năm 2025")));
		mvc.perform(post(url).with(csrf()).with(user(editor))
				.param("committeeId", vinh.getCommittee().getId().toString())
				.param("termId", vinh.getTerm().getId().toString()).param("status", "PLANNED")
				.param("plannedOn", "2020-09-22").param("version", String.valueOf(vinh.getVersion() + 3)))
			.andExpect(status().isConflict());
		assertThat(congresses.congress(vinh.getId()).getVersion()).isEqualTo(vinh.getVersion());
		// a held congress with results cannot go back to planned
		Congress kySon = CongressTestData.byCommittee(congresses, "Đảng bộ huyện Kỳ Sơn");
		mvc.perform(post("/admin/congresses/" + kySon.getId()).with(csrf()).with(user(editor))
				.param("committeeId", kySon.getCommittee().getId().toString())
				.param("termId", kySon.getTerm().getId().toString()).param("status", "PLANNED")
				.param("plannedOn", "2020-07-27").param("version", String.valueOf(kySon.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đại hội đã có kết quả nên phải ở tình trạng")));
		// results cannot be entered for a congress not held
		assertThatThrownBy(() -> congresses.saveResult(vinh.getId(), null, CongressRulesTest.valid(), statistics()))
			.isInstanceOfSatisfying(CongressRuleException.class, (ex) -> assertThat(ex.getViolations())
				.extracting(vn.tochuc.portal.staffing.Violation::messageKey).contains("congress.rule.notHeld"));
	}

	@Test
	void committeesTermsAndCongressesAreCreatedChangedAndDeleted() throws Exception {
		PortalUser admin = content.admin();
		String tag = String.valueOf(System.nanoTime());
		int start = 2100 - (int) (Math.abs(System.nanoTime()) % 60) - 5;
		mvc.perform(post("/admin/congresses/terms").with(csrf()).with(user(admin)).param("name", "Sai")
				.param("startYear", "2030").param("endYear", "2030"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm kết thúc phải sau năm bắt đầu.")));
		mvc.perform(post("/admin/congresses/terms").with(csrf()).with(user(admin)).param("name", "Trùng")
				.param("startYear", "2020").param("endYear", "2025"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Nhiệm kỳ này đã có.")));
		mvc.perform(post("/admin/congresses/terms").with(csrf()).with(user(admin)).param("name", "Nhiệm kỳ " + tag)
				.param("startYear", String.valueOf(start)).param("endYear", String.valueOf(start + 5)))
			.andExpect(status().is3xxRedirection());
		CongressTerm term = congresses.terms().stream().filter((t) -> t.getName().equals("Nhiệm kỳ " + tag))
			.findFirst().orElseThrow();

		PartyCommittee province = congresses.committees().stream()
			.filter((c) -> c.getName().equals(CongressDemoLoader.PROVINCE)).findFirst().orElseThrow();
		mvc.perform(post("/admin/congresses/committees").with(csrf()).with(user(admin)).param("name", "")
				.param("level", "ABOVE_GRASSROOTS"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Vui lòng nhập tên đảng bộ.")));
		mvc.perform(post("/admin/congresses/committees").with(csrf()).with(user(admin))
				.param("name", "Đảng bộ thử " + tag).param("level", "PROVINCE")
				.param("parentId", province.getId().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được cao hơn cấp của đảng bộ cấp trên")));
		mvc.perform(post("/admin/congresses/committees").with(csrf()).with(user(admin))
				.param("name", "Đảng bộ thử " + tag).param("level", "ABOVE_GRASSROOTS")
				.param("parentId", province.getId().toString()).param("position", "90"))
			.andExpect(status().is3xxRedirection());
		PartyCommittee committee = congresses.committees().stream()
			.filter((c) -> c.getName().equals("Đảng bộ thử " + tag)).findFirst().orElseThrow();

		events.clear();
		mvc.perform(post("/admin/congresses").with(csrf()).with(user(admin))
				.param("committeeId", committee.getId().toString()).param("termId", term.getId().toString())
				.param("ordinal", "7").param("status", "PLANNED").param("plannedOn", start + "-03-02"))
			.andExpect(status().is3xxRedirection());
		Congress created = congresses.rows(term, CongressFilter.none()).get(0).congress();
		assertThat(created.getTitle()).isEqualTo("Đại hội đại biểu Đảng bộ thử " + tag + " lần thứ VII, nhiệm kỳ "
				+ start + " – " + (start + 5));
		assertThat(events.stream(StaffAction.class)).anyMatch((a) -> a.action().equals("congress.create"));
		assertThat(events.stream(SearchableChanged.class)).anyMatch((e) -> e.item().id() == created.getId()
				&& e.item().path().equals(created.getPath()));
		// one congress per committee and term
		mvc.perform(post("/admin/congresses").with(csrf()).with(user(admin))
				.param("committeeId", committee.getId().toString()).param("termId", term.getId().toString())
				.param("status", "PLANNED").param("plannedOn", start + "-03-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng bộ này đã có đại hội trong nhiệm kỳ đã chọn.")));
		mvc.perform(get(created.getPath())).andExpect(status().isOk());

		// a committee with congresses is kept
		mvc.perform(post("/admin/congresses/committees/" + committee.getId() + "/delete").with(csrf())
				.with(user(admin)).param("version", String.valueOf(committee.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(congresses.committees()).extracting(PartyCommittee::getId).contains(committee.getId());

		events.clear();
		mvc.perform(post("/admin/congresses/" + created.getId() + "/delete").with(csrf()).with(user(admin))
				.param("version", String.valueOf(created.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(congresses.find(created.getId())).isEmpty();
		assertThat(events.stream(SearchableWithdrawn.class))
			.anyMatch((e) -> e.type().equals("congress") && e.id() == created.getId());
		mvc.perform(get(created.getPath())).andExpect(status().isNotFound());
		mvc.perform(post("/admin/congresses/committees/" + committee.getId() + "/delete").with(csrf())
				.with(user(admin)).param("version", String.valueOf(committee.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(congresses.committees()).extracting(PartyCommittee::getId).doesNotContain(committee.getId());
	}

	@Test
	void everyCongressIsHandedToTheSearchIndexOnARebuild() {
		SearchableSource source = sources.stream().filter((s) -> s.type().equals("congress")).findFirst().orElseThrow();
		List<Searchable> found = new ArrayList<>();
		source.forEachPublic(found::add);
		assertThat(found).hasSize(congresses.all().size());
		Congress kySon = CongressTestData.byCommittee(congresses, "Đảng bộ huyện Kỳ Sơn");
		assertThat(found).anySatisfy((s) -> {
			assertThat(s.id()).isEqualTo(kySon.getId());
			assertThat(s.path()).isEqualTo(kySon.getPath());
			assertThat(s.title()).contains("lần thứ XXIII");
			assertThat(s.exactTerms()).contains("2020-2025", "XXIII");
			assertThat(s.date()).isEqualTo(LocalDate.of(2020, 7, 27));
			assertThat(s.text()).contains("Bí thư Huyện ủy Kỳ Sơn");
		});
	}

}
