package vn.tochuc.portal.news;

/** A status change that does not apply to the article as it stands (e.g. unpublishing a draft). */
public class WorkflowException extends RuntimeException {

	private final String messageKey;

	protected WorkflowException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
