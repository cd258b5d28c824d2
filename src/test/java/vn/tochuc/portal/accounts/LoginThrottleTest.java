package vn.tochuc.portal.accounts;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(MutableClockConfiguration.START);

	private final LoginThrottle throttle = new LoginThrottle(clock,
			new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)));

	@Test
	void fiveFailuresWithinTheWindowLockTheAccountForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("bientap", "10.0.0." + i);
		}
		assertThat(throttle.waitFor("bientap", "10.0.0.9")).isZero();
		throttle.failed("BienTap ", "10.0.0.4");
		assertThat(throttle.waitFor("bientap", "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
		clock.advance(Duration.ofMinutes(10));
		assertThat(throttle.waitFor("bientap", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
		clock.advance(Duration.ofMinutes(5));
		assertThat(throttle.waitFor("bientap", "10.0.0.9")).isZero();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("bientap", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.failed("bientap", "10.0.0.1");
		assertThat(throttle.waitFor("bientap", "10.0.0.1")).isZero();
	}

	@Test
	void attemptsDuringALockDoNotExtendIt() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("bientap", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(14));
		throttle.failed("bientap", "10.0.0.1");
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.waitFor("bientap", "10.0.0.1")).isZero();
	}

	@Test
	void twentyFailuresFromOneAddressBlockItForEveryUsername() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("user" + i, "10.0.0.7");
		}
		assertThat(throttle.waitFor("someone-else", "10.0.0.7")).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("someone-else", "10.0.0.8")).isZero();
	}

	@Test
	void aSuccessClearsTheAccountButNotTheAddress() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("bientap", "10.0.0.1");
		}
		throttle.succeeded("bientap");
		for (int i = 0; i < 4; i++) {
			throttle.failed("bientap", "10.0.0.1");
		}
		assertThat(throttle.waitFor("bientap", "10.0.0.2")).isZero();
		for (int i = 0; i < 12; i++) {
			throttle.failed("other" + i, "10.0.0.1");
		}
		assertThat(throttle.waitFor("bientap", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void onlyTheFirstRefusalOfALockIsReported() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("bientap", "10.0.0.1");
		}
		assertThat(throttle.firstRefusal("bientap", "10.0.0.2")).isTrue();
		assertThat(throttle.firstRefusal("bientap", "10.0.0.3")).isFalse();
		assertThat(throttle.firstRefusal("not-locked", "10.0.0.3")).isFalse();
	}

	@Test
	void expiredEntriesArePurged() {
		LoginThrottle.Counter counter = new LoginThrottle.Counter("account", 5, Duration.ofMinutes(15),
				Duration.ofMinutes(15));
		counter.fail("a", clock.instant());
		counter.fail("b", clock.instant());
		counter.purge(clock.instant().plus(Duration.ofMinutes(16)));
		assertThat(counter.size()).isZero();
	}

	@Test
	void fiveWrongCodesLockTheCodeStepAndARightPasswordDoesNotClearThem() {
		for (int i = 0; i < 4; i++) {
			throttle.codeFailed("bientap", "10.0.1." + i);
			throttle.succeeded("bientap");
		}
		assertThat(throttle.codeWaitFor("bientap", "10.0.1.9")).isZero();
		throttle.codeFailed("BienTap", "10.0.1.4");
		assertThat(throttle.codeWaitFor("bientap", "10.0.1.9")).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.waitFor("bientap", "10.0.1.9")).as("the password step is counted apart").isZero();
		throttle.forget("bientap");
		assertThat(throttle.codeWaitFor("bientap", "10.0.1.9")).as("after an administrator's reset").isZero();
	}

	@Test
	void wrongCodesCountAgainstTheAddressWithWrongPasswords() {
		for (int i = 0; i < 10; i++) {
			throttle.failed("user" + i, "10.0.2.7");
			throttle.codeFailed("other" + i, "10.0.2.7");
		}
		assertThat(throttle.waitFor("someone-else", "10.0.2.7")).isEqualTo(Duration.ofMinutes(15));
		assertThat(throttle.codeWaitFor("someone-else", "10.0.2.7")).isEqualTo(Duration.ofMinutes(15));
		throttle.codeSucceeded("other1");
		assertThat(throttle.codeWaitFor("someone-else", "10.0.2.7")).as("a right code does not unblock the address")
			.isEqualTo(Duration.ofMinutes(15));
	}

}
