package vn.tochuc.portal.accounts;

import java.time.Duration;

/** Too many wrong codes for this account or address lately: the code was not even checked. */
public class SecondFactorThrottledException extends AccountRuleException {

	private final Duration wait;

	SecondFactorThrottledException(Duration wait) {
		super("secondFactor.code.throttled");
		this.wait = wait;
	}

	/** Whole minutes to wait, rounded up (at least one). */
	public long minutes() {
		long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
		return (seconds + 59) / 60;
	}

	public Duration getWait() {
		return wait;
	}

}
