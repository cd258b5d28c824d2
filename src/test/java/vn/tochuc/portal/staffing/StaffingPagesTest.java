package vn.tochuc.portal.staffing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo figures as readers and staff see them, against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffingService staffing;

	@Autowired
	StaffingDemoLoader demo;

	@Autowired
	TestContent content;

	@BeforeEach
	void loadDemo() {
		if (staffing.isEmpty()) {
			demo.loadNow();
		}
	}

	StaffingPeriod first() {
		return staffing.periodByCode("2015-2021").orElseThrow();
	}

	@Test
	void theDemoReproducesTheSeedsFigures() {
		StaffingNode province = staffing.tree(first()).get(0);
		assertThat(province.flatten().count()).isEqualTo(30);
		assertThat(province.totals().assigned()).isEqualTo(82_300);
		assertThat(province.totals().cutUntil(2018)).isEqualTo(6_666);
		assertThat(province.totals().cutPercentUntil(2018)).isEqualByComparingTo("8.1");
		Reorganisation reorganisation = staffing.reorganisation();
		assertThat(reorganisation.done()).isEqualTo(4);
		assertThat(reorganisation.total()).isEqualTo(11);
		StaffingNode second = staffing.tree(staffing.periodByCode("2022-2026").orElseThrow()).get(0);
		assertThat(second.totals().assigned()).isEqualTo(75_980);
	}

	@Test
	void everyParentsTotalsAreTheSumOfItsChildren() {
		for (StaffingPeriod period : staffing.periods()) {
			staffing.tree(period).get(0).flatten().filter((n) -> !n.isLeaf()).forEach((parent) -> {
				StaffingTotals sum = StaffingTotals.empty(period.getTargetPercent());
				for (StaffingNode child : parent.children()) {
					sum = sum.plus(child.totals());
				}
				assertThat(parent.totals()).as(parent.unit().getName()).isEqualTo(sum);
				// and the leaves under it add up to the same
				assertThat(parent.leaves().stream().mapToLong((l) -> l.totals().cut()).sum())
					.isEqualTo(parent.totals().cut());
			});
		}
	}

	@Test
	void thePublicPageShowsHeadlinesChartsAndTablesInVietnamese() throws Exception {
		mvc.perform(get("/tinh-gian-bien-che").param("giai-doan", "2015-2021"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andExpect(content().string(containsString("Tinh giản biên chế")))
			// the per-year table: cumulative to 2018
			.andExpect(content().string(containsString("<td class=\"num\">6.666</td>")))
			.andExpect(content().string(containsString("<td class=\"num\">8,1 %</td>")))
			.andExpect(content().string(containsString("4/11")))
			.andExpect(content().string(containsString("82.300")))
			.andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
			.andExpect(content().string(containsString("Số liệu của biểu đồ")))
			.andExpect(content().string(not(containsString("<script>"))));
		mvc.perform(get("/tinh-gian-bien-che")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Giai đoạn 2022 – 2026")));
	}

	@Test
	void aUnitPageShowsItsHistoryAndChildren() throws Exception {
		mvc.perform(get("/tinh-gian-bien-che/khoi-cac-co-quan-tinh").param("giai-doan", "2015-2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ban Tổ chức Tỉnh ủy")))
			.andExpect(content().string(containsString("Đơn vị trực thuộc")))
			.andExpect(content().string(containsString("Đã sáp nhập")));
		mvc.perform(get("/tinh-gian-bien-che/ban-bao-ve-cham-soc-suc-khoe-can-bo-tinh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sáp nhập từ ngày 31/12/2018 vào")));
		mvc.perform(get("/tinh-gian-bien-che/khong-co-don-vi-nay")).andExpect(status().isNotFound());
		mvc.perform(get("/tinh-gian-bien-che").param("giai-doan", "1990-1991")).andExpect(status().isNotFound());
	}

	@Test
	void onlyAdministratorsAndStatisticsStaffReachTheStaffPages() throws Exception {
		mvc.perform(get("/admin/staffing")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/admin/staffing").with(user(content.user("bientap", Role.EDITOR)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/staffing/import").with(user(content.user("tacgia", Role.AUTHOR)))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/staffing/units").with(csrf()).with(user(content.user("tacgia", Role.AUTHOR)))
			.param("name", "X").param("kind", "DEPARTMENT")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/staffing").with(user(content.user("thongke", Role.STATISTICS))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Nhập số liệu")));
		mvc.perform(get("/admin/staffing").with(user(content.admin()))).andExpect(status().isOk());
	}

	@Test
	void theServiceRefusesOtherRolesToo() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> staffing.saveFigures(1L, 1L, null,
				FigureValues.of(1, 0, 0, 0, Map.of()), content.user("bientap", Role.EDITOR)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void theFigureFormRefusesBrokenRulesWithTheReasonAndStaleVersionsWith409() throws Exception {
		StaffingUnit unit = staffing.units().stream().filter((u) -> u.getName().equals("Huyện Kỳ Sơn")).findFirst()
			.orElseThrow();
		StaffingPeriod period = first();
		StaffingFigure figure = staffing.figure(unit.getId(), period.getId()).orElseThrow();
		String url = "/admin/staffing/figures/" + unit.getId() + "/" + period.getId();
		var statistics = content.user("thongke", Role.STATISTICS);
		mvc.perform(get(url).with(user(statistics))).andExpect(status().isOk());
		mvc.perform(post(url).with(csrf()).with(user(statistics))
			.param("officials", "10").param("publicEmployees", "0").param("otherPosts", "0").param("employed", "5")
			.param("cuts[2015]", "11").param("version", String.valueOf(figure.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng số biên chế đã giảm (11) vượt quá số biên chế được giao (10).")));
		mvc.perform(post(url).with(csrf()).with(user(statistics))
			.param("officials", "-1").param("publicEmployees", "0").param("otherPosts", "0").param("employed", "0")
			.param("version", String.valueOf(figure.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được nhập số âm.")));
		mvc.perform(post(url).with(csrf()).with(user(statistics))
			.param("officials", "100").param("publicEmployees", "0").param("otherPosts", "0").param("employed", "50")
			.param("cuts[2016]", "4").param("version", String.valueOf(figure.getVersion() + 7)))
			.andExpect(status().isConflict());
		assertThat(staffing.figure(unit.getId(), period.getId()).orElseThrow().values()).isEqualTo(figure.values());

		int before = staffing.history(unit.getId()).size();
		mvc.perform(post(url).with(csrf()).with(user(statistics))
			.param("officials", String.valueOf(figure.getOfficials() + 1))
			.param("publicEmployees", String.valueOf(figure.getPublicEmployees()))
			.param("otherPosts", String.valueOf(figure.getOtherPosts()))
			.param("employed", String.valueOf(figure.getEmployed()))
			.param("cuts[2015]", String.valueOf(figure.getCuts().getOrDefault(2015, 0)))
			.param("cuts[2016]", String.valueOf(figure.getCuts().getOrDefault(2016, 0)))
			.param("cuts[2017]", String.valueOf(figure.getCuts().getOrDefault(2017, 0)))
			.param("cuts[2018]", String.valueOf(figure.getCuts().getOrDefault(2018, 0)))
			.param("cuts[2019]", String.valueOf(figure.getCuts().getOrDefault(2019, 0)))
			.param("cuts[2020]", String.valueOf(figure.getCuts().getOrDefault(2020, 0)))
			.param("cuts[2021]", String.valueOf(figure.getCuts().getOrDefault(2021, 0)))
			.param("version", String.valueOf(figure.getVersion())))
			.andExpect(status().is3xxRedirection());
		List<StaffingChange> history = staffing.history(unit.getId());
		assertThat(history).hasSize(before + 1);
		assertThat(history.get(0).getField()).isEqualTo("officials");
		assertThat(history.get(0).getChangedBy()).isEqualTo("thongke");
		assertThat(history.get(0).getOldValue()).isEqualTo(String.valueOf(figure.getOfficials()));
		// put it back so the other tests see the demo totals
		staffing.saveFigures(unit.getId(), period.getId(),
				staffing.figure(unit.getId(), period.getId()).orElseThrow().getVersion(), figure.values(), statistics);
	}

	@Test
	void periodsAreCheckedBeforeTheyAreAdded() throws Exception {
		var statistics = content.user("thongke", Role.STATISTICS);
		mvc.perform(post("/admin/staffing/periods").with(csrf()).with(user(statistics))
			.param("name", "Giai đoạn sai").param("startYear", "2035").param("endYear", "2031").param("targetPercent", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm kết thúc phải sau hoặc bằng năm bắt đầu.")));
		mvc.perform(post("/admin/staffing/periods").with(csrf()).with(user(statistics))
			.param("name", "Trùng").param("startYear", "2015").param("endYear", "2021").param("targetPercent", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giai đoạn này đã có.")));
		mvc.perform(post("/admin/staffing/periods").with(csrf()).with(user(statistics))
			.param("name", "Giai đoạn 2031 – 2035").param("startYear", "2031").param("endYear", "2035")
			.param("targetPercent", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ tiêu phải lớn hơn 0 và không quá 100 %.")));
		mvc.perform(post("/admin/staffing/periods").with(csrf()).with(user(statistics))
			.param("name", "Giai đoạn 2031 – 2035").param("startYear", "2031").param("endYear", "2035")
			.param("targetPercent", "7,5".replace(',', '.')))
			.andExpect(status().is3xxRedirection());
		assertThat(staffing.periodByCode("2031-2035")).get()
			.satisfies((p) -> assertThat(p.getTargetPercent()).isEqualByComparingTo("7.5"));
	}

	@Test
	void aParentUnitCannotBeMovedUnderItsOwnChild() throws Exception {
		StaffingUnit block = staffing.units().stream().filter((u) -> u.getSlug().equals("khoi-cac-co-quan-tinh"))
			.findFirst().orElseThrow();
		StaffingUnit child = staffing.units().stream().filter((u) -> block.getId().equals(u.getParentId()))
			.findFirst().orElseThrow();
		mvc.perform(post("/admin/staffing/units/" + block.getId()).with(csrf()).with(user(content.admin()))
			.param("name", block.getName()).param("kind", "BLOCK").param("parentId", String.valueOf(child.getId()))
			.param("position", "1").param("status", "ACTIVE").param("version", String.valueOf(block.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không thể chọn chính đơn vị này")));
	}

}
