package vn.tochuc.portal.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tochuc.portal.platform.PortalProperties;

/**
 * Every uploaded picture is decoded and written anew, and only the new file is kept: bytes
 * after the image (an appended HTML page), comment segments, text chunks and EXIF metadata
 * (staff phones' GPS positions) do not survive, so the portal never serves a polyglot.
 * <p>
 * Decoding is bounded three ways: the dimensions are read from the header first and a picture
 * over {@code portal.media.max-image-pixels} is refused before any pixel is decoded (a 48 kB
 * PNG can declare 400 megapixels); at most {@code portal.media.concurrent-image-decodes}
 * pictures are decoded at once, others wait up to {@code portal.media.image-decode-wait}; and
 * a decoder still busy after {@code portal.media.image-decode-time-limit} is stopped (see
 * {@link BoundedImageInput}).
 * <p>
 * JPEG stays JPEG (EXIF orientation applied to the pixels first, since the tag is dropped);
 * PNG stays PNG, alpha kept; WebP is decoded (TwelveMonkeys) and kept as PNG when it has
 * transparency, else as JPEG, so every stored picture is one the portal wrote itself.
 */
@Component
class UploadedImages {

	private static final Logger log = LoggerFactory.getLogger(UploadedImages.class);

	/** JPEG quality of the re-encoded full-size picture: one generation of loss that nobody sees. */
	static final float ORIGINAL_JPEG_QUALITY = 0.9f;

	/** Reading the EXIF block is a small job; a crafted one gets no more time than this. */
	private static final Duration EXIF_TIME_LIMIT = Duration.ofSeconds(2);

	private final long maxPixels;

	private final Duration decodeWait;

	private final Duration decodeTimeLimit;

	private final Semaphore decodes;

