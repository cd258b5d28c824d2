package vn.tochuc.portal.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.tochuc.portal.about.AboutPage;
import vn.tochuc.portal.about.AboutService;
import vn.tochuc.portal.about.AboutText;
import vn.tochuc.portal.congress.Congress;
import vn.tochuc.portal.congress.CongressTestData;
import vn.tochuc.portal.documents.DocumentDetails;
import vn.tochuc.portal.documents.DocumentIssuer;
import vn.tochuc.portal.documents.DocumentService;
import vn.tochuc.portal.documents.DocumentType;
import vn.tochuc.portal.documents.PartyDocument;
import vn.tochuc.portal.meetings.Meeting;
import vn.tochuc.portal.meetings.MeetingDetails;
import vn.tochuc.portal.meetings.MeetingFormat;
import vn.tochuc.portal.meetings.MeetingKind;
import vn.tochuc.portal.meetings.MeetingService;
import vn.tochuc.portal.meetings.MeetingStatus;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.staffing.StaffingTestData;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page on a 360 px phone and a 1366 px desktop in a real browser: the page never
 * scrolls sideways (wide tables become cards or scroll inside their own labelled region), chart
 * text is never drawn smaller than 12 px on the phone, and axe-core finds nothing serious at 360.
 * Phone screenshots land in {@code target/screenshots/phone/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "portal.site.email=van.phong.ban.to.chuc.tinh.uy.nghe.an.lien.he@nghean.dcs.vn")
class PhoneWidthsBrowserIT {

	static final String LONG_EMAIL = "van.phong.ban.to.chuc.tinh.uy.nghe.an.lien.he@nghean.dcs.vn";

	private static final int PHONE = 360;

	private static final int DESKTOP = 1366;

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots", "phone");

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	@Autowired
	AboutService about;

	@Autowired
	DocumentService documents;

	@Autowired
	MeetingService meetings;

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
	void everyPublicPageFitsAPhoneAndADesktopWithReadableCharts() throws Exception {
		String suffix = String.valueOf(System.nanoTime() % 1_000_000);
		Category category = content.category("Công tác tổ chức xây dựng Đảng " + suffix);
		Article article = content.published(category,
				"Hội nghị trực tuyến sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm " + suffix,
				Instant.now().minusSeconds(600));
		AboutPage functions = about.createPage(new AboutText("Chức năng, nhiệm vụ " + suffix, "Functions and duties",
				"<p>Tham mưu cho Tỉnh ủy về tổ chức bộ máy, cán bộ, đảng viên.</p>",
				"<p>Advises the Provincial Party Committee on organisation, cadres and members.</p>", 1));
		ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
		Instant monday = LocalDateTime.now(vietnam).withHour(8).withMinute(0).atZone(vietnam).toInstant();
		Meeting meeting = meetings.create(new MeetingDetails("Hội nghị giao ban công tác tổ chức xây dựng Đảng " + suffix,
				MeetingKind.BRIEFING, monday, null, "Hội trường Tỉnh ủy", MeetingFormat.IN_PERSON, null,
				"Ban Tổ chức Tỉnh ủy", null, null, null, MeetingStatus.PLANNED, List.of(), List.of()));
		// Twenty documents, as the issue counted on the list.
		PartyDocument document = null;
		for (int i = 0; i < 20; i++) {
			document = documents.create(new DocumentDetails(DocumentType.RESOLUTION,
					(Integer.parseInt(suffix) + i) % 9000 + 1000, "NQ/TU", DocumentIssuer.PROVINCIAL_COMMITTEE, null, null,
					LocalDate.of(2025, 3, 1).plusDays(i), null,
					"Về tăng cường công tác cán bộ và tinh giản biên chế giai đoạn 2021–2026 " + suffix + "-" + i,
					"Trích yếu nghị quyết.", null, null, List.of(), List.of(), List.of(), List.of()));
		}
		String unit = StaffingTestData.demoUnitWithChildren(context).getPath();
		Congress congress = CongressTestData.demoProvincialCongress(context);

		List<String> pages = List.of("/", category.getPath(), article.getPath(), "/hoi-nghi", meeting.getPath(),
				"/lich-cong-tac", "/van-ban", document.getPath(), "/tinh-gian-bien-che", unit, "/dai-hoi",
				congress.getPath(), "/tim-kiem?q=bien+che", "/gioi-thieu", functions.getPath(),
				"/gioi-thieu/so-do-to-chuc", "/gioi-thieu/lanh-dao", "/gioi-thieu/lien-he", "/gop-y");

		WebDriver reader = browsers.open();
		reader.manage().timeouts().scriptTimeout(Browsers.TIMEOUT);
		Files.createDirectories(SCREENSHOTS);
		List<String> problems = new ArrayList<>();
		for (int width : List.of(PHONE, DESKTOP)) {
			resize(reader, width);
			for (String page : pages) {
				reader.get(url(page));
				new WebDriverWait(reader, Browsers.TIMEOUT)
					.until((d) -> "complete".equals(Browsers.js(d, "return document.readyState;")));
				assertThat(Browsers.number(reader, "return window.innerWidth;")).isEqualTo(width);
				int scrollWidth = Browsers.number(reader, "return document.documentElement.scrollWidth;");
				if (scrollWidth > width) {
					problems.add(page + " at " + width + " px is " + scrollWidth + " px wide (" + widest(reader) + ")");
				}
				if (width == PHONE) {
					problems.addAll(smallChartTexts(reader).stream().map((t) -> page + ": chart text " + t).toList());
					problems.addAll(Browsers.seriousViolations(reader).stream().map((v) -> page + ": axe " + v).toList());
					screenshot(reader, SCREENSHOTS.resolve(name(page) + ".png"));
				}
			}
		}
		reader.get(url("/gioi-thieu/lien-he"));
		assertThat(reader.findElement(By.tagName("main")).getText()).as("the long address is on the contact page")
			.contains(LONG_EMAIL);
		assertThat(problems).as("public pages that scroll sideways or draw chart text under 12 px").isEmpty();
		assertThat(Browsers.consoleErrors(reader)).as("browser console errors").isEmpty();
	}

