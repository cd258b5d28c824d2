package vn.tochuc.portal.media;

/**
 * An upload the library does not take; the message key (with its arguments) explains why, in
 * the reader's language, next to the file field.
 */
public class MediaRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public MediaRejectedException(String messageKey, Object... arguments) {
		this(messageKey, null, arguments);
	}

	protected MediaRejectedException(String messageKey, Throwable cause, Object... arguments) {
		super(messageKey, cause);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return messageKey;
	}

	/** The values the message shows (sizes, limits); empty for most messages. */
	public Object[] getArguments() {
		return arguments.clone();
	}

	/**
	 * True when the file itself is fine and the same upload may work later (the server was
	 * busy, or could not write): the editor's endpoint answers 503 instead of 400.
	 */
	public boolean isTemporary() {
		return false;
	}

}