	UploadedImages(PortalProperties properties) {
		PortalProperties.Media media = properties.media();
		this.maxPixels = media.maxImagePixels();
		this.decodeWait = media.imageDecodeWait();
		this.decodeTimeLimit = media.imageDecodeTimeLimit();
		this.decodes = new Semaphore(Math.max(1, media.concurrentImageDecodes()), true);
		// In a packaged jar the plugins must be found through the application's class loader.
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	/** A picture as the portal will store it, with its smaller copies by width. */
	record CleanImage(MediaType type, byte[] content, int width, int height, Map<Integer, byte[]> variants) {
	}

	/**
	 * Checks, decodes and re-encodes an uploaded picture whose type was sniffed from its bytes.
	 *
	 * @throws MediaRejectedException with the message for the form when the picture is refused
	 */
	CleanImage clean(byte[] content, MediaType sniffed) {
		long deadline = System.nanoTime() + decodeTimeLimit.toNanos();
		ImageReader reader = readerFor(sniffed);
		try {
			BoundedImageInput input = new BoundedImageInput(content, deadline);
			reader.setInput(input, false, true);
			int width;
			int height;
			try {
				width = reader.getWidth(0);
				height = reader.getHeight(0);
			}
			catch (IOException | RuntimeException ex) {
				throw refusal(ex, deadline);
			}
			checkPixels(width, height);
			acquireDecodeSlot();
			try {
				// The time waited for the slot is not the decoder's: its clock starts now.
				deadline = System.nanoTime() + decodeTimeLimit.toNanos();
				input.setDeadline(deadline);
				BufferedImage image = decode(reader, deadline);
				if (sniffed == MediaType.JPEG) {
					image = oriented(image, exifOrientation(content));
				}
				MediaType stored = storedType(sniffed, image);
				return new CleanImage(stored, encode(image, stored), image.getWidth(), image.getHeight(),
						variantsOf(image, stored));
			}
			finally {
				decodes.release();
			}
		}
		finally {
			reader.dispose();
		}
	}

	/** Refuses a picture whose header declares more pixels than the limit, before decoding any. */
	void checkPixels(int width, int height) {
		if (width <= 0 || height <= 0) {
			throw new MediaRejectedException("media.error.corrupt");
		}
		long pixels = (long) width * height;
		if (pixels > maxPixels) {
			throw new MediaRejectedException("media.error.tooManyPixels", pixels / 1_000_000.0, width, height,
					maxPixels / 1_000_000.0);
		}
	}

	/** For tests: the slots decoding pictures hold, to prove what a full house does. */
	Semaphore decodeSlots() {
		return decodes;
	}

	private void acquireDecodeSlot() {
		try {
			if (!decodes.tryAcquire(decodeWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new DecodeBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DecodeBusyException();
		}
	}

	private static ImageReader readerFor(MediaType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mimeType());
		if (!readers.hasNext()) {
			// Only when the decoder plugin is missing from the build; refuse rather than store unchecked bytes.
			log.error("No image decoder for {}: is the TwelveMonkeys plugin on the class path?", type);
			throw new MediaRejectedException("media.error.type");
		}
		return readers.next();
	}

	private static BufferedImage decode(ImageReader reader, long deadline) {
		AbortWhenLate late = new AbortWhenLate(deadline);
		reader.addIIOReadProgressListener(late);
		try {
			ImageReadParam param = reader.getDefaultReadParam();
			BufferedImage image = reader.read(0, param);
			if (late.aborted || image == null) {
				throw late.aborted ? new MediaRejectedException("media.error.decodeTimeout")
						: new MediaRejectedException("media.error.corrupt");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof MediaRejectedException rejected) {
				throw rejected;
			}
			throw refusal(ex, deadline);
		}
		catch (OutOfMemoryError ex) {
			// Within the pixel limit this means the heap is too small for the limit: say so to the operator.
			log.error("Out of memory decoding a picture within portal.media.max-image-pixels; lower it or raise the heap");
			throw new DecodeBusyException();
		}
	}

	private static MediaRejectedException refusal(Exception ex, long deadline) {
		if (System.nanoTime() - deadline > 0) {
			log.warn("Stopped decoding an uploaded picture after the time limit: {}", ex.toString());
			return new MediaRejectedException("media.error.decodeTimeout");
		}
		log.info("Refused an uploaded picture that does not decode: {}", ex.toString());
		return new MediaRejectedException("media.error.corrupt");
	}

	/** Decoders check for an abort between rows; this asks for one once the time is up. */
	private static final class AbortWhenLate implements IIOReadProgressListener {

		private final long deadline;

		private volatile boolean aborted;

		AbortWhenLate(long deadline) {
			this.deadline = deadline;
		}

		@Override
		public void imageProgress(ImageReader source, float percentageDone) {
			if (System.nanoTime() - deadline > 0) {
				aborted = true;
				source.abort();
			}
		}

		@Override
		public void readAborted(ImageReader source) {
			aborted = true;
		}

		@Override
		public void sequenceStarted(ImageReader source, int minIndex) {
		}

		@Override
		public void sequenceComplete(ImageReader source) {
		}

		@Override
		public void imageStarted(ImageReader source, int imageIndex) {
		}

		@Override
		public void imageComplete(ImageReader source) {
		}

		@Override
		public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
		}

		@Override
		public void thumbnailProgress(ImageReader source, float percentageDone) {
		}

		@Override
		public void thumbnailComplete(ImageReader source) {
		}

	}

	/** PNG and transparent WebP become PNG; everything else JPEG. */
	private static MediaType storedType(MediaType sniffed, BufferedImage image) {
		if (sniffed == MediaType.PNG) {
			return MediaType.PNG;
		}
		if (sniffed == MediaType.WEBP && image.getColorModel().hasAlpha()) {
			return MediaType.PNG;
		}
		return MediaType.JPEG;
	}

	private static byte[] encode(BufferedImage image, MediaType type) {
		return type == MediaType.PNG ? ImageVariants.png(image) : ImageVariants.jpeg(image, ORIGINAL_JPEG_QUALITY);
	}

	private static Map<Integer, byte[]> variantsOf(BufferedImage image, MediaType type) {
		Map<Integer, byte[]> variants = new LinkedHashMap<>();
		for (int width : ImageVariants.widthsFor(image.getWidth())) {
			variants.put(width, ImageVariants.resize(image, width, type));
		}
		return variants;
	}

	/**
	 * The EXIF orientation (1 to 8) of a JPEG, 1 when it has none or it cannot be read: a
	 * broken EXIF block is no reason to refuse a photo that decodes.
	 */
	static int exifOrientation(byte[] jpeg) {
		long deadline = System.nanoTime() + EXIF_TIME_LIMIT.toNanos();
		try (BoundedImageInput input = new BoundedImageInput(jpeg, deadline)) {
			List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif");
			if (exif.isEmpty()) {
				return 1;
			}
			byte[] segment = exif.get(0).data().readAllBytes();
			int start = tiffHeaderAt(segment);
			if (start < 0) {
				return 1;
			}
			try (BoundedImageInput tiff = new BoundedImageInput(Arrays.copyOfRange(segment, start, segment.length),
					deadline)) {
				Entry orientation = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
				if (orientation != null && orientation.getValue() instanceof Number number) {
					int value = number.intValue();
					return value >= 1 && value <= 8 ? value : 1;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Unreadable EXIF block, orientation ignored: {}", ex.toString());
		}
		return 1;
	}

	/** Where "II*\0" or "MM\0*" starts, just after the segment's identifier and its padding. */
	private static int tiffHeaderAt(byte[] segment) {
		for (int i = 0; i + 4 <= segment.length && i < 4; i++) {
			boolean intel = segment[i] == 'I' && segment[i + 1] == 'I' && segment[i + 2] == 42 && segment[i + 3] == 0;
			boolean motorola = segment[i] == 'M' && segment[i + 1] == 'M' && segment[i + 2] == 0 && segment[i + 3] == 42;
			if (intel || motorola) {
				return i;
			}
		}
		return -1;
	}

	/** The picture as a viewer honouring the EXIF orientation shows it (TIFF 6.0's eight cases). */
	static BufferedImage oriented(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> { // mirrored
				t.translate(w, 0);
				t.scale(-1, 1);
			}
			case 3 -> { // upside down
				t.translate(w, h);
				t.rotate(Math.PI);
			}
			case 4 -> { // upside down, mirrored
				t.translate(0, h);
				t.scale(1, -1);
			}
			case 5 -> { // transposed
				t.rotate(Math.PI / 2);
				t.scale(1, -1);
			}
			case 6 -> { // turned a quarter clockwise
				t.translate(h, 0);
				t.rotate(Math.PI / 2);
			}
			case 7 -> { // transversed
				t.translate(h, w);
				t.rotate(Math.PI / 2);
				t.scale(-1, 1);
			}
			default -> { // 8: turned a quarter counter-clockwise
				t.translate(0, w);
				t.rotate(-Math.PI / 2);
			}
		}
		boolean swaps = orientation >= 5;
		BufferedImage target = new BufferedImage(swaps ? h : w, swaps ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		// Quarter turns and mirrors map pixels onto pixels: nearest neighbour loses nothing.
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
		g.drawImage(image, t, null);
		g.dispose();
		return target;
	}

	/** All decode slots stayed taken for the whole wait: the upload may simply be sent again. */
	static final class DecodeBusyException extends MediaRejectedException {

		DecodeBusyException() {
			super("media.error.busy");
		}

		@Override
		public boolean isTemporary() {
			return true;
		}

	}

}