	/** The wide tables that scroll inside the page do so in a named region that takes keyboard focus. */
	@Test
	void aWideTableThatScrollsOnAPhoneIsANamedFocusableRegion() throws Exception {
		StaffingTestData.demoUnitWithChildren(context);
		CongressTestData.demoProvincialCongress(context);
		WebDriver reader = browsers.open();
		resize(reader, PHONE);
		for (String page : List.of("/tinh-gian-bien-che", "/dai-hoi")) {
			reader.get(url(page));
			@SuppressWarnings("unchecked")
			List<String> unnamed = (List<String>) Browsers.js(reader, """
					return Array.from(document.querySelectorAll('main table')).filter(function (table) {
					  return table.offsetParent !== null && table.getBoundingClientRect().width > window.innerWidth;
					}).map(function (table) {
					  var region = table.closest('.table-scroll, .chart-table');
					  var ok = region && region.getAttribute('role') === 'region' && region.tabIndex === 0
					    && (region.getAttribute('aria-labelledby') || region.getAttribute('aria-label'));
					  return ok ? null : (table.id || table.className || 'table');
					}).filter(function (x) { return x; });
					""");
			assertThat(unnamed).as("wide tables on %s outside a named, focusable scroll region", page).isEmpty();
		}
	}

	/** Visible SVG text drawn smaller than 12 CSS pixels, with its size. */
	@SuppressWarnings("unchecked")
	private static List<String> smallChartTexts(WebDriver driver) {
		return (List<String>) Browsers.js(driver, """
				var small = [];
				document.querySelectorAll('svg text').forEach(function (text) {
				  var box = text.getBoundingClientRect();
				  var matrix = text.getScreenCTM();
				  if (box.width === 0 || box.height === 0 || !matrix) { return; }
				  var size = parseFloat(getComputedStyle(text).fontSize) * Math.abs(matrix.a);
				  if (size < 11.95) { small.push(size.toFixed(1) + ' px: ' + text.textContent.slice(0, 40)); }
				});
				return small.slice(0, 5);
				""");
	}

	/** The elements that stick out furthest to the right, to say why a page is too wide. */
	private static String widest(WebDriver driver) {
		return String.valueOf(Browsers.js(driver, """
				var out = [];
				document.querySelectorAll('body *').forEach(function (e) {
				  var r = e.getBoundingClientRect();
				  if (r.right > window.innerWidth + 1) {
				    out.push({ r: Math.round(r.right), d: e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ')[0] : '') });
				  }
				});
				out.sort(function (a, b) { return b.r - a.r; });
				return out.slice(0, 3).map(function (o) { return o.d + ' ' + o.r; }).join(', ');
				"""));
	}

	private static void resize(WebDriver driver, int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		new WebDriverWait(driver, Browsers.TIMEOUT).until((d) -> Browsers.number(d, "return window.innerWidth;") == width);
	}

	/** The whole page (up to 6000 px tall): headless Chromium captures only the viewport, so it is made that tall. */
	private static void screenshot(WebDriver driver, Path target) throws Exception {
		int width = Browsers.number(driver, "return window.innerWidth;");
		int frame = Browsers.number(driver, "return window.outerHeight - window.innerHeight;");
		int height = Math.min(6000, Browsers.number(driver, "return document.documentElement.scrollHeight;"));
		driver.manage().window().setSize(new Dimension(width, height + frame));
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		resize(driver, width);
	}

	private static String name(String page) {
		String name = page.replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-+|-+$", "");
		return name.isEmpty() ? "home" : name.substring(0, Math.min(60, name.length()));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
