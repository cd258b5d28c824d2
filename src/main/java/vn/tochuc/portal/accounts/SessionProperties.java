package vn.tochuc.portal.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long sessions live. Readers need none (their forms keep the token in a cookie); the few a
 * visitor still gets (a flash message after a post) are short and bounded in number, so that
 * nobody can fill the server's memory with them. A staff session keeps the container's timeout.
 *
 * @param anonymousTimeout how long a session without a login lives unused
 * @param staffTimeout how long a signed-in session lives unused (server.servlet.session.timeout)
 * @param maxAnonymous how many sessions without a login may exist at once; past it, the oldest goes
 */
@ConfigurationProperties("portal.sessions")
record SessionProperties(
		@DefaultValue("2m") Duration anonymousTimeout,
		@DefaultValue("8h") Duration staffTimeout,
		@DefaultValue("10000") int maxAnonymous) {
}
