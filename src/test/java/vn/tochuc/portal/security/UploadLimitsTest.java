package vn.tochuc.portal.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.congress.CongressTestData;
import vn.tochuc.portal.news.Article;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.platform.CsvSheet;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.staffing.StaffingPeriod;
import vn.tochuc.portal.staffing.StaffingService;
import vn.tochuc.portal.staffing.StaffingSpreadsheets;
import vn.tochuc.portal.staffing.StaffingUnit;
import vn.tochuc.portal.staffing.UnitDraft;
import vn.tochuc.portal.staffing.UnitKind;
import vn.tochuc.portal.staffing.UnitStatus;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Every form that takes a file answers one too large with 413 (Content Too Large) and the
 * portal's error page, and stores nothing; a refusal of the content itself (its real type) keeps
 * its message on the form; a small valid file still goes through. Two limits are at work: each
 * feature's own (the media library's, the imports'; set small here) checked by the application,
 * and the container's multipart limit (also set small here), which MockMvc does not enforce, so
 * that one is proved over real HTTP against the running server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"portal.media.max-upload-bytes=" + UploadLimitsTest.FEATURE_LIMIT,
		"portal.imports.max-upload-bytes=" + UploadLimitsTest.FEATURE_LIMIT,
		"spring.servlet.multipart.max-file-size=" + UploadLimitsTest.CONTAINER_FILE_LIMIT,
		"spring.servlet.multipart.max-request-size=" + UploadLimitsTest.CONTAINER_REQUEST_LIMIT })
@AutoConfigureMockMvc
class UploadLimitsTest {

	static final int FEATURE_LIMIT = 256 * 1024;

	static final int CONTAINER_FILE_LIMIT = 1024 * 1024;

	static final int CONTAINER_REQUEST_LIMIT = 2 * 1024 * 1024;

	static final String TOO_LARGE_HERE = "Tệp quá lớn: tối đa 256 KB.";

	static final AtomicInteger NUMBERS = new AtomicInteger(7100);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	@Autowired
	StaffingService staffing;

	@Autowired
	StaffingSpreadsheets staffingSheets;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	// ---- what is stored ----------------------------------------------------------------------

