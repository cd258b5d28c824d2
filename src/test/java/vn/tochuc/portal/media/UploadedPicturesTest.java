package vn.tochuc.portal.media;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.tochuc.portal.accounts.PortalUser;
import vn.tochuc.portal.accounts.Role;
import vn.tochuc.portal.news.Category;
import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.tochuc.portal.media.UploadedImagesTest.HTML_PAGE;
import static vn.tochuc.portal.media.UploadedImagesTest.SCRIPT;
import static vn.tochuc.portal.media.UploadedImagesTest.concat;
import static vn.tochuc.portal.media.UploadedImagesTest.jpeg;
import static vn.tochuc.portal.media.UploadedImagesTest.segment;
import static vn.tochuc.portal.media.UploadedImagesTest.text;
import static vn.tochuc.portal.media.UploadedImagesTest.withSegmentsAfterSoi;

/**
 * Pictures through every staff form that uploads them (the media library, the editor's image
 * button, an article's cover), down to the files readers get from /media/…: a decompression
 * bomb is refused with its message next to the field and nothing stored; a polyglot is served
 * without its payload; a disk that is full or a media directory that cannot be written gives
 * staff that message, and leaves neither a row without its file nor a file without its row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UploadedPicturesTest.Troubles.class)
class UploadedPicturesTest {

	static final String TOO_MANY_PIXELS = "Ảnh quá lớn: 400 megapixel (20000 × 20000 điểm ảnh), tối đa 50 megapixel.";

	static final String NOT_STORED = "Không ghi được tệp: hết dung lượng đĩa hoặc thư mục lưu tệp không ghi được.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	@Autowired
	TroubledStorage storage;

	PortalUser author;

	Category category;

	@BeforeEach
	void signInWithACategory() {
		author = content.user("tac-gia-anh", Role.AUTHOR);
		category = content.category("Chuyên mục ảnh " + System.nanoTime());
	}

	@AfterEach
	void diskIsFine() {
		storage.trouble(Trouble.NONE, 0);
	}

	// ---- the media library form ----------------------------------------------------------------

	@Test
	void aBombIsRefusedAtOnceWithItsMessageNextToTheFileFieldAndNothingIsStored() throws Exception {
		Map<String, Long> before = stored();
		long started = System.nanoTime();

		MockHttpServletResponse answer = uploadToLibrary(UploadedImagesTest.pngDeclaring(20_000, 20_000), "bom.png");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).containsPattern(
				"(?s)id=\"file\".{0,400}<p class=\"field-error\" id=\"file-error\" role=\"alert\">"
						+ java.util.regex.Pattern.quote(TOO_MANY_PIXELS));
		assertThat(answer.getContentAsString()).as("the caption typed is kept").contains("value=\"Ảnh hội nghị\"");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aPolyglotJpegIsServedWithoutItsScriptCommentOrAppendedPage() throws Exception {
		byte[] polyglot = concat(withSegmentsAfterSoi(jpeg(1400, 900, Color.BLUE),
				segment(0xFE, SCRIPT.getBytes(StandardCharsets.UTF_8))), HTML_PAGE);

		MockHttpServletResponse answer = uploadToLibrary(polyglot, "anh.jpg");

		assertThat(answer.getStatus()).isEqualTo(302);
		String key = jdbc.queryForObject("select storage_key from media_item order by id desc limit 1", String.class);
		assertThat(key).endsWith(".jpg");
		for (String served : List.of(key, MediaItem.variantKey(key, 320), MediaItem.variantKey(key, 1280))) {
			byte[] bytes = served(served);
			assertThat(bytes).as(served).startsWith(0xFF, 0xD8, 0xFF);
			assertThat(text(bytes)).as(served).doesNotContain("<script").doesNotContain("alert").doesNotContain("<html");
		}
		assertThat(jdbc.queryForObject("select size_bytes from media_item where storage_key = ?", Long.class, key))
			.isEqualTo(served(key).length);
	}

	@Test
	void aFullDiskIsToldToStaffAndTheFilesAlreadyWrittenAreRemoved() throws Exception {
		Map<String, Long> before = stored();
		// The full-size picture is written, then the disk fills up on its first smaller copy.
		storage.trouble(Trouble.DISK_FULL, 1);

		MockHttpServletResponse answer = uploadToLibrary(jpeg(1400, 900, Color.GRAY), "anh.jpg");

		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).containsPattern(
				"(?s)id=\"file\".{0,400}class=\"field-error\"[^>]*>" + java.util.regex.Pattern.quote(NOT_STORED));
		assertThat(storage.puts()).as("the full-size file was written first").isGreaterThanOrEqualTo(2);
		assertThat(stored()).as("no row, no file, no audit entry").isEqualTo(before);
	}

	@Test
	void anUnwritableMediaDirectoryIsToldToStaffAndNothingIsStored() throws Exception {
		Map<String, Long> before = stored();
		storage.trouble(Trouble.UNWRITABLE, 0);

		MockHttpServletResponse answer = uploadToLibrary(UploadedImagesTest.jpeg(200, 100, Color.RED), "anh.jpg");

		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains(NOT_STORED);
		assertThat(stored()).isEqualTo(before);
		// A PDF is not a picture, but its file fails the same way and gets the same message.
		MockHttpServletResponse pdf = mvc.perform(multipart("/admin/media")
			.file(new MockMultipartFile("file", "nghi-quyet.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1)))
			.with(user(author)).with(csrf())).andReturn().getResponse();
		assertThat(pdf.getContentAsString()).contains(NOT_STORED);
		assertThat(stored()).isEqualTo(before);
	}

	// ---- the editor's image button -------------------------------------------------------------

	@Test
	void theEditorGetsTheMessagesAsJsonWith400ForABombAnd503ForAFullDisk() throws Exception {
		Map<String, Long> before = stored();

		MockHttpServletResponse bomb = uploadFromEditor(UploadedImagesTest.pngDeclaring(20_000, 20_000));
		assertThat(bomb.getStatus()).isEqualTo(400);
		assertThat(bomb.getContentAsString()).contains(TOO_MANY_PIXELS);

		storage.trouble(Trouble.DISK_FULL, 0);
		MockHttpServletResponse full = uploadFromEditor(jpeg(200, 100, Color.RED));
		assertThat(full.getStatus()).isEqualTo(503);
		assertThat(full.getContentAsString()).contains(NOT_STORED);
		assertThat(stored()).isEqualTo(before);

		storage.trouble(Trouble.NONE, 0);
		byte[] polyglot = concat(UploadedImagesTest.encode(new java.awt.image.BufferedImage(60, 40,
				java.awt.image.BufferedImage.TYPE_INT_ARGB), "png"), HTML_PAGE);
		MockHttpServletResponse saved = uploadFromEditor(polyglot);
		assertThat(saved.getStatus()).isEqualTo(200);
		String location = saved.getContentAsString().replaceAll("(?s).*\"location\":\"/media/([^\"]+)\".*", "$1");
		assertThat(text(served(location))).doesNotContain("<script").doesNotContain("<!DOCTYPE");
	}

	// ---- an article's cover --------------------------------------------------------------------

	@Test
	void aBombAsArticleCoverIsExplainedNextToTheCoverFieldAndNeitherIsSaved() throws Exception {
		Map<String, Long> before = stored();

		MockHttpServletResponse answer = mvc.perform(articleForm("Bài có ảnh bìa là bom",
				UploadedImagesTest.pngDeclaring(20_000, 20_000))).andReturn().getResponse();

		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).containsPattern("(?s)id=\"coverFile\".{0,300}class=\"field-error\"[^>]*>"
				+ java.util.regex.Pattern.quote(TOO_MANY_PIXELS));
		assertThat(HtmlUtils.htmlUnescape(answer.getContentAsString())).as("the text typed is kept")
			.contains("value=\"Bài có ảnh bìa là bom\"");
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aCoverThatCannotBeWrittenLeavesNoArticleWithoutItsPictureAndNoPictureWithoutItsRow() throws Exception {
		Map<String, Long> before = stored();
		storage.trouble(Trouble.UNWRITABLE, 0);

		MockHttpServletResponse answer = mvc.perform(articleForm("Bài có ảnh bìa không ghi được",
				jpeg(900, 600, Color.GRAY))).andReturn().getResponse();

		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).containsPattern("(?s)id=\"coverFile\".{0,300}class=\"field-error\"[^>]*>"
				+ java.util.regex.Pattern.quote(NOT_STORED));
		assertThat(stored()).isEqualTo(before);
	}

	@Test
	void aPolyglotPngCoverIsServedWithoutItsTextChunkOrAppendedPage() throws Exception {
		byte[] png = UploadedImagesTest.encode(new java.awt.image.BufferedImage(500, 300,
				java.awt.image.BufferedImage.TYPE_INT_RGB), "png");
		byte[] polyglot = concat(UploadedImagesTest.insertPngChunkAfterIhdr(png, "tEXt",
				("Comment\0" + SCRIPT).getBytes(StandardCharsets.ISO_8859_1)), HTML_PAGE);

		MockHttpServletResponse answer = mvc.perform(articleForm("Bài có ảnh bìa đa định dạng", polyglot))
			.andReturn().getResponse();

		assertThat(answer.getStatus()).isEqualTo(302);
		String key = jdbc.queryForObject("select m.storage_key from article a join media_item m on m.id = a.cover_media_id"
				+ " where a.title = 'Bài có ảnh bìa đa định dạng'", String.class);
		for (String served : List.of(key, MediaItem.variantKey(key, 320))) {
			assertThat(text(served(served))).as(served).doesNotContain("<script").doesNotContain("tEXt")
				.doesNotContain("<!DOCTYPE");
		}
	}

	// ---- helpers -------------------------------------------------------------------------------

	MockHttpServletResponse uploadToLibrary(byte[] bytes, String name) throws Exception {
		return mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", name, "image/png", bytes))
			.param("caption", "Ảnh hội nghị").with(user(author)).with(csrf())).andReturn().getResponse();
	}

	MockHttpServletResponse uploadFromEditor(byte[] bytes) throws Exception {
		return mvc.perform(multipart("/admin/media").file(new MockMultipartFile("file", "anh.png", "image/png", bytes))
			.header("X-Requested-With", "XMLHttpRequest").with(user(author)).with(csrf())).andReturn().getResponse();
	}

	MockMultipartHttpServletRequestBuilder articleForm(String title, byte[] cover) {
		MockMultipartHttpServletRequestBuilder form = multipart("/admin/articles");
		form.file(new MockMultipartFile("coverFile", "bia.png", "image/png", cover));
		form.param("title", title).param("summary", "Sapo").param("body", "<p>Nội dung.</p>")
			.param("categoryId", category.getId().toString()).param("author", "Phóng viên").param("version", "0")
			.param("action", "save");
		form.with(user(author)).with(csrf());
		return form;
	}

	/** The bytes the portal serves for a key; as staff, since unused uploads are not public (media_use). */
	byte[] served(String key) throws Exception {
		MockHttpServletResponse answer = mvc.perform(get("/media/" + key).with(user(author))).andReturn().getResponse();
		assertThat(answer.getStatus()).as(key).isEqualTo(200);
		return answer.getContentAsByteArray();
	}

	/** Rows of the tables an upload writes to, and the files in the media directory. */
	Map<String, Long> stored() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("media_item", "article", "article_revision", "audit_event")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		Path dir = properties.mediaDir();
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				counts.put("media files", files.filter(Files::isRegularFile).count());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return counts;
	}

	enum Trouble {

		NONE,
		/** Writes fail as they do when the disk is full (ENOSPC). */
		DISK_FULL,
		/**
		 * Writes go to a real {@link FileSystemMediaStorage} whose media directory lies under a
		 * regular file: the operating system refuses it, even for root (who ignores permissions).
		 */
		UNWRITABLE

	}

	/** The real storage, with a switch to make its writes fail after a number of good ones. */
	static class TroubledStorage implements MediaStorage {

		private final MediaStorage disk;

		private final MediaStorage unwritable;

		private volatile Trouble trouble = Trouble.NONE;

		private volatile int goodPuts;

		private final AtomicInteger puts = new AtomicInteger();

		TroubledStorage(MediaStorage disk, MediaStorage unwritable) {
			this.disk = disk;
			this.unwritable = unwritable;
		}

		void trouble(Trouble trouble, int goodPuts) {
			this.goodPuts = goodPuts;
			this.puts.set(0);
			this.trouble = trouble;
		}

		int puts() {
			return puts.get();
		}

		@Override
		public void put(String key, byte[] content) throws IOException {
			boolean fails = puts.getAndIncrement() >= goodPuts;
			if (!fails || trouble == Trouble.NONE) {
				disk.put(key, content);
			}
			else if (trouble == Trouble.DISK_FULL) {
				throw new IOException("No space left on device");
			}
			else {
				unwritable.put(key, content);
			}
		}

		@Override
		public Optional<InputStream> open(String key) throws IOException {
			return disk.open(key);
		}

		@Override
		public long size(String key) throws IOException {
			return disk.size(key);
		}

		@Override
		public void delete(String key) throws IOException {
			disk.delete(key);
		}

	}

	@TestConfiguration
	static class Troubles {

		@Bean
		@Primary
		TroubledStorage troubledStorage(FileSystemMediaStorage disk, PortalProperties properties) throws IOException {
			Path file = properties.dataDir().resolve("not-a-directory");
			Files.createDirectories(file.getParent());
			if (!Files.isRegularFile(file)) {
				Files.writeString(file, "a file where the media directory's parent should be");
			}
			PortalProperties underAFile = new PortalProperties(file.resolve("data"), false, properties.admin(),
					properties.site(), properties.media(), properties.imports());
			return new TroubledStorage(disk, new FileSystemMediaStorage(underAFile));
		}

	}

}
