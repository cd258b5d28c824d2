package vn.tochuc.portal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.tochuc.portal.platform.PortalProperties;
import vn.tochuc.portal.platform.UploadTooLargeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What an upload really is, decided from its first bytes; and the library's checks built on it. */
class MediaTypeTest {

	static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}

	static byte[] concat(byte[] head, String tail) {
		byte[] rest = tail.getBytes(StandardCharsets.ISO_8859_1);
		byte[] result = Arrays.copyOf(head, head.length + rest.length);
		System.arraycopy(rest, 0, result, head.length, rest.length);
		return result;
	}

	static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xC8102E);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			assertThat(ImageIO.write(image, format, out)).as("a writer for %s", format).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	@Nested
	class Sniff {

		@Test
		void jpegByItsStartOfImageMarker() {
			assertThat(MediaType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'))).contains(MediaType.JPEG);
			assertThat(MediaType.sniff(bytes(0xFF, 0xD8, 0xFF))).contains(MediaType.JPEG);
			assertThat(MediaType.sniff(image("jpg", 4, 3))).contains(MediaType.JPEG);
		}

		@Test
		void pngByItsEightByteSignature() {
			assertThat(MediaType.sniff(PNG_SIGNATURE)).contains(MediaType.PNG);
			assertThat(MediaType.sniff(image("png", 4, 3))).contains(MediaType.PNG);
		}

		@Test
		void webpByRiffAndWebpTags() {
			assertThat(MediaType.sniff(concat(new byte[0], "RIFF\u0024\u0000\u0000\u0000WEBPVP8 "))).contains(MediaType.WEBP);
		}

		@Test
		void pdfByItsHeader() {
			assertThat(MediaType.sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).contains(MediaType.PDF);
		}

		@ParameterizedTest
		@ValueSource(strings = { "GIF89a\u0001\u0000\u0001\u0000", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">",
				"<!DOCTYPE html><html>", "<?php system($_GET['c']); ?>", "#!/bin/sh\nrm -rf /", "PK\u0003\u0004 docx",
				"MZ\u0090\u0000 exe", "RIFF\u0024\u0000\u0000\u0000WAVEfmt ", "RIFF\u0024\u0000\u0000\u0000AVI LIST",
				"%PDF", " %PDF-1.7", "%pdf-1.7", "\u0089PNG\r\n\u001A", "\u0089PNG\r\n\u001A\r", "BM6\u0000\u0000\u0000 bmp",
				"II*\u0000 tiff", "Ảnh hội nghị.jpg" })
		void everythingElseIsUnknown(String content) {
			assertThat(MediaType.sniff(content.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		}

		@Test
		void tooShortToTell() {
			assertThat(MediaType.sniff(new byte[0])).isEmpty();
			assertThat(MediaType.sniff(bytes(0xFF))).isEmpty();
			assertThat(MediaType.sniff(bytes(0xFF, 0xD8))).isEmpty();
			assertThat(MediaType.sniff(Arrays.copyOf(PNG_SIGNATURE, 7))).isEmpty();
			assertThat(MediaType.sniff("RIFF\u0000\u0000\u0000\u0000WEB".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		}

		@Test
		void theNameNeverMattersOnlyTheBytes() {
			// A PNG renamed .pdf is a PNG; the extension lookup is only for keys the portal made.
			assertThat(MediaType.sniff(image("png", 2, 2))).contains(MediaType.PNG);
			assertThat(MediaType.sniff(concat(bytes(0xFF, 0xD8, 0xFF), "<script>alert(1)</script>"))).contains(MediaType.JPEG);
		}

	}

	@Nested
	class Properties {

		@ParameterizedTest
		@CsvSource({ "JPEG, image/jpeg, jpg, true", "PNG, image/png, png, true", "WEBP, image/webp, webp, true",
				"PDF, application/pdf, pdf, false" })
		void mimeTypeExtensionAndKind(MediaType type, String mime, String extension, boolean image) {
			assertThat(type.mimeType()).isEqualTo(mime);
			assertThat(type.extension()).isEqualTo(extension);
			assertThat(type.isImage()).isEqualTo(image);
			assertThat(MediaType.fromExtension(extension)).contains(type);
			assertThat(MediaType.fromExtension(extension.toUpperCase())).contains(type);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "jpeg", "gif", "svg", "html", "exe", ".jpg", "jpg ", "php" })
		void unknownExtensions(String extension) {
			assertThat(MediaType.fromExtension(extension)).isEmpty();
		}

		@Test
		void everyExtensionIsOneTheStorageKeyAllows() {
			for (MediaType type : MediaType.values()) {
				assertThat("2025/03/0b8f2c3e-1d2a-4c5b-9e7f-0123456789ab." + type.extension())
					.matches(FileSystemMediaStorage.KEY);
			}
		}

	}

	/** {@link MediaLibrary#upload}: the checks before anything is stored. */
	@Nested
	class LibraryChecks {

		static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

		@TempDir
		Path dataDir;

		MediaItemRepository items;

		FileSystemMediaStorage storage;

		MediaLibrary library;

		@BeforeEach
		void setUp() {
			items = mock(MediaItemRepository.class);
			when(items.save(any(MediaItem.class))).thenAnswer((call) -> call.getArgument(0));
			PortalProperties properties = properties(dataDir, 64 * 1024);
			storage = new FileSystemMediaStorage(properties);
			// 01:30 on 1 April in Vietnam is still 31 March in UTC.
			Clock clock = Clock.fixed(Instant.parse("2025-03-31T18:30:00Z"), ZoneOffset.UTC);
			library = new MediaLibrary(items, storage, properties, clock, (event) -> {
			}, new UploadedImages(properties), new NoDatabaseTransactions());
		}

		static PortalProperties properties(Path dataDir, long maxUploadBytes) {
			return new PortalProperties(dataDir, false, new PortalProperties.Admin("admin", null),
					new PortalProperties.Site("Ban Tổ chức Tỉnh ủy Nghệ An", "Đảng bộ tỉnh Nghệ An", "Nghệ An",
							"Số 7 Trường Thi", "0238 3844 555", "bantochuc@nghean.dcs.vn", "http://localhost:8080", HANOI),
					new PortalProperties.Media(maxUploadBytes), new PortalProperties.Imports(maxUploadBytes, 20_000));
		}

		@Test
		void aRealPngIsStoredUnderADatedKeyWrittenAnewWithItsSize() throws IOException {
			byte[] png = image("png", 40, 30);

			MediaItem item = library.upload(png, "Ảnh hội nghị.png", 7L);

			assertThat(item.getStorageKey()).startsWith("2025/04/").endsWith(".png").matches(FileSystemMediaStorage.KEY);
			assertThat(item.getContentType()).isEqualTo("image/png");
			assertThat(item.getWidth()).isEqualTo(40);
			assertThat(item.getHeight()).isEqualTo(30);
			assertThat(item.getOriginalName()).isEqualTo("Ảnh hội nghị.png");
			assertThat(item.getUploadedBy()).isEqualTo(7L);
			assertThat(item.getUrl()).isEqualTo("/media/" + item.getStorageKey());
			try (var in = storage.open(item.getStorageKey()).orElseThrow()) {
				// The portal keeps the picture it wrote (see UploadedImagesTest): same pixels, its own bytes.
				byte[] stored = in.readAllBytes();
				assertThat(item.getSizeBytes()).isEqualTo(stored.length);
				BufferedImage read = ImageIO.read(new java.io.ByteArrayInputStream(stored));
				assertThat(read.getWidth()).isEqualTo(40);
				assertThat(read.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xC8102E);
			}
		}

		@Test
		void aWidePhotoGetsSmallerCopiesForPhonesAndListsOnce() throws IOException {
			PortalProperties roomy = properties(dataDir, 8 * 1024 * 1024);
			library = new MediaLibrary(items, storage, roomy,
					Clock.fixed(Instant.parse("2025-03-31T18:30:00Z"), ZoneOffset.UTC), (event) -> {
					}, new UploadedImages(roomy), new NoDatabaseTransactions());
			MediaItem item = library.upload(image("jpg", 1600, 1000), "toan-canh.jpg", 1L);

			assertThat(item.getSrcset()).contains("-w320.jpg 320w").contains("-w768.jpg 768w")
				.contains("-w1280.jpg 1280w").endsWith(item.getUrl() + " 1600w");
			for (int width : new int[] { 320, 768, 1280 }) {
				String key = item.getStorageKey().replace(".jpg", "-w" + width + ".jpg");
				try (var in = storage.open(key).orElseThrow()) {
					var copy = javax.imageio.ImageIO.read(in);
					assertThat(copy.getWidth()).isEqualTo(width);
					assertThat(copy.getHeight()).isEqualTo(Math.round(1000 * width / 1600f));
				}
			}
			assertThat(item.urlFor(300)).endsWith("-w320.jpg");
			assertThat(item.urlFor(2000)).isEqualTo(item.getUrl());
		}

		@Test
		void aSmallPictureIsKeptAsItIs() {
			MediaItem item = library.upload(image("png", 300, 200), "nho.png", 1L);
			assertThat(item.getSrcset()).isEqualTo(item.getUrl() + " 300w");
			assertThat(item.getThumbnailUrl()).isEqualTo(item.getUrl());
		}

		@Test
		void theTypeComesFromTheContentNotTheName() {
			MediaItem item = library.upload(image("jpg", 8, 8), "bao-cao.pdf", 1L);
			assertThat(item.getContentType()).isEqualTo("image/jpeg");
			assertThat(item.getStorageKey()).endsWith(".jpg");
		}

		@Test
		void aPdfIsAcceptedWithoutDecodingButAWebpMustDecode() {
			// A WebP is a picture like the others: one that is only a RIFF header is refused.
			assertRejected(concat(new byte[0], "RIFF\u0024\u0000\u0000\u0000WEBPVP8 xxxx"), "media.error.corrupt");
			MediaItem pdf = library.upload("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1),
					"Nghị quyết.pdf", 1L);
			assertThat(pdf.getContentType()).isEqualTo("application/pdf");
			assertThat(pdf.getWidth()).isNull();
		}

		@Test
		void emptyUploadsAreRefused() {
			assertRejected(new byte[0], "media.error.empty");
			assertRejected(null, "media.error.empty");
		}

		@Test
		void uploadsOverTheLimitAreRefused() {
			byte[] big = Arrays.copyOf(image("png", 4, 4), 64 * 1024 + 1);
			// Not a refusal of the content but of its size: the forms answer it with 413.
			assertThatExceptionOfType(UploadTooLargeException.class)
				.isThrownBy(() -> library.upload(big, "tep.png", 1L))
				.satisfies((ex) -> assertThat(ex.limitText()).isEqualTo("64 KB"));
			verify(items, never()).save(any());
			assertThat(filesUnder(dataDir)).as("nothing stored").isEmpty();
		}

		@Test
		void anUploadOfExactlyTheLimitIsAccepted() {
			byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 64 * 1024);
			assertThat(library.upload(pdf, "a.pdf", 1L).getSizeBytes()).isEqualTo(64 * 1024);
		}

		@ParameterizedTest
		@ValueSource(strings = { "<svg onload=alert(1)>", "<html><script>alert(1)</script></html>", "GIF89a......",
				"<?php echo 1; ?>" })
		void unknownTypesAreRefused(String content) {
			assertRejected(content.getBytes(StandardCharsets.UTF_8), "media.error.type");
		}

		@Test
		void aScriptWithAnImageHeaderIsRefusedAsCorrupt() {
			assertRejected(concat(bytes(0xFF, 0xD8, 0xFF, 0xE0), "<script>alert(1)</script>"), "media.error.corrupt");
			assertRejected(concat(PNG_SIGNATURE, "<?php system($_GET['c']); ?>"), "media.error.corrupt");
		}

		@Test
		void aTruncatedImageIsRefusedAsCorrupt() {
			byte[] png = image("png", 40, 30);
			assertRejected(Arrays.copyOf(png, 20), "media.error.corrupt");
		}

		private void assertRejected(byte[] content, String messageKey) {
			assertThatExceptionOfType(MediaRejectedException.class)
				.isThrownBy(() -> library.upload(content, "tep.jpg", 1L))
				.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
			verify(items, never()).save(any());
			assertThat(filesUnder(dataDir)).as("nothing stored").isEmpty();
		}

		private static Stream<Path> filesUnder(Path dir) {
			try (Stream<Path> walk = Files.walk(dir)) {
				return walk.filter(Files::isRegularFile).toList().stream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	@Nested
	class Labels {

		@ParameterizedTest(name = "{0} → {1}")
		@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
				Ảnh hội nghị.jpg                         | Ảnh hội nghị.jpg
				C:\\Users\\Lan\\Pictures\\Đại hội.png      | Đại hội.png
				/home/lan/Ảnh/dai-hoi.webp               | dai-hoi.webp
				../../../etc/passwd                      | passwd
				..\\..\\windows\\win.ini                  | win.ini
				'  báo cáo.pdf  '                        | báo cáo.pdf
				""")
		void onlyTheLastSegmentIsKept(String originalName, String label) {
			assertThat(MediaLibrary.labelOf(originalName)).isEqualTo(label);
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "   ", "\t" })
		void noNameNoLabel(String originalName) {
			assertThat(MediaLibrary.labelOf(originalName)).isNull();
		}

		@Test
		void controlCharactersAreRemoved() {
			assertThat(MediaLibrary.labelOf("anh\u0000\r\n\u001Bhoi-nghi.jpg")).isEqualTo("anhhoi-nghi.jpg");
		}

		@Test
		void longNamesKeepTheirEndAndExtension() {
			String name = "a".repeat(300) + ".jpg";
			String label = MediaLibrary.labelOf(name);
			assertThat(label).hasSize(200).endsWith("aaa.jpg");
			assertThat(Optional.ofNullable(MediaLibrary.labelOf("dir/" + name))).contains(label);
		}

	}

}
