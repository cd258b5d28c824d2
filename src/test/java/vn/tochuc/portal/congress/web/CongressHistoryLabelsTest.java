package vn.tochuc.portal.congress.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.congress.CommitteeDraft;
import vn.tochuc.portal.congress.CommitteeLevel;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressDetails;
import vn.tochuc.portal.congress.CongressService;
import vn.tochuc.portal.congress.CongressStatus;
import vn.tochuc.portal.congress.CongressTerm;
import vn.tochuc.portal.congress.PartyCommittee;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 20: a congress's history reads as staff speak: labels, dd/MM/yyyy, full names; never codes. */
@SpringBootTest
@AutoConfigureMockMvc
class CongressHistoryLabelsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CongressService congresses;

	@Autowired
	TestContent content;

	@Test
	void theHistoryShowsStatusLabelsVietnameseDatesAndFullNames() throws Exception {
		PortalUser keeper = content.user("thongke-lichsu", Role.STATISTICS);
		CongressTerm term = congresses.termByCode("2005-2010")
			.orElseGet(() -> congresses.createTerm("Nhiệm kỳ 2005 – 2010", 2005, 2010, keeper));
		PartyCommittee committee = congresses.createCommittee(new CommitteeDraft(
				"Đảng bộ lịch sử " + System.nanoTime(), CommitteeLevel.ABOVE_GRASSROOTS, null, null, 900), keeper);
		LocalDate planned = LocalDate.of(2005, 8, 20);
		Congress congress = congresses.createCongress(new CongressDetails(committee.getId(), term.getId(), 20, false,
				planned, null, null, "Hội trường", CongressStatus.PLANNED), keeper);
		congresses.updateCongress(congress.getId(), congress.getVersion(), new CongressDetails(committee.getId(),
				term.getId(), 20, true, planned, planned.plusDays(1), planned.plusDays(2), "Hội trường",
				CongressStatus.HELD), keeper);

		String page = mvc.perform(get("/admin/congresses/" + congress.getId() + "/edit").with(user(keeper)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String history = page.substring(page.indexOf("id=\"changes-heading\""));
		assertThat(history).contains("<td>Dự kiến</td>").contains("<td>Đã tổ chức</td>")
			.contains("<td>21/08/2005</td>").contains("<td>22/08/2005</td>")
			.contains("<td>Không</td>").contains("<td>Có</td>")
			.contains("<td>Cán bộ thongke-lichsu</td>")
			.doesNotContain("PLANNED").doesNotContain("HELD").doesNotContain("2005-08-2")
			.doesNotContain(">true<").doesNotContain(">thongke-lichsu<");
	}

}
