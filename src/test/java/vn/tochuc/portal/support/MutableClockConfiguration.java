package vn.tochuc.portal.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the portal's clock with one the test moves. Test classes that import this share one
 * application context (and so one database) of their own; each test sets the time it needs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	public static final Instant START = Instant.parse("2025-07-15T01:00:00Z");

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock(START);
	}

}