	/** Row counts of every table an upload form writes to, and the files in the media directory. */
	Map<String, Long> stored() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("media_item", "article", "article_revision", "party_document",
				"document_attachment", "staffing_figure", "staffing_change", "congress_result", "congress_change",
				"audit_event")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		counts.put("media files", mediaFiles());
		return counts;
	}

	long mediaFiles() {
		Path dir = properties.mediaDir();
		if (!Files.exists(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void assertTheTooLargePage(MockHttpServletResponse answer, String limitText) throws Exception {
		assertThat(answer.getStatus()).isEqualTo(413);
		String page = answer.getContentAsString();
		assertThat(page).contains("<p class=\"error-code\">413</p>").contains("Tệp quá lớn").contains(limitText);
	}

	// ---- files -------------------------------------------------------------------------------

	static byte[] png() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A file that starts like a PNG and is one byte over the limit: only its size is wrong. */
	static byte[] pngOf(int size) {
		return Arrays.copyOf(png(), size);
	}

	static byte[] pdfOf(int size) {
		return Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), size);
	}

	static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

	// ---- the application's own limits, form by form ------------------------------------------

	@Nested
	class MediaLibrary {

		PortalUser author = content.user("tai-len-thu-vien", Role.AUTHOR);

		MockHttpServletResponse upload(byte[] bytes, String name) throws Exception {
			return mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", name, "image/png", bytes))
				.param("caption", "Ảnh hội nghị").with(user(author)).with(csrf())).andReturn().getResponse();
		}

		@Test
		void theFormAnswersATooLargeFileWith413AndStoresNothing() throws Exception {
			Map<String, Long> before = stored();
			assertTheTooLargePage(upload(pngOf(FEATURE_LIMIT + 1), "lon.png"), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
		}

		@Test
		void theEditorsEndpointAnswers413WithTheLimitInJson() throws Exception {
			Map<String, Long> before = stored();
			MockHttpServletResponse answer = mvc.perform(multipart("/admin/media")
				.file(new MockMultipartFile("file", "lon.png", "image/png", pngOf(FEATURE_LIMIT + 1)))
				.header("X-Requested-With", "XMLHttpRequest").with(user(author)).with(csrf())).andReturn().getResponse();
			assertThat(answer.getStatus()).isEqualTo(413);
			assertThat(answer.getContentAsString()).contains(TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
		}

		@Test
		void aWrongTypeKeepsItsMessageAndASmallPictureGoesThrough() throws Exception {
			Map<String, Long> before = stored();
			MockHttpServletResponse refused = mvc.perform(multipart("/admin/media")
				.file(new MockMultipartFile("file", "anh.png", "image/png", HTML)).with(user(author)).with(csrf()))
				.andReturn().getResponse();
			// The library page again, with the reason next to the file field (as the article form does).
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(stored()).isEqualTo(before);
			assertThat(refused.getContentAsString()).containsPattern("(?s)id=\"file\".{0,400}class=\"field-error\"[^>]*>"
					+ "Loại tệp không được chấp nhận. Chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF.");

			MockHttpServletResponse saved = upload(pngOf(FEATURE_LIMIT - 1000), "nho.png");
			assertThat(saved.getStatus()).isEqualTo(302);
			assertThat(stored().get("media_item")).isEqualTo(before.get("media_item") + 1);
		}

	}

	@Nested
	class ArticleCover {

		PortalUser author = content.user("tai-len-bai-viet", Role.AUTHOR);

		Category category = content.category("Chuyên mục ảnh bìa " + System.nanoTime());

		MockMultipartHttpServletRequestBuilder articleForm(String path, String title, byte[] cover, long version) {
			MockMultipartHttpServletRequestBuilder form = multipart(path);
			if (cover != null) {
				form.file(new MockMultipartFile("coverFile", "bia.png", "image/png", cover));
			}
			form.param("title", title).param("summary", "Sapo").param("body", "<p>Nội dung.</p>")
				.param("categoryId", category.getId().toString()).param("author", "Phóng viên")
				.param("version", String.valueOf(version)).param("action", "save");
			form.with(user(author)).with(csrf());
			return form;
		}

		@Test
		void aTooLargeCoverIs413AndNeitherTheArticleNorThePictureIsSaved() throws Exception {
			Map<String, Long> before = stored();
			assertTheTooLargePage(mvc.perform(articleForm("/admin/articles", "Bài có ảnh bìa quá lớn",
					pngOf(FEATURE_LIMIT + 1), 0)).andReturn().getResponse(), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
			assertThat(jdbc.queryForObject("select count(*) from article where title = 'Bài có ảnh bìa quá lớn'",
					Long.class)).isZero();
		}

		@Test
		void aTooLargeCoverOnAnEditIs413AndTheArticleIsUnchanged() throws Exception {
			MockHttpServletResponse created = mvc.perform(articleForm("/admin/articles", "Bài sẽ sửa ảnh bìa", null, 0))
				.andReturn().getResponse();
			assertThat(created.getStatus()).isEqualTo(302);
			long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", ""));
			Map<String, Object> row = jdbc.queryForMap("select * from article where id = ?", id);
			Map<String, Long> before = stored();
			assertTheTooLargePage(mvc.perform(articleForm("/admin/articles/" + id, "Tiêu đề mới không được lưu",
					pngOf(FEATURE_LIMIT + 1), (Long) row.get("version"))).andReturn().getResponse(), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
			assertThat(jdbc.queryForMap("select * from article where id = ?", id)).isEqualTo(row);
		}

		@Test
		void aWrongTypeIsExplainedNextToTheFieldAndASmallCoverIsSaved() throws Exception {
			Map<String, Long> before = stored();
			MockHttpServletResponse refused = mvc.perform(articleForm("/admin/articles", "Bài có ảnh bìa giả", HTML, 0))
				.andReturn().getResponse();
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(refused.getContentAsString()).containsPattern("(?s)id=\"coverFile\".{0,300}class=\"field-error\""
					+ "[^>]*>Loại tệp không được chấp nhận");
			assertThat(stored()).isEqualTo(before);

			MockHttpServletResponse saved = mvc.perform(articleForm("/admin/articles", "Bài có ảnh bìa nhỏ",
					pngOf(FEATURE_LIMIT - 1000), 0)).andReturn().getResponse();
			assertThat(saved.getStatus()).isEqualTo(302);
			assertThat(jdbc.queryForObject("select cover_media_id from article where title = 'Bài có ảnh bìa nhỏ'",
					Long.class)).isNotNull();
		}

	}

	@Nested
	class DocumentAttachment {

		PortalUser editor = content.user("tai-len-van-ban", Role.EDITOR);

		MockMultipartHttpServletRequestBuilder documentForm(String path, int number, String title, byte[] file,
				long version) {
			MockMultipartHttpServletRequestBuilder form = multipart(path);
			if (file != null) {
				form.file(new MockMultipartFile("file", "chi-thi.pdf", "application/pdf", file));
			}
			form.param("type", "DIRECTIVE").param("number", String.valueOf(number)).param("symbol", "CT/TW")
				.param("issuer", "POLITBURO").param("title", title).param("status", "IN_FORCE")
				.param("version", String.valueOf(version));
			form.with(user(editor)).with(csrf());
			return form;
		}

		@Test
		void aTooLargeAttachmentIs413AndNothingIsSaved() throws Exception {
			Map<String, Long> before = stored();
			assertTheTooLargePage(mvc.perform(documentForm("/admin/documents", NUMBERS.incrementAndGet(),
					"Chỉ thị kèm tệp quá lớn", pdfOf(FEATURE_LIMIT + 1), 0)).andReturn().getResponse(), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
		}

		@Test
		void aTooLargeAttachmentOnAnEditIs413AndTheDocumentIsUnchanged() throws Exception {
			int number = NUMBERS.incrementAndGet();
			MockHttpServletResponse created = mvc.perform(documentForm("/admin/documents", number, "Chỉ thị sẽ sửa", null, 0))
				.andReturn().getResponse();
			assertThat(created.getStatus()).isEqualTo(302);
			long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D+", ""));
			Map<String, Object> row = jdbc.queryForMap("select * from party_document where id = ?", id);
			Map<String, Long> before = stored();
			assertTheTooLargePage(mvc.perform(documentForm("/admin/documents/" + id, number, "Tên mới không được lưu",
					pdfOf(FEATURE_LIMIT + 1), (Long) row.get("version"))).andReturn().getResponse(), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
			assertThat(jdbc.queryForMap("select * from party_document where id = ?", id)).isEqualTo(row);
		}

		@Test
		void aWrongTypeIsExplainedNextToTheFieldAndASmallPdfIsAttached() throws Exception {
			Map<String, Long> before = stored();
			MockHttpServletResponse refused = mvc.perform(documentForm("/admin/documents", NUMBERS.incrementAndGet(),
					"Chỉ thị kèm trang web", HTML, 0)).andReturn().getResponse();
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(refused.getContentAsString())
				.containsPattern("class=\"field-error\"[^>]*>Loại tệp không được chấp nhận");
			assertThat(stored()).isEqualTo(before);

			MockHttpServletResponse saved = mvc.perform(documentForm("/admin/documents", NUMBERS.incrementAndGet(),
					"Chỉ thị kèm tệp nhỏ", pdfOf(FEATURE_LIMIT - 1000), 0)).andReturn().getResponse();
			assertThat(saved.getStatus()).isEqualTo(302);
			assertThat(stored().get("document_attachment")).isEqualTo(before.get("document_attachment") + 1);
		}

	}

	@Nested
	class StaffingImport {

		PortalUser statistics = content.user("tai-len-bien-che", Role.STATISTICS);

		MockHttpServletResponse importFile(String name, byte[] bytes) throws Exception {
			return mvc.perform(multipart("/admin/staffing/import").file(new MockMultipartFile("file", name, "text/csv", bytes))
				.with(user(statistics)).with(csrf())).andReturn().getResponse();
		}

		/** The template of a period with one unit, filled in: a valid file of a few hundred bytes. */
		byte[] validFile() {
			StaffingPeriod period = staffing.periods().stream().filter((p) -> p.getName().equals("Giai đoạn tải lên"))
				.findFirst()
				.orElseGet(() -> staffing.createPeriod("Giai đoạn tải lên", 2040, 2045, new BigDecimal("10"), null,
						statistics));
			if (staffing.units().stream().noneMatch((u) -> u.getName().equals("Sở thử tải lên"))) {
				StaffingUnit unit = staffing.createUnit(new UnitDraft("Sở thử tải lên", UnitKind.DEPARTMENT, null, 1,
						false, null, UnitStatus.ACTIVE, null, null), statistics);
				assertThat(unit.getId()).isNotNull();
			}
			List<List<String>> rows = new ArrayList<>(CsvSheet.read(staffingSheets.template(period)));
			for (int r = 1; r < rows.size(); r++) {
				List<String> row = new ArrayList<>(rows.get(r));
				for (int c = 3; c < 7; c++) {
					row.set(c, String.valueOf(10 + c));
				}
				rows.set(r, row);
			}
			return CsvSheet.write(rows);
		}

		@Test
		void aTooLargeFileIs413AndNothingIsImported() throws Exception {
			byte[] valid = validFile();
			byte[] tooLarge = Arrays.copyOf(valid, FEATURE_LIMIT + 1);
			Arrays.fill(tooLarge, valid.length, tooLarge.length, (byte) '\n');
			Map<String, Long> before = stored();
			assertTheTooLargePage(importFile("bien-che.csv", tooLarge), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
		}

		@Test
		void aFileThatIsNotASpreadsheetKeepsItsMessageAndAValidOneIsImported() throws Exception {
			byte[] valid = validFile();
			Map<String, Long> before = stored();
			byte[] binary = { (byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1 };
			MockHttpServletResponse refused = importFile("bien-che.csv", binary);
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(refused.getContentAsString()).contains("Tệp không phải văn bản UTF-8.");
			assertThat(stored()).isEqualTo(before);

			MockHttpServletResponse imported = importFile("bien-che.csv", valid);
			assertThat(imported.getStatus()).isEqualTo(302);
			assertThat(imported.getRedirectedUrl()).isEqualTo("/admin/staffing");
			assertThat(jdbc.queryForObject("select count(*) from staffing_figure f join staffing_unit u on u.id = f.unit_id"
					+ " where u.name = 'Sở thử tải lên' and f.officials = 13", Long.class)).isEqualTo(1);
		}

	}

	@Nested
	class CongressImport {

		PortalUser statistics = content.user("tai-len-dai-hoi", Role.STATISTICS);

		MockHttpServletResponse importFile(byte[] bytes) throws Exception {
			return mvc.perform(multipart("/admin/congresses/import")
				.file(new MockMultipartFile("file", "ket-qua.csv", "text/csv", bytes)).with(user(statistics)).with(csrf()))
				.andReturn().getResponse();
		}

		/** The results as exported: a valid file that changes nothing when imported again. */
		byte[] exported() throws Exception {
			CongressTestData.demoProvincialCongress(context);
			return mvc.perform(get("/admin/congresses/export.csv").with(user(statistics))).andReturn().getResponse()
				.getContentAsByteArray();
		}

		@Test
		void aTooLargeFileIs413AndNothingIsImported() throws Exception {
			byte[] valid = exported();
			byte[] tooLarge = Arrays.copyOf(valid, FEATURE_LIMIT + 1);
			Arrays.fill(tooLarge, valid.length, tooLarge.length, (byte) '\n');
			Map<String, Long> before = stored();
			assertTheTooLargePage(importFile(tooLarge), TOO_LARGE_HERE);
			assertThat(stored()).isEqualTo(before);
		}

		@Test
		void aFileThatIsNotASpreadsheetKeepsItsMessageAndAValidOneIsImported() throws Exception {
			byte[] valid = exported();
			Map<String, Long> before = stored();
			MockHttpServletResponse refused = importFile(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, 0x28 });
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(refused.getContentAsString()).contains("Tệp .csv phải được lưu với bảng mã UTF-8.");
			assertThat(stored()).isEqualTo(before);

			MockHttpServletResponse imported = importFile(valid);
			assertThat(imported.getStatus()).isEqualTo(302);
			assertThat(imported.getRedirectedUrl()).isEqualTo("/admin/congresses");
		}

	}

	// ---- the container's limit, over real HTTP ---------------------------------------------

	@Nested
	class OverTheContainersLimit {

		/**
		 * Each multipart form, as a browser posts it with the token in the body. A request over the
		 * container's limit used to fail in Spring Security's CSRF check, before any controller,
		 * and got Tomcat's own bare 413 page.
		 */
		@Test
		void everyUploadFormAnswersThePortals413PageAndStoresNothing() throws Exception {
			Staff admin = Staff.logIn(port);
			Article article = content.draft(content.category("Chuyên mục giới hạn " + System.nanoTime()),
					"Bài nháp cho giới hạn tải lên");
			Map<String, String> forms = new LinkedHashMap<>();
			forms.put("/admin/media", "file");
			forms.put("/admin/articles", "coverFile");
			forms.put("/admin/articles/" + article.getId(), "coverFile");
			forms.put("/admin/documents", "file");
			forms.put("/admin/staffing/import", "file");
			forms.put("/admin/congresses/import", "file");
			Map<String, Long> before = stored();
			for (int size : new int[] { CONTAINER_FILE_LIMIT + 1, CONTAINER_REQUEST_LIMIT + 1 }) {
				for (Map.Entry<String, String> form : forms.entrySet()) {
					HttpResponse<String> answer = admin.upload(form.getKey(), form.getValue(), pngOf(size), false);
					String what = form.getKey() + " with " + size + " bytes";
					assertThat(answer.statusCode()).as(what).isEqualTo(413);
					assertThat(answer.body()).as(what).contains("<p class=\"error-code\">413</p>")
						.contains("Tệp quá lớn").contains("Tệp tải lên vượt quá dung lượng cho phép.")
						.doesNotContain("Apache Tomcat");
					assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
					assertThat(answer.headers().firstValue("Cache-Control")).as(what).hasValue("no-store");
				}
				HttpResponse<String> editor = admin.upload("/admin/media", "file", pngOf(size), true);
				assertThat(editor.statusCode()).isEqualTo(413);
			}
			assertThat(stored()).isEqualTo(before);
		}

		@Test
		void aSmallUploadStillGoesThroughTheRealServer() throws Exception {
			Staff admin = Staff.logIn(port);
			long before = stored().get("media_item");
			HttpResponse<String> answer = admin.upload("/admin/media", "file", png(), false);
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin/media"));
			assertThat(stored().get("media_item")).isEqualTo(before + 1);
		}

	}

	/** The administrator logged in over HTTP, with the session cookie and token a browser holds. */
	record Staff(String base, HttpClient http, String csrf) {

		static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

		static Staff logIn(int port) throws Exception {
			String base = "http://127.0.0.1:" + port;
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
			String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			String form = "_csrf=" + URLEncoder.encode(token(loginPage), StandardCharsets.UTF_8)
					+ "&username=admin&password=test-admin-password";
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
			String page = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/media")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			return new Staff(base, http, token(page));
		}

		static String token(String html) {
			Matcher matcher = TOKEN.matcher(html);
			assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
			return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		}

		/** A multipart post with the token as a field of the body, as the forms send it (or as a header, as the editor does). */
		HttpResponse<String> upload(String path, String field, byte[] file, boolean fromEditor) throws Exception {
			String boundary = "----portal" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (!fromEditor) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
					+ "\"; filename=\"anh.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
			if (fromEditor) {
				request.header("X-Requested-With", "XMLHttpRequest").header("X-CSRF-TOKEN", csrf);
			}
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
