package vn.tochuc.portal.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reader's pages against the real database, as a browser would ask for them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@LocalServerPort
	int port;

	Category category;

	@BeforeEach
	void setUp() {
		category = content.category("Công tác tổ chức " + System.nanoTime());
	}

	@Test
	void homeShowsTheLeadStoryAndTheCategoryBlocks() throws Exception {
		Article article = content.published(category, "Hội nghị giao ban công tác tổ chức xây dựng Đảng 8 tỉnh miền Trung",
				Instant.now().minus(1, ChronoUnit.HOURS));
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"vi\"")))
			.andExpect(content().string(containsString(article.getTitle())))
			.andExpect(content().string(containsString(category.getName())))
			.andExpect(content().string(containsString("Liên kết website")))
			.andExpect(content().string(containsString("Lượt truy cập")))
			.andExpect(header().string("Cache-Control", containsString("max-age")));
	}

	@Test
	void articlePageShowsEverythingAReaderExpects() throws Exception {
		Article article = content.published(category, "Bầu một lần đủ 129 đồng chí vào Ban Chấp hành Đảng bộ",
				Instant.parse("2020-07-02T03:15:00Z"));
		mvc.perform(get(article.getPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"article-title\">" + article.getTitle() + "</h1>")))
			// 10:15 in Asia/Ho_Chi_Minh
			.andExpect(content().string(containsString("02/07/2020 10:15")))
			.andExpect(content().string(containsString("Chia sẻ bài viết")))
			.andExpect(content().string(containsString("property=\"og:title\"")))
			.andExpect(content().string(containsString("Mai Hương – Cảnh Toàn")))
			.andExpect(content().string(containsString("(Nguồn: baonghean.vn)")))
			.andExpect(content().string(containsString("facebook.com/sharer")))
			.andExpect(content().string(containsString("zalo")))
			.andExpect(content().string(containsString("class=\"breadcrumbs\"")));
	}

	@Test
	void relatedNewsComesFromTheSameCategoryOnly() throws Exception {
		Article main = content.published(category, "Sơ kết công tác tổ chức 6 tháng đầu năm", Instant.now().minusSeconds(60));
		Article sibling = content.published(category, "Tổng kết công tác đảng viên năm", Instant.now().minusSeconds(120));
		Category other = content.category("Chuyên mục khác " + System.nanoTime());
		Article stranger = content.published(other, "Tin của chuyên mục khác hẳn", Instant.now().minusSeconds(30));
		mvc.perform(get(main.getPath()))
			.andExpect(content().string(containsString(sibling.getTitle())))
			.andExpect(content().string(not(containsString(stranger.getTitle()))));
	}

	@Test
	void categoryPageListsNewestFirstWithPageLinks() throws Exception {
		for (int i = 0; i < 14; i++) {
			content.published(category, "Bài số " + (100 + i) + " về tinh giản biên chế", Instant.now().minusSeconds(3600L * (20 - i)));
		}
		String page1 = mvc.perform(get(category.getPath())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page1.indexOf("Bài số 113")).isLessThan(page1.indexOf("Bài số 112")).isPositive();
		assertThat(page1).contains("?page=2").doesNotContain("Bài số 101 ");
		mvc.perform(get(category.getPath()).param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bài số 100")));
		mvc.perform(get(category.getPath()).param("page", "3")).andExpect(status().isNotFound());
	}

	@Test
	void draftsAndUnpublishedArticlesAreNotPublic() throws Exception {
		Article draft = content.draft(category, "Bản nháp chưa được xuất bản");
		mvc.perform(get(draft.getPath())).andExpect(status().isNotFound());
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(not(containsString(draft.getTitle()))));
		mvc.perform(get(category.getPath())).andExpect(content().string(not(containsString(draft.getTitle()))));
		mvc.perform(get("/tim-kiem").param("q", "ban nhap chua")).andExpect(content().string(not(containsString(draft.getPath()))));
	}

	@Test
	void anOldSlugRedirectsToTheRenamedArticle() throws Exception {
		Article article = content.published(category, "Tiêu đề ban đầu của bài viết", Instant.now());
		String oldPath = article.getPath();
		Article renamed = content.rename(article, "Tiêu đề mới của bài viết");
		assertThat(renamed.getPath()).isEqualTo("/bai-viet/tieu-de-moi-cua-bai-viet");
		mvc.perform(get(oldPath)).andExpect(status().isMovedPermanently()).andExpect(redirectedUrl(renamed.getPath()));
		mvc.perform(get(renamed.getPath())).andExpect(status().isOk());
	}

	@Test
	void searchFindsVietnameseWithoutDiacritics() throws Exception {
		Article article = content.published(category, "Đảng bộ huyện Kỳ Sơn tổ chức đại hội điểm", Instant.now());
		// The title comes back with the words found marked, so the page holds the article's address whole.
		mvc.perform(get("/tim-kiem").param("q", "dang bo huyen ky son"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(article.getPath())));
		mvc.perform(get("/tim-kiem").param("q", "ĐẢNG BỘ HUYỆN KỲ SƠN"))
			.andExpect(content().string(containsString(article.getPath())));
		mvc.perform(get("/tim-kiem").param("q", "%_'\"<script>")).andExpect(status().isOk());
		mvc.perform(get("/tim-kiem").param("q", "x".repeat(500))).andExpect(status().isOk())
			.andExpect(content().string(containsString("quá dài")));
	}

	@Test
	void unknownPathIsThePortalsOwn404EvenForClientsThatAcceptAnything() throws Exception {
		HttpResponse<String> response = fetch("/khong-co-trang-nay", "*/*");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Không tìm thấy trang").contains("lang=\"vi\"").doesNotContain("Exception");
	}

	@Test
	void unknownArticleAndBadPageNumbersAre404() throws Exception {
		assertThat(fetch("/bai-viet/khong-ton-tai", "text/html").statusCode()).isEqualTo(404);
		assertThat(fetch("/chuyen-muc/khong-ton-tai", "text/html").statusCode()).isEqualTo(404);
		assertThat(fetch(category.getPath() + "?page=abc", "text/html").statusCode()).isEqualTo(400);
	}

	@Test
	void staffPagesNeedALogin() throws Exception {
		HttpResponse<String> response = fetch("/admin/articles", "text/html");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = fetch("/actuator/health", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		assertThat(fetch("/actuator/env", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void conditionalGetAnswers304() throws Exception {
		HttpResponse<String> first = fetch(category.getPath(), "text/html");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> second = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(category.getPath()))
			.header("Accept", "text/html").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(second.statusCode()).isEqualTo(304);
	}

	@Test
	void securityHeadersForbidInlineScripts() throws Exception {
		HttpResponse<String> response = fetch("/", "text/html");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
			.contains("script-src 'self';").contains("frame-ancestors"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.body()).doesNotContain("<script>").doesNotContain(" onclick=");
		assertThat(response.headers().firstValue("Set-Cookie")).as("public pages open no session").isEmpty();
	}

	@Test
	void theLanguageSwitchStaysOnThePage() throws Exception {
		HttpResponse<String> response = fetch(category.getPath() + "?lang=en", "text/html");
		assertThat(response.body()).contains("lang=\"en\"").contains("Home").contains(category.getPath() + "?lang=vi");
	}

	@Test
	void aServerErrorIsThePortalsOwn500PageWithoutAStackTrace() throws Exception {
		HttpResponse<String> response = fetch("/test/hong", "text/html");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Hệ thống đang gặp sự cố").doesNotContain("IllegalStateException")
			.doesNotContain("at vn.tochuc");
	}

	@Test
	void feedsAndTheSitemapAreValidXmlWithOnlyLiveArticles() throws Exception {
		Article live = content.published(category, "Tin cho bạn đọc RSS & Zalo <đặc biệt>", Instant.now().minusSeconds(5));
		Article draft = content.draft(category, "Bản nháp không được vào RSS");
		for (String path : new String[] { "/rss.xml", category.getPath() + "/rss.xml" }) {
			HttpResponse<String> rss = fetch(path, "application/rss+xml");
			assertThat(rss.statusCode()).isEqualTo(200);
			org.w3c.dom.Document xml = parseXml(rss.body());
			assertThat(xml.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
			var titles = xml.getElementsByTagName("title");
			java.util.List<String> texts = new java.util.ArrayList<>();
			for (int i = 0; i < titles.getLength(); i++) {
				texts.add(titles.item(i).getTextContent());
			}
			assertThat(texts).contains(live.getTitle()).doesNotContain(draft.getTitle());
			assertThat(rss.body()).contains("<pubDate>").contains("http://localhost:8080" + live.getPath());
		}
		HttpResponse<String> sitemap = fetch("/sitemap.xml", "application/xml");
		org.w3c.dom.Document xml = parseXml(sitemap.body());
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(sitemap.body()).contains(live.getPath()).contains(category.getPath()).doesNotContain(draft.getPath());
		assertThat(fetch("/chuyen-muc/khong-co/rss.xml", "application/rss+xml").statusCode()).isEqualTo(404);
	}

	private static org.w3c.dom.Document parseXml(String text) throws Exception {
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
	}

	@Test
	void robotsKeepCrawlersOutOfTheStaffArea() throws Exception {
		assertThat(fetch("/robots.txt", "text/plain").body()).contains("Disallow: /admin").contains("Sitemap: ");
	}

	/** A page that always fails, to see what a reader gets when something breaks (registered as a member class). */
	@TestConfiguration
	static class FailingPage {

		@RestController
		static class Failing {

			@GetMapping("/test/hong")
			String fail() {
				throw new IllegalStateException("Lỗi thử nghiệm");
			}

		}

	}

	private HttpResponse<String> fetch(String path, String accept) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
