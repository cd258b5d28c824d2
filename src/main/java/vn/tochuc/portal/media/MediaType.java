package vn.tochuc.portal.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file the library accepts, recognised from their first bytes. The name a file
 * was uploaded with is never trusted: a PNG renamed to .pdf is a PNG, a script renamed to
 * .jpg is nothing we accept.
 */
public enum MediaType {

	JPEG("image/jpeg", "jpg"),
	PNG("image/png", "png"),
	WEBP("image/webp", "webp"),
	PDF("application/pdf", "pdf");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String mimeType;

	private final String extension;

	MediaType(String mimeType, String extension) {
		this.mimeType = mimeType;
		this.extension = extension;
	}

	public String mimeType() {
		return mimeType;
	}

	public String extension() {
		return extension;
	}

	public boolean isImage() {
		return this != PDF;
	}

	public static Optional<MediaType> sniff(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8), PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		if (head.length >= 5 && ascii(head, 0, 5).equals("%PDF-")) {
			return Optional.of(PDF);
		}
		return Optional.empty();
	}

	public static Optional<MediaType> fromExtension(String extension) {
		return Arrays.stream(values()).filter((type) -> type.extension.equalsIgnoreCase(extension)).findFirst();
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}

}
