package vn.tochuc.portal.about;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo "Giới thiệu" content a new user sees on the first start, in both languages. */
@SpringBootTest(properties = "portal.demo-data=true")
@AutoConfigureMockMvc
class AboutDemoTest {

	@Autowired
	AboutService about;

	@Autowired
	MockMvc mvc;

	@Autowired
	AboutDemoLoader loader;

	@Test
	void theDemoFillsEveryAboutPageInBothLanguagesAndOnlyOnce() throws Exception {
		assertThat(about.pages()).extracting(AboutPage::getSlug).contains("chuc-nang-nhiem-vu", "lich-su-hinh-thanh-va-phat-trien");
		assertThat(about.chart()).hasSize(1);
		assertThat(about.chart().get(0).children()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(about.leaders()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(about.contact().getOfficerName()).isNotBlank();
		mvc.perform(get("/gioi-thieu/chuc-nang-nhiem-vu")).andExpect(status().isOk())
			.andExpect(content().string(containsString("bảo vệ chính trị nội bộ")));
		mvc.perform(get("/gioi-thieu/chuc-nang-nhiem-vu").cookie(new Cookie("portal-lang", "en")))
			.andExpect(content().string(containsString("internal political protection")));
		mvc.perform(get("/gioi-thieu/lien-he")).andExpect(content().string(containsString(about.contact().getOfficerName())));

		int pages = about.pages().size();
		int units = about.units().size();
		loader.run(null);
		assertThat(about.pages()).hasSize(pages);
		assertThat(about.units()).hasSize(units);
	}

}
