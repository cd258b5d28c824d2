package vn.tochuc.portal.media;

/**
 * The upload was fine but its file could not be written (disk full, directory not writable).
 * Staff see what happened instead of the generic error page; nothing of the upload is kept.
 */
public class MediaNotStoredException extends MediaRejectedException {

	public static final String MESSAGE_KEY = "media.error.notStored";

	public MediaNotStoredException(Throwable cause) {
		super(MESSAGE_KEY, cause);
	}

	@Override
	public boolean isTemporary() {
		return true;
	}

}
