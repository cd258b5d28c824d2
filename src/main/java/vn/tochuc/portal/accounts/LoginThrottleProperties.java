package vn.tochuc.portal.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins are tolerated before the portal makes someone wait.
 *
 * @param accountFailures failures of one username within {@code window} that lock it
 * @param addressFailures failures from one client address within {@code window} that block it
 * @param window how far back failures are counted
 * @param lockout how long a lock or block lasts; it is never extended by further attempts
 */
@ConfigurationProperties("portal.login-throttle")
record LoginThrottleProperties(
		@DefaultValue("5") int accountFailures,
		@DefaultValue("20") int addressFailures,
		@DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockout) {
}
