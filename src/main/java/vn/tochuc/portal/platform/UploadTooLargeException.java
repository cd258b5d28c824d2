package vn.tochuc.portal.platform;

/**
 * An upload over the portal's limit for its kind (the media library's, the spreadsheet imports').
 * Every form answers it alike: 413 (Content Too Large) with the error page naming the limit, and
 * nothing stored. A refusal of the content itself (its real type, a broken file) is not this: it
 * stays next to the field, in the form's own words.
 */
public class UploadTooLargeException extends RuntimeException {

	public static final String MESSAGE_KEY = "upload.error.tooLarge";

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private final long limitBytes;

	public UploadTooLargeException(long sizeBytes, long limitBytes) {
		super("An upload of " + sizeBytes + " bytes is over the limit of " + limitBytes + " bytes");
		this.limitBytes = limitBytes;
	}

	/** Refuses content larger than the limit, before anything is read from it or stored. */
	public static void requireWithin(long sizeBytes, long limitBytes) {
		if (sizeBytes > limitBytes) {
			throw new UploadTooLargeException(sizeBytes, limitBytes);
		}
	}

	public long getLimitBytes() {
		return limitBytes;
	}

	/** The limit as staff read it on the error page: "10 MB", "64 KB". */
	public String limitText() {
		if (limitBytes >= MB && limitBytes % MB == 0) {
			return limitBytes / MB + " MB";
		}
		if (limitBytes >= KB && limitBytes % KB == 0) {
			return limitBytes / KB + " KB";
		}
		return limitBytes + " B";
	}

}
