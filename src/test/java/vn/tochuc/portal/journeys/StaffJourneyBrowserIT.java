package vn.tochuc.portal.journeys;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.webjars.WebJarVersionLocator;

import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutService;
import vn.tochuc.portal.about.AboutText;
import vn.tochuc.portal.about.AboutUnit;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressTestData;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.platform.RichText;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The newsroom's main journey in a real browser (headless Chromium driven by Selenium): an editor
 * logs in, creates a category, writes an article in the editor (HugeRTE) with a cover photo, a
 * Word document and a Word table pasted in, a photo with a caption from the media library and a
 * link to a document, and publishes it; an anonymous reader then opens it on the public site, on
 * a desktop and a phone.
 * Screenshots of the public page land in {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StaffJourneyBrowserIT {

private static final Duration TIMEOUT = Browsers.TIMEOUT;

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	@Autowired
	AboutService about;

	@Autowired
	DocumentService documents;

	@Autowired
	ApplicationContext context;

	private final Browsers browsers = new Browsers();

	@BeforeAll
	static void requireChromium() {
		Browsers.requireChromium();
	}

	@AfterEach
	void quitBrowsers() {
		browsers.quitAll();
	}

	@Test
	void anEditorPublishesAnArticleWrittenInTheEditorThatAnAnonymousReaderThenSees() throws Exception {
		String suffix = String.valueOf(System.currentTimeMillis() % 1_000_000);
		String title = "Hội nghị trực tuyến sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm " + suffix;
		String categoryName = "Xây dựng Đảng " + suffix;
		String summary = "Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.";
		String paragraph = "Hội nghị được kết nối trực tuyến tới 21 điểm cầu trong toàn tỉnh, với hơn 500 đại biểu tham dự.";
		String byline = "Mai Hương – Cảnh Toàn";
		String source = "baonghean.vn";
		String caption = "Toàn cảnh hội nghị tại điểm cầu Tỉnh ủy";
		String photoCaption = "Đại biểu dự hội nghị tại điểm cầu Tỉnh ủy";
		Path cover = coverImage(suffix);

		// The editor logs in.
		WebDriver staff = browser();
		WebDriverWait staffWait = new WebDriverWait(staff, TIMEOUT);
		logIn(staff, staffWait);

		// ... creates a category for the article ...
		staff.get(url("/admin/categories/new"));
		type(staff.findElement(By.id("name")), categoryName);
		type(staff.findElement(By.id("description")), "Tin về công tác xây dựng Đảng về tổ chức.");
		type(staff.findElement(By.id("position")), "1");
		WebElement showOnHome = staff.findElement(By.id("showOnHome"));
		if (!showOnHome.isSelected()) {
			showOnHome.click();
		}
		staff.findElement(By.cssSelector("main form button[type=submit]")).click();
		staffWait.until((d) -> "/admin/categories".equals(path(d)));
		assertThat(staff.findElement(By.cssSelector(".flash.success")).getText()).contains(categoryName);

		// A document of the library, for a link picked from the editor's list.
		PartyDocument resolution = documents.create(new DocumentDetails(DocumentType.RESOLUTION,
				Integer.parseInt(suffix) % 9000 + 1000, "NQ/TU", DocumentIssuer.PROVINCIAL_COMMITTEE, null, null,
				LocalDate.of(2025, 3, 1), null, "Về công tác cán bộ " + suffix, "Trích yếu nghị quyết.", null, null,
				List.of(), List.of(), List.of(), List.of()));

		// ... writes the article in the rich-text editor (HugeRTE, served by the portal) ...
		staff.get(url("/admin/articles/new"));
		staffWait.until((d) -> Boolean.TRUE.equals(js(d, "return !!(window.hugerte && hugerte.activeEditor"
				+ " && hugerte.activeEditor.initialized);")));
		assertThat(js(staff, "return !!window.tinymce;")).as("no TinyMCE on the page").isEqualTo(Boolean.FALSE);
		// The editor's schema is the sanitizer's list, handed over by the page.
		assertThat(js(staff, "return hugerte.activeEditor.options.get('valid_elements');"))
			.isEqualTo(RichText.editorSchema().validElements());
		type(staff.findElement(By.id("title")), title);
		type(staff.findElement(By.id("summary")), summary);
		js(staff, "hugerte.activeEditor.setContent(arguments[0]); hugerte.activeEditor.save();",
				"<p>" + paragraph + "</p><p>Đồng chí Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.</p>"
						+ "<p style=\"color:red\" class=\"MsoNormal\" onclick=\"alert(1)\">Theo <span style=\"font-family:Arial\">"
						+ "tài liệu</span> hội nghị.</p>");
		// The editor itself already keeps only what the sanitizer keeps.
		assertThat(js(staff, "return hugerte.activeEditor.getContent();")).asString()
			.contains("<p>Theo tài liệu hội nghị.</p>")
			.doesNotContain("style=").doesNotContain("Mso").doesNotContain("onclick");
		assertThat(js(staff, "var box = document.createElement('div');"
				+ " box.innerHTML = document.getElementById('body').value; return box.textContent;"))
			.asString().contains(paragraph);

		// Every word of the editor's interface is Vietnamese: toolbar, menus, status bar, dialogs.
		assertThat(englishEditorTexts(staff)).as("English words in the editor").isEmpty();
		assertThat(staff.findElement(By.cssSelector(".tox-statusbar__wordcount")).getText()).matches("\\d+ từ");
		for (String menu : List.of("Sửa", "Chèn", "Định dạng", "Bảng", "Xem")) {
			staff.findElement(By.xpath("//div[contains(@class,'tox-menubar')]//button[normalize-space()='" + menu + "']"))
				.click();
			staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-menu")));
			assertThat(englishEditorTexts(staff)).as("English words in the menu %s", menu).isEmpty();
			staff.switchTo().activeElement().sendKeys(Keys.ESCAPE);
			staffWait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-menu")));
		}

		// A Word document and a Word table pasted as Word puts them on the clipboard.
		paste(staff, wordClipboard("article.html"));
		staffWait.until((d) -> String.valueOf(js(d, "return hugerte.activeEditor.getContent();"))
			.contains("Rà soát quy hoạch cán bộ"));
		paste(staff, wordClipboard("table.html"));
		staffWait.until((d) -> String.valueOf(js(d, "return hugerte.activeEditor.getContent();")).contains("2.811"));
		String pasted = String.valueOf(js(staff, "return hugerte.activeEditor.getContent();"));
		assertThat(pasted).contains("<h2>Hội nghị sơ kết công tác tổ chức xây dựng Đảng</h2>", "<ul>", "<ol>",
				"<li>Chuẩn bị nhân sự đại hội đảng bộ các cấp</li>", "<table>", "<th rowspan=\"2\" scope=\"col\">",
				"<a href=\"https://dangcongsan.vn/tu-lieu-van-kien\">", "<b>sơ kết công tác 6 tháng đầu năm</b>");
		assertThat(pasted).doesNotContain("Mso", "mso-", "o:p", "style=", "<span", "<font", "file:", "·");

		// A picture pasted into the text goes to the media library, not into the body as data.
		paste(staff, "<p><img src=\"data:image/png;base64," + pngBase64(suffix) + "\" alt=\"Sơ đồ điểm cầu\"></p>");
		staffWait.until((d) -> String.valueOf(js(d, "return hugerte.activeEditor.getContent();"))
			.matches("(?s).*<img src=\"/media/[^\"]+\" alt=\"Sơ đồ điểm cầu\".*"));

		// A photo with a caption, picked from the media library in the image dialog.
		js(staff, "var e = hugerte.activeEditor; e.focus();"
				+ " e.selection.setCursorLocation(e.dom.add(e.getBody(), 'p', {}, '<br data-mce-bogus=\"1\">'), 0);"
				+ " e.execCommand('mceImage');");
		WebElement dialog = staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog")));
		assertThat(dialog.findElement(By.cssSelector(".tox-dialog__title")).getText()).isEqualTo("Chèn/sửa ảnh");
		assertThat(englishEditorTexts(staff)).as("English words in the image dialog").isEmpty();
		dialog.findElement(By.xpath(".//label[normalize-space()='Ảnh trong thư viện']/following::button[1]")).click();
		WebElement picker = staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-selected-menu")));
		assertThat(picker.findElements(By.cssSelector(".tox-collection__item-label"))).extracting(WebElement::getText)
			.hasSizeGreaterThan(1).first().isEqualTo("Không");
		// As staff do with the keyboard: the first picture after "none".
		staff.switchTo().activeElement().sendKeys(Keys.DOWN, Keys.ENTER);
		staffWait.until((d) -> dialogField(d, "Địa chỉ ảnh").getAttribute("value").startsWith("/media/"));
		type(dialogField(staff, "Mô tả ảnh (cho người khiếm thị)"), "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy");
		WebElement showCaption = dialog.findElement(By.xpath(".//label[normalize-space()='Hiện chú thích']"));
		showCaption.click();
		dialog.findElement(By.xpath(".//button[normalize-space()='Lưu']")).click();
		staffWait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
		// The new caption is empty, with a hint; nothing of it is in the text until one is typed.
		WebElement frame = staff.findElement(By.cssSelector(".tox-edit-area iframe"));
		staff.switchTo().frame(frame);
		WebElement figcaption = staffWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.image figcaption")));
		assertThat(figcaption.getText()).isEmpty();
		assertThat(figcaption.getAttribute("data-mce-caption-hint")).isEqualTo("Chú thích ảnh: gõ vào đây, để trống nếu không cần");
		staff.switchTo().defaultContent();
		assertThat(String.valueOf(js(staff, "return hugerte.activeEditor.getContent();")))
			.contains("<figure class=\"image\">").doesNotContain("<figcaption").doesNotContain("Caption");
		staff.switchTo().frame(frame);
		figcaption.click();
		figcaption.sendKeys(photoCaption);
		staff.switchTo().defaultContent();
		staffWait.until((d) -> String.valueOf(js(d, "return hugerte.activeEditor.getContent();"))
			.contains("<figcaption>" + photoCaption + "</figcaption>"));

		// A link to a document of the library, picked from the link dialog's list.
		js(staff, "var e = hugerte.activeEditor; var p = e.dom.add(e.getBody(), 'p', {}, 'Toàn văn nghị quyết');"
				+ " e.selection.select(p, true); e.execCommand('mceLink');");
		dialog = staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-dialog")));
		assertThat(englishEditorTexts(staff)).as("English words in the link dialog").isEmpty();
		dialog.findElement(By.xpath(".//label[normalize-space()='Văn bản trên cổng']/following::button[1]")).click();
		staffWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tox-selected-menu")));
		chooseInOpenList(staff, "Về công tác cán bộ " + suffix);
		dialog.findElement(By.xpath(".//button[normalize-space()='Lưu']")).click();
		staffWait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".tox-dialog")));
		assertThat(String.valueOf(js(staff, "return hugerte.activeEditor.getContent();")))
			.contains("<a href=\"" + resolution.getPath() + "\">Toàn văn nghị quyết</a>");

		// Full screen and undo are there.
		js(staff, "hugerte.activeEditor.execCommand('mceFullScreen');");
		assertThat(js(staff, "return hugerte.activeEditor.plugins.fullscreen.isFullscreen();")).isEqualTo(Boolean.TRUE);
		js(staff, "hugerte.activeEditor.execCommand('mceFullScreen');");
		assertThat(js(staff, "return hugerte.activeEditor.undoManager.hasUndo();")).isEqualTo(Boolean.TRUE);
		js(staff, "hugerte.activeEditor.save();");

		type(staff.findElement(By.id("author")), byline);
		type(staff.findElement(By.id("source")), source);
		new Select(staff.findElement(By.id("categoryId"))).selectByVisibleText(categoryName);
		staff.findElement(By.id("coverFile")).sendKeys(cover.toAbsolutePath().toString());
		type(staff.findElement(By.id("coverCaption")), caption);

		// ... and publishes it.
		WebElement publish = staff.findElement(By.cssSelector("button[name=action][value=publish]"));
		js(staff, "arguments[0].scrollIntoView({block: 'center'});", publish);
		publish.click();
		staffWait.until((d) -> path(d).matches("/admin/articles/\\d+/edit"));
		Matcher edit = Pattern.compile("/admin/articles/(\\d+)/edit").matcher(path(staff));
		assertThat(edit.matches()).isTrue();
		assertThat(Long.parseLong(edit.group(1))).isPositive();
		assertThat(staff.findElement(By.cssSelector(".flash.success")).getText())
			.isEqualTo("Đã xuất bản bài “" + title + "”.");

		String articlePath = "/bai-viet/" + slug(title);
		assertThat(articlePath).isEqualTo(
				"/bai-viet/hoi-nghi-truc-tuyen-so-ket-cong-tac-to-chuc-xay-dung-dang-6-thang-dau-nam-" + suffix);
		WebElement viewLive = staff.findElement(By.linkText("Xem trên trang"));
		assertThat(URI.create(viewLive.getAttribute("href")).getPath()).isEqualTo(articlePath);

		// The editor's unsaved text is kept in this browser under the editor's own name, and leaves
		// the browser with the logout.
		type(staff.findElement(By.id("summary")), summary + " Bổ sung sau khi xuất bản.");
		String draftKey = "tochuc-draft:user-" + content.admin().id() + ":article-" + edit.group(1);
		staffWait.until((d) -> js(d, "return localStorage.getItem(arguments[0]);", draftKey) != null);
		WebElement logout = staff.findElement(By.cssSelector("form[data-logout] button[type=submit]"));
		logout.click();
		staffWait.until((d) -> "/login".equals(path(d)));
		assertThat(js(staff, "return Object.keys(localStorage).filter(function (k) {"
				+ " return k.indexOf('tochuc-draft:') === 0; }).length;")).as("drafts left after logout")
			.isEqualTo(0L);

		// An anonymous reader, in a browser of their own, opens the article.
		WebDriver reader = browser();
		WebDriverWait readerWait = new WebDriverWait(reader, TIMEOUT);
		reader.manage().logs().get(LogType.BROWSER); // start from a clean console
		reader.get(url(articlePath));
		readerWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.article-title")));
		assertThat(path(reader)).isEqualTo(articlePath);
		assertThat(reader.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		assertThat(reader.findElement(By.cssSelector("h1.article-title")).getText()).isEqualTo(title);
		assertThat(reader.findElement(By.cssSelector("figure.article-cover figcaption")).getText()).isEqualTo(caption);
		assertThat(reader.findElement(By.cssSelector("div.article-body")).getText()).contains(paragraph);
		// What came from Word, the photo with its caption, the table and the document link, as readers see them.
		WebElement body = reader.findElement(By.cssSelector("div.article-body"));
		String published = body.getAttribute("innerHTML");
		assertThat(body.findElements(By.xpath(".//h2[normalize-space()='Kết quả nổi bật']"))).hasSize(1);
		assertThat(body.findElements(By.cssSelector("ul > li > ul > li"))).extracting(WebElement::getText)
			.containsExactly("trong đó 3 đơn vị sự nghiệp");
		assertThat(body.findElements(By.cssSelector("ol > li"))).hasSize(2);
		assertThat(body.findElements(By.cssSelector("table th[colspan='2']"))).extracting(WebElement::getText)
			.containsExactly("Biên chế");
		assertThat(body.findElement(By.cssSelector("p.align-center")).getText()).isEqualTo("Tin từ Văn phòng Ban Tổ chức Tỉnh ủy");
		assertThat(body.findElement(By.cssSelector("figure.image figcaption")).getText()).isEqualTo(photoCaption);
		assertThat(body.findElements(By.cssSelector("figcaption"))).hasSize(1);
		WebElement photo = body.findElement(By.cssSelector("figure.image img"));
		assertThat(URI.create(photo.getAttribute("src")).getPath()).startsWith("/media/");
		assertThat(photo.getAttribute("alt")).isEqualTo("Quang cảnh hội nghị tại điểm cầu Tỉnh ủy");
		readerWait.until((d) -> Boolean.TRUE.equals(js(d, "return arguments[0].complete && arguments[0].naturalWidth > 0;", photo)));
		assertThat(URI.create(body.findElement(By.linkText("Toàn văn nghị quyết")).getAttribute("href")).getPath())
			.isEqualTo(resolution.getPath());
		assertThat(body.findElements(By.cssSelector("img"))).allSatisfy((img) ->
				assertThat(URI.create(img.getAttribute("src")).getPath()).startsWith("/media/"));
		assertThat(published).doesNotContain("Caption", "Mso", "mso-", "o:p", "style=", "<font", "data:", "file:", "·");
		assertThat(reader.findElement(By.cssSelector("p.byline")).getText()).isEqualTo(byline);
		assertThat(reader.findElement(By.cssSelector("p.source")).getText()).contains(source);
		assertThat(reader.findElements(By.linkText("Xem trên trang"))).isEmpty();

		WebElement coverImage = reader.findElement(By.cssSelector("figure.article-cover img"));
		assertThat(URI.create(coverImage.getAttribute("src")).getPath()).startsWith("/media/");
		readerWait.until((d) -> Boolean.TRUE.equals(js(d, "return arguments[0].complete;", coverImage)));
		assertThat(((Number) js(reader, "return arguments[0].naturalWidth;", coverImage)).intValue())
			.as("the cover image loaded").isEqualTo(800);
		assertThat(((Number) js(reader, "return arguments[0].naturalHeight;", coverImage)).intValue()).isEqualTo(500);

		assertThat(consoleErrors(reader)).as("browser console errors on the public article page").isEmpty();

		Files.createDirectories(SCREENSHOTS);
		screenshot(reader, 1366, SCREENSHOTS.resolve("article-desktop.png"));
		screenshot(reader, 390, SCREENSHOTS.resolve("article-mobile.png"));
		assertThat(number(reader, "return document.documentElement.scrollWidth;"))
			.as("no horizontal scrolling on a 390px-wide phone").isLessThanOrEqualTo(390);

		// The article is listed on its category's page.
		String categoryPath = "/chuyen-muc/" + slug(categoryName);
		WebElement crumb = reader.findElement(By.cssSelector("nav.breadcrumbs a[href*='/chuyen-muc/']"));
		assertThat(URI.create(crumb.getAttribute("href")).getPath()).isEqualTo(categoryPath);
		reader.get(url(categoryPath));
		readerWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.page-title")));
		assertThat(reader.findElement(By.cssSelector("h1.page-title")).getText()).isEqualTo(categoryName);
		List<WebElement> listed = reader.findElements(By.cssSelector(".teaser-list .teaser-title a"));
		assertThat(listed).extracting(WebElement::getText).contains(title);
		assertThat(listed).extracting((a) -> URI.create(a.getAttribute("href")).getPath()).contains(articlePath);
		assertThat(consoleErrors(reader)).as("browser console errors on the category page").isEmpty();

		// With the staff area in English, the editor speaks English (logged in again after the logout above).
		logIn(staff, staffWait);
		staff.get(url("/admin/articles/new?lang=en"));
		staffWait.until((d) -> Boolean.TRUE.equals(js(d, "return !!(window.hugerte && hugerte.activeEditor"
				+ " && hugerte.activeEditor.initialized);")));
		assertThat(staff.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		assertThat(staff.findElements(By.cssSelector(".tox button[aria-label='Bold']"))).hasSize(1);
		assertThat(staff.findElement(By.cssSelector(".tox-statusbar__wordcount")).getText()).matches("\\d+ words");
		staff.get(url("/admin?lang=vi"));
	}

	/**
	 * A reader's journey through the public pages in a real browser, with axe-core (from WebJars)
	 * checking each page against WCAG 2.1 A and AA: any serious or critical violation fails the
	 * test. On the way: the skip link, the language switch staying on the page, the font-size
	 * switch used with the keyboard and remembered, and a comment posted through the form.
	 */
	@Test
	void aReaderFindsEveryPageAccessibleAndUsableWithTheKeyboard() throws Exception {
		String suffix = String.valueOf(System.nanoTime() % 1_000_000);
		Category category = content.category("Công tác cán bộ " + suffix);
		Article article = content.published(category, "Bầu một lần đủ 129 đồng chí vào Ban Chấp hành " + suffix,
				Instant.now().minusSeconds(600));
		content.published(category, "Tinh giản 6.666 biên chế, đạt gần 8,1% " + suffix, Instant.now().minusSeconds(1200));
		AboutPage functions = about.createPage(new AboutText("Chức năng, nhiệm vụ " + suffix, "Functions and duties",
				"<p>Tham mưu cho Tỉnh ủy về tổ chức bộ máy, cán bộ, đảng viên.</p>",
				"<p>Advises the Provincial Party Committee on organisation, cadres and members.</p>", 1));
		AboutUnit top = about.createUnit(null, "Lãnh đạo Ban " + suffix, "Leadership", 1);
		about.createUnit(top.getId(), "Văn phòng Ban " + suffix, "Office", 1);
		about.createLeader("Nguyễn Văn Minh " + suffix, "Trưởng Ban", "Head of the department", null, 1);

		PartyDocument document = documents.create(new DocumentDetails(DocumentType.CONCLUSION,
				Integer.valueOf(suffix) % 9000 + 1000, "KL/TW", DocumentIssuer.POLITBURO, 13, null, LocalDate.of(2024, 5, 6),
				null, "Về tiếp tục đổi mới công tác cán bộ " + suffix, "Trích yếu kết luận.", null, null, List.of(),
				List.of(), List.of(), List.of()));
		Congress congress = CongressTestData.demoProvincialCongress(context);

		WebDriver reader = browser();
		WebDriverWait wait = new WebDriverWait(reader, TIMEOUT);
		reader.manage().timeouts().scriptTimeout(TIMEOUT);
		List<String> pages = List.of("/", category.getPath(), article.getPath(), "/hoi-nghi", "/lich-cong-tac",
				"/tinh-gian-bien-che", "/van-ban", document.getPath(), "/dai-hoi", congress.getPath(),
				"/tim-kiem?q=bien+che", "/gioi-thieu", functions.getPath(), "/gioi-thieu/so-do-to-chuc",
				"/gioi-thieu/lanh-dao", "/gioi-thieu/lien-he", "/gop-y");
		for (String page : pages) {
			reader.get(url(page));
			wait.until((d) -> "complete".equals(js(d, "return document.readyState;")));
			assertThat(reader.findElements(By.tagName("h1"))).as("one h1 on %s", page).hasSize(1);
			assertThat(reader.findElements(By.cssSelector("main#main"))).as("main landmark on %s", page).hasSize(1);
			assertThat(seriousViolations(reader)).as("serious or critical axe violations on %s", page).isEmpty();
		}

		// The skip link is the first thing the keyboard reaches, and it shows when focused.
		reader.get(url(article.getPath()));
		reader.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement skip = reader.switchTo().activeElement();
		assertThat(skip.getAttribute("class")).contains("skip-link");
		assertThat(skip.getRect().getX()).isGreaterThanOrEqualTo(0);

		// The font-size switch works from the keyboard and is remembered on the next page.
		WebElement larger = reader.findElement(By.cssSelector("button[data-font-size=large]"));
		js(reader, "arguments[0].focus();", larger);
		reader.switchTo().activeElement().sendKeys(Keys.ENTER);
		wait.until((d) -> "true".equals(larger.getAttribute("aria-pressed")));
		assertThat(reader.findElement(By.tagName("html")).getAttribute("class")).contains("font-large");
		reader.get(url(article.getPath()));
		wait.until((d) -> d.findElement(By.tagName("html")).getAttribute("class").contains("font-large"));
		assertThat(reader.findElement(By.cssSelector("button[data-font-size=large]")).getAttribute("aria-pressed"))
			.isEqualTo("true");

		// The language switch stays on the page, query included, and the choice is remembered.
		reader.get(url("/hoi-nghi?nam=2020"));
		reader.findElement(By.cssSelector(".lang-switch a[hreflang=en]")).click();
		wait.until((d) -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
		URI switched = URI.create(reader.getCurrentUrl());
		assertThat(switched.getPath()).isEqualTo("/hoi-nghi");
		assertThat(switched.getQuery()).contains("nam=2020");
		reader.get(url(functions.getPath()));
		assertThat(reader.findElement(By.tagName("h1")).getText()).isEqualTo("Functions and duties");
		assertThat(seriousViolations(reader)).as("axe on the English about page").isEmpty();
		reader.findElement(By.cssSelector(".lang-switch a[hreflang=vi]")).click();
		wait.until((d) -> "vi".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

		// A comment through the real form: the reader lands back on the comment area with the message.
		reader.get(url(article.getPath()));
		type(reader.findElement(By.id("name")), "Lê Thị Thu");
		type(reader.findElement(By.id("email")), "thu.lt@example.vn");
		type(reader.findElement(By.id("text")), "Chúc mừng Đại hội thành công.");
		WebElement send = reader.findElement(By.cssSelector(".comment-form button[type=submit]"));
		js(reader, "arguments[0].scrollIntoView({block: 'center'});", send);
		send.click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#y-kien .flash.success")));
		assertThat(URI.create(reader.getCurrentUrl()).getFragment()).isEqualTo("y-kien");
		assertThat(reader.findElement(By.cssSelector("#y-kien .flash.success")).getText())
			.startsWith("Cảm ơn bạn đã gửi ý kiến.");
		assertThat(reader.findElement(By.id("website")).isDisplayed()).as("the honeypot is hidden").isFalse();
		assertThat(seriousViolations(reader)).as("axe after posting a comment").isEmpty();
		assertThat(consoleErrors(reader)).as("browser console errors on the reader's journey").isEmpty();
	}

	/** Visible editor texts (labels, tooltips, menu items, the status bar) with no Vietnamese in them. */
	@SuppressWarnings("unchecked")
	private static List<String> englishEditorTexts(WebDriver driver) {
		return (List<String>) js(driver, """
				var texts = [];
				document.querySelectorAll('.tox, .tox *').forEach(function (element) {
				  ['aria-label', 'title', 'placeholder'].forEach(function (name) {
				    var value = element.getAttribute(name);
				    if (value) { texts.push(value.trim()); }
				  });
				  element.childNodes.forEach(function (node) {
				    if (node.nodeType === 3 && node.nodeValue.trim()) { texts.push(node.nodeValue.trim()); }
				  });
				});
				// Vietnamese words with no mark at all that the translation uses.
				var plain = ['Chung', 'Cam', 'Lam', 'Xem'];
				return texts.filter(function (text) {
				  // keyboard shortcuts (Ctrl+Z) are keys, not words
				  return /[A-Za-z]{3,}/.test(text) && !/[À-ỹĐđ]/.test(text) && plain.indexOf(text) < 0
				    && !/^((Ctrl|Shift|Alt)\\+)+\\S+$/.test(text);
				}).filter(function (text, index, all) { return all.indexOf(text) === index; });
				""");
	}

	/** Pastes into the editor as a browser does: a paste event carrying the clipboard's HTML. */
	private static void paste(WebDriver driver, String html) {
		js(driver, """
				var editor = hugerte.activeEditor;
				editor.focus();
				editor.selection.setCursorLocation(editor.dom.add(editor.getBody(), 'p', {}, '<br data-mce-bogus="1">'), 0);
				var data = new DataTransfer();
				data.setData('text/html', arguments[0]);
				data.setData('text/plain', arguments[0].replace(/<[^>]*>/g, ' '));
				editor.getBody().dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
				""", html);
	}

	/** A Word clipboard from src/test/resources/word-paste (see its README). */
	private static String wordClipboard(String name) throws IOException {
		try (InputStream in = StaffJourneyBrowserIT.class.getResourceAsStream("/word-paste/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A small real PNG, as a screenshot tool would put it on the clipboard. */
	private static String pngBase64(String suffix) throws IOException {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1F3864));
		g.fillRect(0, 0, 320, 200);
		g.setColor(new Color(0xF6C343));
		g.fillOval(120 + Integer.parseInt(suffix) % 50, 60, 80, 80);
		g.dispose();
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
	}

	/** Moves through the open drop-down list with the keyboard to the item that names the text, and picks it. */
	private static void chooseInOpenList(WebDriver driver, String text) {
		for (int step = 0; step < 500; step++) {
			String active = driver.findElement(By.cssSelector(".tox-selected-menu .tox-collection__item--active")).getText();
			if (active.contains(text)) {
				driver.switchTo().activeElement().sendKeys(Keys.ENTER);
				return;
			}
			driver.switchTo().activeElement().sendKeys(Keys.DOWN);
		}
		fail("No item naming " + text + " in the list");
	}

	/** The input of the open dialog whose label reads the given text. */
	private static WebElement dialogField(WebDriver driver, String label) {
		String id = driver.findElement(By.xpath("//div[contains(@class,'tox-dialog')]//label[normalize-space()='" + label + "']"))
			.getAttribute("for");
		return driver.findElement(By.id(id));
	}

	private static List<String> seriousViolations(WebDriver driver) {
		return Browsers.seriousViolations(driver);
	}

	/** Logs the first administrator in through the real form. */
	private void logIn(WebDriver staff, WebDriverWait staffWait) {
		staff.get(url("/login"));
		assertThat(staff.findElement(By.name("_csrf")).getAttribute("value")).isNotBlank();
		type(staff.findElement(By.name("username")), "admin");
		type(staff.findElement(By.name("password")), "test-admin-password");
		staff.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		staffWait.until((d) -> "/admin".equals(path(d)));
	}

	private static List<String> consoleErrors(WebDriver driver) {
		return Browsers.consoleErrors(driver);
	}

	private WebDriver browser() throws IOException {
		return browsers.open();
	}

	/**
	 * The whole page at the given width: the viewport is made as tall as the document first
	 * (headless Chromium only captures the viewport, and its window is taller than the viewport).
	 */
	private void screenshot(WebDriver driver, int width, Path target) throws IOException {
		WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
		driver.manage().window().setSize(new Dimension(width, 900));
		wait.until((d) -> number(d, "return window.innerWidth;") == width);
		int frame = number(driver, "return window.outerHeight - window.innerHeight;");
		int height = Math.min(8000, Math.max(900, number(driver, "return document.documentElement.scrollHeight;")));
		driver.manage().window().setSize(new Dimension(width, height + frame));
		wait.until((d) -> number(d, "return window.innerHeight;") >= height);
		wait.until((d) -> Boolean.TRUE.equals(js(d, "return Array.from(document.images)"
				+ ".every(function (img) { return img.complete; });")));
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		BufferedImage saved = ImageIO.read(target.toFile());
		assertThat(saved.getWidth()).isEqualTo(width);
		assertThat(saved.getHeight()).isGreaterThanOrEqualTo(height);
	}

	/** A real 800×500 PNG: a red field with a yellow star-like sun and a few bars. */
	private static Path coverImage(String suffix) throws IOException {
		BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0xB3121B), 800, 500, new Color(0x7A0C12)));
		g.fillRect(0, 0, 800, 500);
		g.setColor(new Color(0xF6C343));
		g.fillOval(330, 120, 140, 140);
		g.setStroke(new BasicStroke(6));
		for (int i = 0; i < 5; i++) {
			g.drawLine(120 + i * 140, 360, 180 + i * 140, 440);
		}
		g.setColor(new Color(255, 255, 255, 180));
		g.fillRoundRect(60, 40, 680, 40, 20, 20);
		g.dispose();
		Path directory = Files.createDirectories(Paths.get("target", "it-images"));
		Path file = directory.resolve("hoi-nghi-" + suffix + ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	/** The portal's slug rule: no Vietnamese marks, đ → d, lower case, hyphens between words. */
	private static String slug(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** Replaces whatever the field holds (the form may prefill it, e.g. the byline) with the text. */
	private static void type(WebElement field, String text) {
		field.clear();
		field.sendKeys(text);
		assertThat(field.getAttribute("value")).isEqualTo(text);
	}

	private static Object js(WebDriver driver, String script, Object... arguments) {
		return Browsers.js(driver, script, arguments);
	}

	private static int number(WebDriver driver, String script) {
		return Browsers.number(driver, script);
	}

	private static String path(WebDriver driver) {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
