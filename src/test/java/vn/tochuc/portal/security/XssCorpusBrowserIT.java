package vn.tochuc.portal.security;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Page;

import vn.tochuc.portal.comments.Comment;
import vn.tochuc.portal.comments.CommentDraft;
import vn.tochuc.portal.comments.CommentService;
import vn.tochuc.portal.comments.CommentStatus;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.ArticleContent;
import vn.tochuc.portal.news.ArticleService;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * XSS vectors (from the OWASP filter-evasion cheat sheet and the payloads of the Wagtail, Halo and
 * Ghost advisories) saved through the article's rich-text body and its plain-text fields and
 * through a reader's comment, then rendered in headless Chromium. The test fails if a dialog opens
 * or if the rendered DOM holds anything that would run a script even without the
 * Content-Security-Policy (an inline script, an event handler, a script URL, a frame or object).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class XssCorpusBrowserIT {

	static final List<String> VECTORS = List.of(
			"<script>alert('XSS')</script>",
			"<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
			"<IMG SRC=\"javascript:alert('XSS');\">",
			"<IMG SRC=JaVaScRiPt:alert('XSS')>",
			"<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
			"<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
			"<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
			"<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
			"<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
			"<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
			"<IMG SRC=\"jav\tascript:alert('XSS');\">",
			"<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
			"<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
			"<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
			"<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
			"<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
			"<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
			"<SCRIPT SRC=//xss.example/.j>",
			"<IMG SRC=\"`<javascript:alert>`('XSS')\"",
			"</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
			"<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
			"<BODY BACKGROUND=\"javascript:alert('XSS')\">",
			"<svg/onload=alert('XSS')>",
			"<BODY ONLOAD=alert('XSS')>",
			"<BGSOUND SRC=\"javascript:alert('XSS');\">",
			"<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
			"<STYLE>@import'https://xss.example/xss.css';</STYLE>",
			"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
			"<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
			"<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
			"<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
			"<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
			"<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
			"<DIV STYLE=\"width: expression(alert('XSS'));\">",
			"<BASE HREF=\"javascript:alert('XSS');//\">",
			"<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
			"<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
			"<a href=\"&#x6A;avascript&colon;alert(1)\">colon</a>",
			"<a href=\"\\u0001javascript:alert(1)\">control</a>",
			// Wagtail: script URLs in rich-text links and in a link's text.
			"<a href=\"javascript:alert(document.domain)\">Wagtail link</a>",
			"<a linktype=\"page\" id=\"1\" href=\"javascript:alert(1)\" onclick=\"alert(2)\">Wagtail page link</a>",
			// Halo: a stored payload in a post body and in an attribute breaking out of its quotes.
			"<img src=1 onerror=alert(document.cookie)>",
			"\"><img src=x onerror=alert(1)>",
			"'><svg onload=alert(1)>",
			// Ghost: HTML cards, noscript and select parsing differentials.
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
			"<select><template><style><img src=x onerror=alert(1)></style></template></select>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
			"<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
			"<details open ontoggle=alert(1)>",
			"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			"{{constructor.constructor('alert(1)')()}}",
			"[[${T(java.lang.Runtime).getRuntime().exec('id')}]]");

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final List<Logger> QUIET_LOGGERS = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	/** Whatever in the DOM would run a script if the Content-Security-Policy did not stop it. */
	static final String DANGER = """
			var found = [];
			document.querySelectorAll('*').forEach(function (el) {
			  var tag = el.tagName.toLowerCase();
			  if (tag === 'script' && !(el.src && el.src.indexOf(location.origin + '/') === 0)) found.push('script: ' + el.outerHTML.slice(0, 120));
			  if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet'].indexOf(tag) >= 0) found.push(tag + ': ' + el.outerHTML.slice(0, 120));
			  if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') found.push('meta refresh');
			  for (var i = 0; i < el.attributes.length; i++) {
			    var a = el.attributes[i], name = a.name.toLowerCase(), value = (a.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
			    if (name.indexOf('on') === 0) found.push(tag + ' ' + name + '=' + a.value.slice(0, 60));
			    if (['href', 'src', 'action', 'formaction', 'background', 'data', 'srcdoc', 'xlink:href'].indexOf(name) >= 0
			        && (value.indexOf('javascript:') === 0 || value.indexOf('vbscript:') === 0 || value.indexOf('data:text') === 0 || name === 'srcdoc'))
			      found.push(tag + ' ' + name + '=' + a.value.slice(0, 60));
			  }
			});
			return found;""";

	@LocalServerPort
	int port;

	@Autowired
	TestContent content;

	@Autowired
	ArticleService articles;

	@Autowired
	CommentService comments;

	private final List<WebDriver> drivers = new ArrayList<>();

	@BeforeAll
	static void requireChromium() {
		if (!Files.isExecutable(Paths.get(CHROMIUM)) || !Files.isExecutable(Paths.get(CHROMEDRIVER))) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("The XSS corpus needs Chromium and chromedriver at /usr/bin");
			}
			Assumptions.abort("Chromium or chromedriver missing");
		}
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		QUIET_LOGGERS.forEach((logger) -> logger.setLevel(Level.OFF));
	}

	@AfterEach
	void quit() {
		drivers.forEach(WebDriver::quit);
		drivers.clear();
	}

	WebDriver browser() throws IOException {
		Path profile = Files.createTempDirectory("chromium-xss-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-sync",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900");
		ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build(), options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		drivers.add(driver);
		return driver;
	}

	static String cut(String text, int length) {
		return text.length() > length ? text.substring(0, length) : text;
	}

	@Test
	@SuppressWarnings("unchecked")
	void noVectorRunsThroughAnyRichOrPlainTextField() throws Exception {
		Category category = content.category("XSS " + System.nanoTime());
		String all = String.join("\n", VECTORS);
		List<Article> saved = new ArrayList<>();
		// The whole corpus in the body (rich text) and one article per vector in the plain fields.
		saved.add(articles.importPublished(new ArticleContent("Bài kiểm thử XSS " + System.nanoTime(), all,
				"<p>Mở đầu</p>" + all, category.getId(), cut(all, 200), cut(all, 300), null, null, false), null, Instant.now(), content.admin()));
		for (int i = 0; i < VECTORS.size(); i += 6) {
			String vector = String.join(" ", VECTORS.subList(i, Math.min(VECTORS.size(), i + 6)));
			saved.add(articles.importPublished(new ArticleContent(vector.length() > 250 ? vector.substring(0, 250) : vector,
					vector, "<p>" + vector + "</p>", category.getId(), vector.length() > 100 ? vector.substring(0, 100) : vector,
					null, null, null, false), null, Instant.now(), content.admin()));
		}
		// Comments: plain text, moderated, then shown under the article.
		Article first = saved.get(0);
		for (String vector : VECTORS) {
			comments.submit(first, new CommentDraft(vector.length() > 100 ? vector.substring(0, 100) : vector, "x@example.vn", vector),
					"10.66." + (VECTORS.indexOf(vector) / 3) + ".1");
		}
		Page<Comment> pending = comments.queue(CommentStatus.PENDING, 0, 500);
		for (Comment comment : pending) {
			comments.moderate(comment.getId(), comment.getVersion(), CommentStatus.APPROVED, content.admin());
		}
		assertThat(comments.approved(first.getId())).isNotEmpty();

		List<String> pages = new ArrayList<>(List.of("/", "/tim-kiem?q=XSS", "/tim-kiem?q=" + java.net.URLEncoder.encode(
				"<script>alert(1)</script>\"><img src=x onerror=alert(1)>", java.nio.charset.StandardCharsets.UTF_8)));
		saved.forEach(article -> pages.add(article.getPath()));
		pages.add("/chuyen-muc/" + category.getSlug());
		WebDriver browser = browser();
		List<String> problems = new ArrayList<>();
		for (String page : pages) {
			browser.get("http://localhost:" + port + page);
			Thread.sleep(200);
			try {
				String text = browser.switchTo().alert().getText();
				problems.add(page + ": a dialog opened: " + text);
				browser.switchTo().alert().dismiss();
			}
			catch (NoAlertPresentException expected) {
				// nothing ran
			}
			List<Object> found = (List<Object>) ((JavascriptExecutor) browser).executeScript(DANGER);
			found.forEach(item -> problems.add(page + ": " + item));
		}
		assertThat(pages).hasSizeGreaterThan(10);
		assertThat(problems).isEmpty();
	}

}
