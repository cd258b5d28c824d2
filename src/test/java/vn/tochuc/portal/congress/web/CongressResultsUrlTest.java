package vn.tochuc.portal.congress.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The results table's page links keep the filters that are set, and only those. */
class CongressResultsUrlTest {

	@Test
	void onlyTheFiltersThatAreSetGoIntoThePageLinks() {
		assertThat(CongressController.resultsUrl("2025-2030", null, null, null, null))
			.isEqualTo("/dai-hoi?nhiem-ky=2025-2030");
		assertThat(CongressController.resultsUrl("2025-2030", "co-so", "da-to-chuc", "co", "2025-W10"))
			.isEqualTo("/dai-hoi?nhiem-ky=2025-2030&cap=co-so&trang-thai=da-to-chuc&diem=co&tu-tuan=2025-W10");
	}

	@Test
	void aWeekThatIsNotAnIsoWeekIsLeftOut() {
		assertThat(CongressController.resultsUrl("2025-2030", null, null, null, "\"><script>"))
			.isEqualTo("/dai-hoi?nhiem-ky=2025-2030");
	}

}
