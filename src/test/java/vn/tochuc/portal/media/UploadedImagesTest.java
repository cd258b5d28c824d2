package vn.tochuc.portal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.tochuc.portal.platform.PortalProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Uploaded pictures are checked before they are decoded, decoded within bounds, and written
 * anew, so what the portal stores and serves is only pixels: no appended page, no comment, no
 * text chunk, no EXIF (GPS) block. Every test file is built here from real headers.
 */
class UploadedImagesTest {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	static final Locale VI = Locale.forLanguageTag("vi");

	static final String SCRIPT = "<script>alert(document.cookie)</script>";

	static final byte[] HTML_PAGE = ("<!DOCTYPE html><html><body>" + SCRIPT + "</body></html>")
		.getBytes(StandardCharsets.UTF_8);

	/** 64×32, left half red, right half blue, lossy WebP (cwebp -q 90). */
	static final byte[] WEBP_HALVES = Base64.getDecoder()
		.decode("UklGRmQAAABXRUJQVlA4IFgAAAAQBQCdASpAACAAPjEWiUMiISEWDVQAIAMEsYBoRsb/APxA1QrgH4gfqqASHi0bqVcAAP72vbUTyTC"
				+ "+308J4Ty/+x6V+w98YRwjjf+yTORPVmt2Ab8AAAAA");

	/** 32×32, left half green, right half fully transparent, lossless WebP (cwebp -lossless). */
	static final byte[] WEBP_ALPHA = Base64.getDecoder()
		.decode("UklGRigAAABXRUJQVlA4TBsAAAAvH8AHEA8woEMxFPMf8BALJvOXjqA/ov9RvAEA");

	UploadedImages images = new UploadedImages(properties(new PortalProperties.Media(10_485_760)));

	// ---- decompression bombs -----------------------------------------------------------------

	@Test
	void aSmallPngDeclaring400MegapixelsIsRefusedFromItsHeaderInAnInstant() {
		byte[] bomb = pngDeclaring(20_000, 20_000);
		assertThat(bomb.length).isLessThan(2_000);
		long started = System.nanoTime();

		MediaRejectedException refused = catchThrowableOfType(MediaRejectedException.class,
				() -> images.clean(bomb, MediaType.PNG));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(refused.getMessageKey()).isEqualTo("media.error.tooManyPixels");
		assertThat(message(refused)).isEqualTo(
				"Ảnh quá lớn: 400 megapixel (20000 × 20000 điểm ảnh), tối đa 50 megapixel. Vui lòng thu nhỏ ảnh rồi tải lên lại.");
	}

	@Test
	void theLimitIsASettingAndAPictureJustWithinItIsTaken() {
		UploadedImages strict = new UploadedImages(properties(
				new PortalProperties.Media(10_485_760, 40 * 30, 2, Duration.ofSeconds(30), Duration.ofSeconds(20))));
		assertThat(strict.clean(jpeg(40, 30, Color.GRAY), MediaType.JPEG).width()).isEqualTo(40);

		MediaRejectedException refused = catchThrowableOfType(MediaRejectedException.class,
				() -> strict.clean(jpeg(41, 30, Color.GRAY), MediaType.JPEG));
		assertThat(refused.getMessageKey()).isEqualTo("media.error.tooManyPixels");
		assertThat(message(refused)).contains("(41 × 30 điểm ảnh)");
	}

	@Test
	void aDecoderStillBusyAfterTheTimeLimitIsStopped() {
		UploadedImages hurried = new UploadedImages(properties(
				new PortalProperties.Media(10_485_760, 50_000_000, 2, Duration.ofSeconds(30), Duration.ofMillis(1))));
		byte[] noise = noisyPng(1000, 1000);
		long started = System.nanoTime();

		MediaRejectedException refused = catchThrowableOfType(MediaRejectedException.class,
				() -> hurried.clean(noise, MediaType.PNG));

		assertThat(refused.getMessageKey()).isEqualTo("media.error.decodeTimeout");
		assertThat(message(refused)).startsWith("Đọc ảnh quá thời gian cho phép nên đã dừng");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(images.clean(noise, MediaType.PNG).width()).as("the same file with time to decode").isEqualTo(1000);
	}

