package vn.tochuc.portal.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Three posts per address and form in ten minutes; the honeypot. */
class ReaderPostLimiterTest {

	MutableClock clock = new MutableClock(MutableClockConfiguration.START);

	ReaderPostLimiter limiter = new ReaderPostLimiter(clock);

	@Test
	void threePostsPerTenMinutesPerAddressAndForm() {
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("comment", "203.0.113.5")).isTrue();
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(limiter.tryAcquire("comment", "203.0.113.5")).isFalse();
		assertThat(limiter.tryAcquire("feedback", "203.0.113.5")).as("another form").isTrue();
		assertThat(limiter.tryAcquire("comment", "203.0.113.6")).as("another address").isTrue();
		// Ten minutes after the first post, one place frees up; refused posts took none.
		clock.advance(Duration.ofMinutes(7));
		assertThat(limiter.tryAcquire("comment", "203.0.113.5")).isTrue();
		assertThat(limiter.tryAcquire("comment", "203.0.113.5")).isFalse();
	}

	@Test
	void oldAddressesAreForgotten() {
		limiter.tryAcquire("comment", "203.0.113.7");
		clock.advance(Duration.ofMinutes(11));
		limiter.forgetOld();
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("comment", "203.0.113.7")).isTrue();
		}
	}

	@Test
	void theHoneypotCatchesAnyFilledValue() {
		assertThat(ReaderPostLimiter.isBot(null)).isFalse();
		assertThat(ReaderPostLimiter.isBot("")).isFalse();
		assertThat(ReaderPostLimiter.isBot("http://spam.example")).isTrue();
	}

}
