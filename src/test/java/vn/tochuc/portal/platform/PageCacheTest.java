package vn.tochuc.portal.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleViews;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.Logins;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reader pages rendered once, served many times, and never stale after a change. */
@SpringBootTest(properties = "portal.page-cache.enabled=true")
@AutoConfigureMockMvc
class PageCacheTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	PageCache cache;

	@Autowired
	ArticleViews views;

	@Autowired
	JdbcTemplate jdbc;

	Category category;

	@BeforeEach
	void setUp() {
		category = content.category("Bảo vệ chính trị nội bộ " + System.nanoTime());
	}

	@Test
	void theSecondReaderGetsTheStoredPageCompressedAndStillCountsAsAView() throws Exception {
		Article article = published("Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2025");
		MvcResult first = mvc.perform(get(article.getPath())).andExpect(status().isOk()).andReturn();
		long hits = cache.hits();
		long viewsBefore = views.count(article.getId());

		MvcResult second = mvc.perform(get(article.getPath()).header("Accept-Encoding", "gzip, deflate, br"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("ETag", first.getResponse().getHeader("ETag")))
			.andExpect(header().string("Cache-Control", containsString("max-age")))
			.andReturn();

		assertThat(cache.hits()).isEqualTo(hits + 1);
		// Served before Spring Security runs, the stored answer still carries its headers.
		for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
				"Referrer-Policy")) {
			assertThat(second.getResponse().getHeader(name)).as(name)
				.isNotBlank()
				.isEqualTo(first.getResponse().getHeader(name));
		}
		assertThat(second.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(gunzip(second.getResponse().getContentAsByteArray()))
			.isEqualTo(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(views.count(article.getId())).isEqualTo(viewsBefore + 1);
		// A client that does not take gzip gets the same page uncompressed.
		mvc.perform(get(article.getPath()))
			.andExpect(header().doesNotExist("Content-Encoding"))
			.andExpect(content().string(first.getResponse().getContentAsString(StandardCharsets.UTF_8)));
	}

	@Test
	void pagesReadOverTlsAreKeptApartWithTheirStrictTransportSecurity() throws Exception {
		Article article = published("Hướng dẫn công tác quy hoạch cán bộ nhiệm kỳ mới");
		mvc.perform(get(article.getPath()).secure(true)).andExpect(header().exists("Strict-Transport-Security"));
		mvc.perform(get(article.getPath()).secure(true)).andExpect(header().exists("Strict-Transport-Security"));
		long hits = cache.hits();
		mvc.perform(get(article.getPath())).andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get(article.getPath())).andExpect(header().doesNotExist("Strict-Transport-Security"));
		assertThat(cache.hits()).isEqualTo(hits + 1);
	}

	@Test
	void aPublishedEditIsVisibleOnTheNextRequest() throws Exception {
		Article article = published("Quy định về phân cấp quản lý cán bộ");
		mvc.perform(get(article.getPath())).andExpect(content().string(containsString(article.getTitle())));
		mvc.perform(get("/")).andExpect(content().string(containsString(article.getTitle())));

		Article renamed = content.rename(article, "Quy định mới về phân cấp quản lý cán bộ và bổ nhiệm");

		mvc.perform(get(renamed.getPath())).andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed.getTitle())));
		mvc.perform(get("/")).andExpect(content().string(containsString(renamed.getTitle())));
	}

	@Test
	void aConditionalGetIsAnswered304WithoutRendering() throws Exception {
		Article article = published("Kết quả đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2030");
		MvcResult first = mvc.perform(get(article.getPath())).andExpect(status().isOk()).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		long hits = cache.hits();

		mvc.perform(get(article.getPath()).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(content().string(""));
		assertThat(cache.hits()).isEqualTo(hits + 1);
	}

	@Test
	void staffNeverGetAStoredPage() throws Exception {
		Article article = published("Thông báo tuyển dụng công chức cơ quan Đảng");
		mvc.perform(get(article.getPath())).andExpect(status().isOk());
		// A change made behind the application's back: only the stored copy still has the old title.
		jdbc.update("update article set title = ? where id = ?", "Tiêu đề đã sửa trực tiếp", article.getId());
		mvc.perform(get(article.getPath())).andExpect(content().string(containsString(article.getTitle())));

		content.user("bientapvien", Role.EDITOR);
		MockHttpSession staff = (MockHttpSession) mvc
			.perform(Logins.login("bientapvien", Logins.fixturePassword("bientapvien"), "10.9.0.1"))
			.andReturn().getRequest().getSession(false);
		long hits = cache.hits();
		mvc.perform(get(article.getPath()).session(staff))
			.andExpect(content().string(containsString("Tiêu đề đã sửa trực tiếp")));
		assertThat(cache.hits()).isEqualTo(hits);
	}

	@Test
	void draftsAndMissingPagesAreNeverStored() throws Exception {
		Article draft = content.draft(category, "Dự thảo báo cáo chính trị chưa công bố");
		int stored = cache.size();
		mvc.perform(get("/bai-viet/" + draft.getSlug())).andExpect(status().isNotFound());
		mvc.perform(get("/")).andExpect(content().string(not(containsString(draft.getTitle()))));
		assertThat(cache.size()).isLessThanOrEqualTo(stored + 1);
		mvc.perform(get("/bai-viet/" + draft.getSlug())).andExpect(status().isNotFound());
	}

	@Test
	void aLanguageSwitchIsNotStoredAndEachLanguageHasItsOwnPage() throws Exception {
		published("Tin tức công tác cán bộ");
		mvc.perform(get("/")).andExpect(status().isOk());
		MvcResult english = mvc.perform(get("/?lang=en")).andExpect(status().isOk()).andReturn();
		String englishPage = english.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(englishPage).contains("lang=\"en\"");
		mvc.perform(get("/").cookie(english.getResponse().getCookies()))
			.andExpect(content().string(containsString("lang=\"en\"")));
		mvc.perform(get("/")).andExpect(content().string(containsString("lang=\"vi\"")));
	}

	@Test
	void aLanguageSwitchIsSeenInTheQueryStringAlone() {
		assertThat(PageCacheFilter.switchesLanguage("lang=en")).isTrue();
		assertThat(PageCacheFilter.switchesLanguage("page=2&lang=vi")).isTrue();
		assertThat(PageCacheFilter.switchesLanguage(null)).isFalse();
		assertThat(PageCacheFilter.switchesLanguage("q=slang=en")).isFalse();
		assertThat(PageCacheFilter.switchesLanguage("page=2")).isFalse();
	}

	@Test
	void aPageRenderedBeforeAChangeIsNotKept() {
		PageCache.Key key = new PageCache.Key("/x", null, "vi", false);
		long startedIn = cache.generation();
		cache.invalidateAll();
		assertThat(cache.put(key, new byte[] { 1 }, 1, java.util.List.of(), java.util.List.of(), startedIn)).isFalse();
		assertThat(cache.get(key)).isNull();
		assertThat(cache.put(key, new byte[] { 1 }, 1, java.util.List.of(), java.util.List.of(), cache.generation()))
			.isTrue();
		assertThat(cache.get(key)).isNotNull();
	}

	@Test
	void readersAskingForAPageBeingRenderedWaitForThatRendering() throws Exception {
		PageCache.Key key = new PageCache.Key("/dai-hoi", null, "vi", false);
		var first = new java.util.concurrent.CompletableFuture<PageCache.Page>();
		assertThat(cache.startRendering(key, first)).isNull();
		var underWay = cache.startRendering(key, new java.util.concurrent.CompletableFuture<>());
		assertThat(underWay).isSameAs(first);
		PageCache.Page page = cache.store(key, new byte[] { 1 }, 1, java.util.List.of(), java.util.List.of(),
				cache.generation());
		cache.rendered(key, first, page);
		assertThat(underWay.get()).isSameAs(page);
		assertThat(cache.startRendering(key, new java.util.concurrent.CompletableFuture<>())).isNull();
	}

	private Article published(String title) {
		return content.published(category, title, Instant.now().minus(2, ChronoUnit.HOURS));
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