	@Test
	void aDecoderReadingOnPastTheEndIsStopped() throws IOException {
		try (BoundedImageInput input = new BoundedImageInput(new byte[] { 1, 2 },
				System.nanoTime() + Duration.ofMinutes(1).toNanos())) {
			assertThat(input.read()).isEqualTo(1);
			assertThat(input.read()).isEqualTo(2);
			assertThat(input.read()).isEqualTo(-1);
			assertThatExceptionOfType(IOException.class).isThrownBy(() -> {
				for (int i = 0; i < 1_000_000; i++) {
					input.read();
				}
			});
		}
	}

	@Test
	void whenEveryDecodeSlotStaysTakenTheUploadIsRefusedAsBusyAfterTheWait() throws InterruptedException {
		UploadedImages oneAtATime = new UploadedImages(properties(
				new PortalProperties.Media(10_485_760, 50_000_000, 1, Duration.ofMillis(300), Duration.ofSeconds(20))));
		oneAtATime.decodeSlots().acquire();
		try {
			long started = System.nanoTime();
			MediaRejectedException refused = catchThrowableOfType(MediaRejectedException.class,
					() -> oneAtATime.clean(jpeg(40, 30, Color.GRAY), MediaType.JPEG));

			assertThat(refused.getMessageKey()).isEqualTo("media.error.busy");
			assertThat(refused.isTemporary()).isTrue();
			assertThat(message(refused)).startsWith("Máy chủ đang bận xử lý các ảnh khác.");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
		}
		finally {
			oneAtATime.decodeSlots().release();
		}
		assertThat(oneAtATime.clean(jpeg(40, 30, Color.GRAY), MediaType.JPEG).width()).isEqualTo(40);
		assertThat(oneAtATime.decodeSlots().availablePermits()).as("the slot is given back").isEqualTo(1);
	}

