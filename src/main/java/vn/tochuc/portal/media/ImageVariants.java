package vn.tochuc.portal.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Smaller copies of an image for phones and list pages, so a reader never downloads a
 * 1600-pixel photo to show a 300-pixel thumbnail. Made once, at upload.
 */
final class ImageVariants {

	/** The widths offered to browsers through srcset; only those narrower than the original are made. */
	static final List<Integer> WIDTHS = List.of(320, 768, 1280);

	private static final float JPEG_QUALITY = 0.85f;

	private ImageVariants() {
	}

	static List<Integer> widthsFor(int originalWidth) {
		return WIDTHS.stream().filter((width) -> width < originalWidth).toList();
	}

	static byte[] resize(BufferedImage original, int width, MediaType type) {
		int height = Math.max(1, Math.round(original.getHeight() * (width / (float) original.getWidth())));
		BufferedImage current = original;
		// Halving step by step keeps thin lines and text sharp when shrinking a lot.
		while (current.getWidth() / 2 >= width) {
			current = scale(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), type);
		}
		BufferedImage resized = scale(current, width, height, type);
		return type == MediaType.PNG ? png(resized) : jpeg(resized, JPEG_QUALITY);
	}

	private static BufferedImage scale(BufferedImage source, int width, int height, MediaType type) {
		int imageType = type == MediaType.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage target = new BufferedImage(width, height, imageType);
		Graphics2D g = target.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.drawImage(source, 0, 0, width, height, null);
		g.dispose();
		return target;
	}

	/** A PNG with the pixels only: no text chunks, no metadata of the upload. */
	static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, "png", out) && !ImageIO.write(standard(image, BufferedImage.TYPE_INT_ARGB), "png", out)) {
				throw new IOException("No PNG writer for this picture");
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A baseline JPEG with the pixels only: no EXIF, no comment of the upload. */
	static byte[] jpeg(BufferedImage image, float quality) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(jpegReady(image), null, null), param);
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	/** The JPEG writer takes plain RGB or grey pixels; decoders hand over other layouts too. */
	private static BufferedImage jpegReady(BufferedImage image) {
		return switch (image.getType()) {
			case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY -> image;
			default -> standard(image, BufferedImage.TYPE_INT_RGB);
		};
	}

	private static BufferedImage standard(BufferedImage image, int type) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D g = copy.createGraphics();
		if (type == BufferedImage.TYPE_INT_RGB) {
			// A transparent area becomes white, as it looks on the page, not black.
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
		}
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return copy;
	}

}
