package vn.tochuc.portal.media;

/** An upload the library refuses; the message key explains why, in the reader's language. */
public class MediaRejectedException extends RuntimeException {

	private final String messageKey;

	public MediaRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