	@Test
	void theWaitForADecodeSlotDoesNotCountAgainstTheDecodeTimeLimit() throws InterruptedException {
		UploadedImages patient = new UploadedImages(properties(
				new PortalProperties.Media(10_485_760, 50_000_000, 1, Duration.ofSeconds(10), Duration.ofMillis(700))));
		byte[] photo = jpeg(400, 300, Color.GRAY);
		patient.clean(photo, MediaType.JPEG); // decoders loaded, so the time below is the decode's own
		patient.decodeSlots().acquire();
		Thread releaser = new Thread(() -> {
			try {
				Thread.sleep(1_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			patient.decodeSlots().release();
		});
		releaser.start();

		UploadedImages.CleanImage clean = patient.clean(photo, MediaType.JPEG);

		assertThat(clean.width()).as("decoded after a wait longer than the time limit").isEqualTo(400);
		releaser.join();
	}

	@Test
	void aBombDoesNotWaitForADecodeSlot() throws InterruptedException {
		UploadedImages oneAtATime = new UploadedImages(properties(
				new PortalProperties.Media(10_485_760, 50_000_000, 1, Duration.ofSeconds(30), Duration.ofSeconds(20))));
		oneAtATime.decodeSlots().acquire();
		try {
			long started = System.nanoTime();
			assertThat(catchThrowableOfType(MediaRejectedException.class,
					() -> oneAtATime.clean(pngDeclaring(20_000, 20_000), MediaType.PNG)).getMessageKey())
				.isEqualTo("media.error.tooManyPixels");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
		finally {
			oneAtATime.decodeSlots().release();
		}
	}

	// ---- polyglots and metadata --------------------------------------------------------------

	@Test
	void aJpegWithAScriptInACommentSegmentAndAPageAppendedComesOutAsPixelsOnly() {
		byte[] plain = jpeg(120, 80, Color.ORANGE);
		byte[] polyglot = concat(withSegmentsAfterSoi(plain, segment(0xFE, SCRIPT.getBytes(StandardCharsets.UTF_8))),
				HTML_PAGE);
		assertThat(text(polyglot)).contains(SCRIPT).contains("<!DOCTYPE html>");

		UploadedImages.CleanImage clean = images.clean(polyglot, MediaType.JPEG);

		assertThat(clean.type()).isEqualTo(MediaType.JPEG);
		assertThat(text(clean.content())).doesNotContain("<script").doesNotContain("alert").doesNotContain("<!DOCTYPE");
		assertThat(clean.content()).startsWith(0xFF, 0xD8, 0xFF);
		assertThat(endsWithEoi(clean.content())).as("nothing after the end of the image").isTrue();
		assertThat(decode(clean.content()).getWidth()).isEqualTo(120);
		assertThat(clean.variants()).isEmpty();
	}

	@Test
	void aPngWithATextChunkAndAPageAppendedComesOutAsPixelsOnlyWithItsTransparency() {
		BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = picture.createGraphics();
		g.setColor(new Color(200, 30, 30, 255));
		g.fillRect(0, 0, 200, 300);
		g.dispose(); // the right half stays fully transparent
		byte[] plain = encode(picture, "png");
		byte[] withText = insertPngChunkAfterIhdr(plain, "tEXt",
				concat("Comment\0".getBytes(StandardCharsets.ISO_8859_1), SCRIPT.getBytes(StandardCharsets.ISO_8859_1)));
		byte[] polyglot = concat(withText, HTML_PAGE);
		assertThat(decode(polyglot).getWidth()).as("the polyglot is a valid PNG").isEqualTo(400);

		UploadedImages.CleanImage clean = images.clean(polyglot, MediaType.PNG);

		assertThat(clean.type()).isEqualTo(MediaType.PNG);
		assertThat(text(clean.content())).doesNotContain("<script").doesNotContain("tEXt").doesNotContain("<!DOCTYPE");
		assertThat(text(clean.content())).endsWith("IEND\u00aeB`\u0082");
		BufferedImage stored = decode(clean.content());
		assertThat(stored.getColorModel().hasAlpha()).isTrue();
		assertThat(stored.getRGB(300, 150) >>> 24).as("transparent half").isZero();
		assertThat(stored.getRGB(100, 150) >>> 24).as("opaque half").isEqualTo(255);
		assertThat(clean.variants()).containsOnlyKeys(320);
		assertThat(decode(clean.variants().get(320)).getColorModel().hasAlpha()).isTrue();
	}

	@Test
	void aPhonesGpsPositionInExifDoesNotSurvive() {
		byte[] photo = withSegmentsAfterSoi(jpeg(64, 48, Color.GREEN), segment(0xE1, exif(1, true)));
		assertThat(appSegments(photo, "Exif")).as("the test photo carries EXIF").isEqualTo(1);
		assertThat(indexOf(photo, GPS_LATITUDE)).isPositive();

		UploadedImages.CleanImage clean = images.clean(photo, MediaType.JPEG);

		assertThat(appSegments(clean.content(), "Exif")).isZero();
		assertThat(indexOf(clean.content(), GPS_LATITUDE)).isNegative();
		assertThat(text(clean.content())).doesNotContain("Exif");
	}

	@Test
	void exifOrientationSixIsTurnedIntoPixelsAQuarterTurnClockwise() {
		// Stored landscape, left half red and right half blue; a phone held upright says "turn clockwise".
		byte[] sideways = withSegmentsAfterSoi(halves(40, 20), segment(0xE1, exif(6, false)));
		assertThat(UploadedImages.exifOrientation(sideways)).isEqualTo(6);

		UploadedImages.CleanImage clean = images.clean(sideways, MediaType.JPEG);

		assertThat(clean.width()).isEqualTo(20);
		assertThat(clean.height()).isEqualTo(40);
		BufferedImage upright = decode(clean.content());
		assertThat(upright.getWidth()).isEqualTo(20);
		assertThat(upright.getHeight()).isEqualTo(40);
		assertThat(dominant(upright.getRGB(10, 5))).as("the left half is now on top").isEqualTo("red");
		assertThat(dominant(upright.getRGB(10, 35))).isEqualTo("blue");
		assertThat(appSegments(clean.content(), "Exif")).as("no tag left to turn it twice").isZero();
	}

	@Test
	void withoutAnOrientationTagThePictureKeepsItsShape() {
		UploadedImages.CleanImage clean = images.clean(halves(40, 20), MediaType.JPEG);

		BufferedImage same = decode(clean.content());
		assertThat(same.getWidth()).isEqualTo(40);
		assertThat(dominant(same.getRGB(5, 10))).isEqualTo("red");
		assertThat(dominant(same.getRGB(35, 10))).isEqualTo("blue");
	}

	@Test
	void everyOrientationMapsTheTopLeftCornerWhereTheTiffSpecificationSays() {
		BufferedImage source = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		source.setRGB(0, 0, 0xFF0000);
		// Where the stored top-left pixel ends up, for orientations 1 to 8.
		int[][] expected = { { 0, 0 }, { 2, 0 }, { 2, 1 }, { 0, 1 }, { 0, 0 }, { 1, 0 }, { 1, 2 }, { 0, 2 } };
		for (int orientation = 1; orientation <= 8; orientation++) {
			BufferedImage turned = UploadedImages.oriented(source, orientation);
			int[] at = expected[orientation - 1];
			assertThat(turned.getWidth()).as("orientation %d", orientation).isEqualTo(orientation >= 5 ? 2 : 3);
			assertThat(turned.getRGB(at[0], at[1]) & 0xFFFFFF).as("orientation %d", orientation).isEqualTo(0xFF0000);
		}
	}

	// ---- WebP: decoded for real, stored as a picture the portal wrote -------------------------

	@Test
	void aWebpIsDecodedAndStoredAsJpegWithAnythingAppendedGone() {
		byte[] polyglot = concat(WEBP_HALVES, HTML_PAGE);

		UploadedImages.CleanImage clean = images.clean(polyglot, MediaType.WEBP);

		assertThat(clean.type()).isEqualTo(MediaType.JPEG);
		assertThat(clean.width()).isEqualTo(64);
		assertThat(clean.height()).isEqualTo(32);
		assertThat(text(clean.content())).doesNotContain("<script").doesNotContain("RIFF");
		BufferedImage stored = decode(clean.content());
		assertThat(dominant(stored.getRGB(8, 16))).isEqualTo("red");
		assertThat(dominant(stored.getRGB(56, 16))).isEqualTo("blue");
	}

	@Test
	void aTransparentWebpIsStoredAsPngAndKeepsItsTransparency() {
		UploadedImages.CleanImage clean = images.clean(WEBP_ALPHA, MediaType.WEBP);

		assertThat(clean.type()).isEqualTo(MediaType.PNG);
		BufferedImage stored = decode(clean.content());
		assertThat(stored.getRGB(24, 16) >>> 24).as("transparent half").isZero();
		assertThat(stored.getRGB(8, 16) >>> 24).isEqualTo(255);
		assertThat(dominant(stored.getRGB(8, 16))).isEqualTo("green");
	}

	@Test
	void aWebpDeclaringTooManyPixelsIsRefusedFromItsHeader() {
		// VP8L header: 14-bit width-1 and height-1; 16384 × 16384 = 268 megapixels in 30 bytes.
		byte[] bomb = webpLosslessDeclaring(16_384, 16_384);

		MediaRejectedException refused = catchThrowableOfType(MediaRejectedException.class,
				() -> images.clean(bomb, MediaType.WEBP));

		assertThat(refused.getMessageKey()).isEqualTo("media.error.tooManyPixels");
	}

	// ---- broken files ------------------------------------------------------------------------

	@Test
	void aCorruptPictureIsRefusedWithAMessage() {
		byte[] header = pngDeclaring(40, 30);
		byte[] broken = concat(java.util.Arrays.copyOf(header, 33), pngChunk("IDAT", HTML_PAGE), pngChunk("IEND",
				new byte[0]));

		MediaRejectedException refused = catchThrowableOfType(MediaRejectedException.class,
				() -> images.clean(broken, MediaType.PNG));

		assertThat(refused.getMessageKey()).isEqualTo("media.error.corrupt");
		assertThat(message(refused)).isEqualTo("Tệp ảnh bị hỏng hoặc không đúng định dạng.");
	}

	@Test
	void aPageWithAJpegSignatureIsRefused() {
		byte[] fake = concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, HTML_PAGE);

		assertThat(catchThrowableOfType(MediaRejectedException.class, () -> images.clean(fake, MediaType.JPEG))
			.getMessageKey()).isEqualTo("media.error.corrupt");
	}

	// ---- builders ----------------------------------------------------------------------------

	static PortalProperties properties(PortalProperties.Media media) {
		return new PortalProperties(Path.of("target/test-data"), false, new PortalProperties.Admin("admin", null),
				new PortalProperties.Site("Ban Tổ chức", "Đảng bộ", "Nghệ An", "Vinh", "0238", "a@b.vn",
						"http://localhost:8080", ZoneId.of("Asia/Ho_Chi_Minh")),
				media, new PortalProperties.Imports(10_485_760, 20_000));
	}

	static String message(MediaRejectedException refused) {
		return MESSAGES.getMessage(refused.getMessageKey(), refused.getArguments(), VI);
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			assertThat(ImageIO.write(image, format, out)).isTrue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			assertThat(image).as("decodes").isNotNull();
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] jpeg(int width, int height, Color color) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(color);
		g.fillRect(0, 0, width, height);
		g.dispose();
		return encode(image, "jpeg");
	}

	/** Left half red, right half blue. */
	static byte[] halves(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(220, 20, 20));
		g.fillRect(0, 0, width / 2, height);
		g.setColor(new Color(20, 20, 220));
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		return encode(image, "jpeg");
	}

