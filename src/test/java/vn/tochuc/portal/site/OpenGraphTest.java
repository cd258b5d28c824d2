package vn.tochuc.portal.site;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutService;
import vn.tochuc.portal.about.AboutText;
import vn.tochuc.portal.media.MediaItem;
import vn.tochuc.portal.media.MediaLibrary;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public page tells search engines and social networks its one canonical address (built
 * from the configured base URL) and its Open Graph title, type and address; articles add their
 * lead and cover picture. Also: the article's reading tools and print stylesheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenGraphTest {

	static final String BASE = "http://localhost:8080";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	MediaLibrary media;

	@Autowired
	AboutService about;

	String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static List<String> values(String html, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(html);
		return matcher.results().map((result) -> result.group(1)).toList();
	}

	static List<String> canonical(String html) {
		return values(html, "<link rel=\"canonical\" href=\"([^\"]*)\"");
	}

	static List<String> og(String html, String property) {
		return values(html, "<meta property=\"og:" + property + "\" content=\"([^\"]*)\"");
	}

	@Test
	void everyPublicPageHasOneCanonicalAddressAndItsOpenGraphTags() throws Exception {
		Category category = content.category("Mở rộng " + System.nanoTime());
		Article article = content.published(category, "Bài có địa chỉ chuẩn " + System.nanoTime(), Instant.now());
		AboutPage aboutPage = about.createPage(new AboutText("Chức năng " + System.nanoTime(), null, "<p>Nội dung.</p>", null, 1));
		List<String> paths = List.of("/", category.getPath(), article.getPath(), "/hoi-nghi", "/lich-cong-tac",
				"/tinh-gian-bien-che", "/gioi-thieu", aboutPage.getPath(), "/gioi-thieu/so-do-to-chuc",
				"/gioi-thieu/lanh-dao", "/gioi-thieu/lien-he", "/gop-y");
		for (String path : paths) {
			String html = page(path);
			String expected = BASE + path;
			assertThat(canonical(html)).as("canonical of %s", path).containsExactly(expected);
			assertThat(og(html, "url")).as("og:url of %s", path).containsExactly(expected);
			assertThat(og(html, "title")).as("og:title of %s", path).hasSize(1).allSatisfy((t) -> assertThat(t).isNotBlank());
			assertThat(og(html, "type")).as("og:type of %s", path).hasSize(1);
			assertThat(og(html, "site_name")).as("og:site_name of %s", path).containsExactly("Ban Tổ chức Tỉnh ủy Nghệ An");
			assertThat(values(html, "<h1[ >]()")).as("one h1 on %s", path).hasSize(1);
		}
	}

	@Test
	void anArticleIsAnOpenGraphArticleWithItsLeadAndCover() throws Exception {
		Category category = content.category("Ảnh bìa " + System.nanoTime());
		MediaItem cover = media.upload(png(), "hoi-nghi.png", content.admin().id());
		Article article = articles.importPublished(TestContent.content(category, "Hội nghị có ảnh bìa " + System.nanoTime()),
				cover.getId(), Instant.now(), content.admin());
		String html = page(article.getPath());
		assertThat(og(html, "type")).containsExactly("article");
		assertThat(og(html, "title")).containsExactly(article.getTitle());
		assertThat(og(html, "description")).containsExactly(article.getSummary());
		assertThat(og(html, "image")).containsExactly(BASE + cover.getUrl());

		Article plain = content.published(category, "Bài không có ảnh bìa " + System.nanoTime(), Instant.now());
		assertThat(og(page(plain.getPath()), "image")).isEmpty();
	}

	@Test
	void theLanguageParameterIsNotPartOfTheCanonicalAddress() throws Exception {
		String html = mvc.perform(get("/gop-y?lang=en")).andReturn().getResponse().getContentAsString();
		assertThat(canonical(html)).containsExactly(BASE + "/gop-y");
		assertThat(og(html, "locale")).containsExactly("en_US");
	}

	@Test
	void everyArticleHasThePrintButtonAndTheFontSizeSwitchAndThePrintStylesheetHidesTheRest() throws Exception {
		Category category = content.category("In bài " + System.nanoTime());
		Article article = content.published(category, "Bài để in " + System.nanoTime(), Instant.now());
		String html = page(article.getPath());
		assertThat(html).contains("class=\"print-page tool-print\"")
			.contains("data-font-size=\"small\"").contains("data-font-size=\"normal\"").contains("data-font-size=\"large\"")
			.contains("aria-pressed=")
			.contains("Địa chỉ bài viết: " + BASE + article.getPath())
			.containsPattern("<script src=\"/js/portal[^\"]*\\.js\" defer></script>")
			.doesNotContain("onclick=");
		String css = mvc.perform(get("/css/portal.css")).andReturn().getResponse().getContentAsString();
		String print = css.substring(css.lastIndexOf("@media print"));
		assertThat(print).contains(".comment-form").contains(".reading-tools").contains(".print-only { display: block; }");
		assertThat(css).contains(".mainnav, .sidebar");
		String js = mvc.perform(get("/js/portal.js")).andReturn().getResponse().getContentAsString();
		assertThat(js).contains("localStorage").contains("window.print()");
	}

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xB3121B));
		g.fillRect(0, 0, 640, 400);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
