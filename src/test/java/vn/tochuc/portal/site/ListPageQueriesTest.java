package vn.tochuc.portal.site;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.search.SearchIndex;
import vn.tochuc.portal.support.StatementCounter;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list page sends the same number of SQL statements whether it lists 10 items or 50: no
 * statement per item (the "N+1" that makes pages slow once years of content pile up).
 */
@SpringBootTest(properties = "portal.search.cache-size=0")
@AutoConfigureMockMvc
@Import(StatementCounter.Setup.class)
class ListPageQueriesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndex searchIndex;

	@Test
	void listPagesCostTheSameStatementsForTenItemsAsForFifty() throws Exception {
		Category category = content.category("Tổ chức cơ sở đảng");
		PortalUser editor = content.user("dembanghi", Role.EDITOR);
		long term = jdbc.queryForObject("""
				insert into congress_term (name, start_year, end_year) values ('Nhiệm kỳ 2025 - 2030', 2025, 2030)
				on conflict (start_year, end_year) do update set name = excluded.name returning id""", Long.class);
		long parent = jdbc.queryForObject("""
				insert into party_committee (slug, name, level) values ('dang-bo-huyen-dem', 'Đảng bộ huyện Đếm', 'ABOVE_GRASSROOTS')
				returning id""", Long.class);
		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("home", get("/"));
		pages.put("category", get("/chuyen-muc/" + category.getSlug()));
		pages.put("meetings", get("/hoi-nghi"));
		pages.put("documents", get("/van-ban"));
		pages.put("congresses", get("/dai-hoi"));
		pages.put("search", get("/tim-kiem").param("q", "đếm"));
		pages.put("search without diacritics", get("/tim-kiem").param("q", "dem"));
		pages.put("admin articles", get("/admin/articles").with(user(editor)));

		addItems(1, 10, category, term, parent);
		Map<String, Integer> withTen = statementsPerPage(pages, false);
		Map<String, Integer> allWithTen = statementsPerPage(pages, true);
		addItems(11, 50, category, term, parent);
		Map<String, Integer> withFifty = statementsPerPage(pages, false);
		Map<String, Integer> allWithFifty = statementsPerPage(pages, true);

		assertThat(withTen).allSatisfy((page, statements) -> assertThat(statements).as(page).isPositive());
		assertThat(withFifty).isEqualTo(withTen);
		// At most the one total a full first page asks for (see StatementCounter#countWithoutTotals).
		assertThat(allWithFifty).allSatisfy((page, statements) -> assertThat(statements).as(page)
			.isBetween(allWithTen.get(page), allWithTen.get(page) + 1));
	}

	private Map<String, Integer> statementsPerPage(Map<String, MockHttpServletRequestBuilder> pages, boolean withTotals)
			throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (var page : pages.entrySet()) {
			// The first request fills the small caches (categories, links); the second is counted.
			mvc.perform(page.getValue()).andExpect(status().isOk());
			var request = (java.util.concurrent.Callable<?>) () -> mvc.perform(page.getValue()).andExpect(status().isOk());
			counts.put(page.getKey(),
					withTotals ? StatementCounter.count(request) : StatementCounter.countWithoutTotals(request));
		}
		return counts;
	}

	/** Items numbered from..to of every kind, each with what its list shows beside it. */
	private void addItems(int from, int to, Category category, long term, long parent) {
		for (int n = from; n <= to; n++) {
			long person = jdbc.queryForObject("insert into person (full_name, title) values (?, 'Phó Trưởng ban') returning id",
					Long.class, "Người chủ trì đếm " + n);
			jdbc.update("""
					insert into article (slug, title, summary, body, category_id, byline, status, published_at, owner_id)
					values (?, ?, 'Tin đếm', '<p>Nội dung đếm</p>', ?, 'Phóng viên', 'PUBLISHED', now() - ? * interval '1 minute',
					        (select min(id) from app_user))""",
					"bai-dem-" + n, "Bài viết đếm số " + n, category.getId(), n);
			long meeting = jdbc.queryForObject("""
					insert into meeting (slug, title, kind, starts_at, format, status, summary)
					values (?, ?, 'BRIEFING', now() - ? * interval '1 hour', 'IN_PERSON', 'HELD', 'Hội nghị đếm')
					returning id""", Long.class, "hoi-nghi-dem-" + n, "Hội nghị giao ban đếm số " + n, n);
			jdbc.update("insert into meeting_chair (meeting_id, position, person_id) values (?, 0, ?)", meeting, person);
			jdbc.update("""
					insert into party_document (slug, type, number, symbol, issuer, issued_on, title, summary, status)
					values (?, 'RESOLUTION', ?, 'NQ/DEM', 'PROVINCIAL_COMMITTEE', current_date - ?, ?, 'Văn bản đếm', 'IN_FORCE')""",
					"van-ban-dem-" + n, 9000 + n, n, "Nghị quyết đếm số " + n);
			long committee = jdbc.queryForObject("""
					insert into party_committee (slug, name, level, parent_id, position) values (?, ?, 'GRASSROOTS', ?, ?)
					returning id""", Long.class, "dang-bo-dem-" + n, "Đảng bộ xã đếm " + n, parent, n);
			long congress = jdbc.queryForObject("""
					insert into congress (slug, committee_id, term_id, ordinal, planned_on, started_on, ended_on, status)
					values (?, ?, ?, 10, date '2025-05-01', date '2025-05-01', date '2025-05-02', 'HELD') returning id""",
					Long.class, "dai-hoi-dem-" + n, committee, term);
			jdbc.update("""
					insert into congress_result (congress_id, delegates_summoned, delegates_attending, executive_planned,
					                             executive_elected, women_percent)
					values (?, 100, 98, 15, 15, 20.0)""", congress);
		}
		searchIndex.rebuildAll();
	}

}
