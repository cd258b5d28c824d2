package vn.tochuc.portal.site;

import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The language switch keeps the reader on the same page, query included, and is remembered. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageSwitchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Test
	void theSwitchLinksPointAtTheSamePageWithItsQuery() throws Exception {
		Category category = content.category("Ngôn ngữ " + System.nanoTime());
		for (int i = 0; i < 13; i++) {
			content.published(category, "Bài ngôn ngữ số " + i + " " + System.nanoTime(), Instant.now().minusSeconds(60L * i));
		}
		String page = mvc.perform(get(category.getPath() + "?page=2"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"" + category.getPath() + "?page=2&amp;lang=en\"")
			.contains("href=\"" + category.getPath() + "?page=2&amp;lang=vi\"");
	}

	@Test
	void switchingToEnglishIsRememberedInACookieAndTheSwitchLinkDropsTheOldLangParameter() throws Exception {
		MvcResult english = mvc.perform(get("/hoi-nghi?nam=2020&lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(cookie().value("portal-lang", "en"))
			.andExpect(cookie().maxAge("portal-lang", 365 * 24 * 3600))
			.andExpect(header().string("Cache-Control", "private, no-store"))
			.andReturn();
		String page = english.getResponse().getContentAsString();
		assertThat(page).contains("href=\"/hoi-nghi?nam=2020&amp;lang=vi\"").doesNotContain("lang=en&amp;lang");

		// The next page, without the parameter, is still in English; and back to Vietnamese.
		mvc.perform(get("/gop-y").cookie(new Cookie("portal-lang", "en")))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Send feedback")));
		mvc.perform(get("/gop-y").param("lang", "vi").cookie(new Cookie("portal-lang", "en")))
			.andExpect(content().string(containsString("<html lang=\"vi\"")))
			.andExpect(cookie().value("portal-lang", "vi"));
	}

	@Test
	void anUnknownLanguageIsIgnored() throws Exception {
		mvc.perform(get("/").param("lang", "xx-<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"vi\"")));
	}

}