	static byte[] noisyPng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(16);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return encode(image, "png");
	}

	static String dominant(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		return r > g + 60 && r > b + 60 ? "red" : b > r + 60 && b > g + 60 ? "blue" : g > r + 60 && g > b + 60 ? "green" : "mixed";
	}

	/**
	 * A real PNG header (signature, IHDR with the given size, 8-bit RGB) with a small IDAT of
	 * zeros, as a decompression bomb has: a decoder that trusts it allocates width × height.
	 */
	static byte[] pngDeclaring(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[256 * 1024]);
		deflater.finish();
		byte[] compressed = new byte[4096];
		int length = deflater.deflate(compressed);
		deflater.end();
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, pngChunk("IHDR", ihdr.array()),
				pngChunk("IDAT", java.util.Arrays.copyOf(compressed, length)), pngChunk("IEND", new byte[0]));
	}

	static byte[] pngChunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	static byte[] insertPngChunkAfterIhdr(byte[] png, String type, byte[] data) {
		int afterIhdr = 8 + 12 + 13;
		return concat(java.util.Arrays.copyOf(png, afterIhdr), pngChunk(type, data),
				java.util.Arrays.copyOfRange(png, afterIhdr, png.length));
	}

	static byte[] webpLosslessDeclaring(int width, int height) {
		int bits = (width - 1) | ((height - 1) << 14); // alpha hint and version bits stay 0
		byte[] vp8l = ByteBuffer.allocate(5 + 16).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x2F).putInt(bits).array();
		byte[] chunk = concat("VP8L".getBytes(StandardCharsets.ISO_8859_1),
				ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(vp8l.length).array(), vp8l);
		return concat("RIFF".getBytes(StandardCharsets.ISO_8859_1),
				ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(4 + chunk.length).array(),
				"WEBP".getBytes(StandardCharsets.ISO_8859_1), chunk);
	}

	/** A JPEG marker segment: FF, marker, length (counting itself), data. */
	static byte[] segment(int marker, byte[] data) {
		return ByteBuffer.allocate(4 + data.length).put((byte) 0xFF).put((byte) marker).putShort((short) (2 + data.length))
			.put(data).array();
	}

	static byte[] withSegmentsAfterSoi(byte[] jpeg, byte[] segment) {
		return concat(java.util.Arrays.copyOf(jpeg, 2), segment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** 18° 40′ 12.34″ N as three TIFF rationals, little-endian: what must not survive. */
	static final byte[] GPS_LATITUDE = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(18).putInt(1)
		.putInt(40).putInt(1).putInt(1234).putInt(100).array();

	/**
	 * An EXIF APP1 body ("Exif\0\0" and a little-endian TIFF structure): IFD0 with the orientation
	 * and, when asked, a pointer to a GPS IFD with a latitude and longitude.
	 */
	static byte[] exif(int orientation, boolean gps) {
		ByteBuffer tiff = ByteBuffer.allocate(160).order(ByteOrder.LITTLE_ENDIAN);
		tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		int entries = gps ? 2 : 1;
		tiff.putShort((short) entries);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		int gpsIfd = 8 + 2 + entries * 12 + 4;
		if (gps) {
			tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
		}
		tiff.putInt(0);
		if (gps) {
			int data = gpsIfd + 2 + 4 * 12 + 4;
			tiff.putShort((short) 4);
			tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
			tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(data);
			tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
			tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(data + 24);
			tiff.putInt(0);
			tiff.put(GPS_LATITUDE);
			tiff.putInt(105).putInt(1).putInt(41).putInt(1).putInt(5678).putInt(100);
		}
		byte[] body = java.util.Arrays.copyOf(tiff.array(), tiff.position());
		return concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), body);
	}

	static int appSegments(byte[] jpeg, String identifier) {
		try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
			return JPEGSegmentUtil.readSegments(input, JPEG.APP1, identifier).size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean endsWithEoi(byte[] jpeg) {
		return (jpeg[jpeg.length - 2] & 0xFF) == 0xFF && (jpeg[jpeg.length - 1] & 0xFF) == 0xD9;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
