package vn.tochuc.portal.about;

/** A change the about pages' rules refuse; the message key explains it to the admin. */
public class AboutRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AboutRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
