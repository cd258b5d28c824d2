package vn.tochuc.portal.accounts;

/**
 * Published for every attempt to log in, for the audit log. A failed or refused attempt has no
 * account: {@code username} is what was typed (cut to 60 characters) and {@code userId} is
 * null, whether or not such a user exists.
 *
 * @param outcome what happened
 * @param username the account's or the typed username
 * @param userId the account's id after a success, otherwise null
 * @param remoteAddress the client's address as the server sees it
 */
public record LoginAttempt(Outcome outcome, String username, Long userId, String remoteAddress) {

	public static final int MAX_USERNAME = 60;

	public enum Outcome {

		/** Logged in. */
		SUCCEEDED,
		/** A wrong username or password, or a disabled account. */
		FAILED,
		/** Refused without checking the password: too many recent failures. */
		THROTTLED

	}

	public LoginAttempt {
		if (username != null && username.length() > MAX_USERNAME) {
			username = username.substring(0, MAX_USERNAME);
		}
	}

}
