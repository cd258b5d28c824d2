package vn.tochuc.portal.accounts;

import java.util.List;

/** A password the {@link PasswordPolicy} does not accept; nothing was changed. */
public class PasswordRejectedException extends AccountRuleException {

	private final List<String> messageKeys;

	PasswordRejectedException(List<String> messageKeys) {
		super(messageKeys.get(0));
		this.messageKeys = List.copyOf(messageKeys);
	}

	public List<String> getMessageKeys() {
		return messageKeys;
	}

}
