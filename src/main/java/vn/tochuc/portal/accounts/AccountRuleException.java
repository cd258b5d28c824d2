package vn.tochuc.portal.accounts;

/**
 * A change to an account that the rules refuse (a taken username, an administrator demoting
 * themselves, the last administrator disabled, a wrong current password). Nothing was changed;
 * the message key explains why.
 */
public class AccountRuleException extends RuntimeException {

	private final String messageKey;

	AccountRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
