package vn.tochuc.portal.accounts;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238). The portal's own codes are what every authenticator
 * app makes by default (Google Authenticator, Aegis, FreeOTP…): HMAC-SHA1, six digits, a new code
 * every 30 seconds. A code is accepted one step early or late (clocks drift), and never for a step
 * at or before the last one accepted, so an overheard code cannot be used again.
 */
final class OneTimePasswords {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Steps either side of the current one that are still accepted. */
	static final int WINDOW = 1;

	static final OneTimePasswords AUTHENTICATOR_APPS = new OneTimePasswords(STEP, DIGITS,
			TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

	private final TimeBasedOneTimePasswordGenerator generator;

	private final String hmac;

	OneTimePasswords(Duration step, int digits, String hmacAlgorithm) {
		this.generator = new TimeBasedOneTimePasswordGenerator(step, digits, hmacAlgorithm);
		this.hmac = hmacAlgorithm;
	}

	/** The step a moment falls in: seconds since the epoch divided by the step length (RFC 6238's T). */
	long stepAt(Instant moment) {
		return Math.floorDiv(moment.getEpochSecond(), generator.getTimeStep().toSeconds());
	}

	/** The code of one step, with its leading zeros. */
	String codeFor(byte[] secret, long step) {
		try {
			Instant start = Instant.ofEpochSecond(step * generator.getTimeStep().toSeconds());
			return generator.generateOneTimePasswordString(new SecretKeySpec(secret, hmac), start, Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Unusable second-factor secret", ex);
		}
	}

	/**
	 * The step whose code was typed, when it is within the window around {@code now} and after
	 * {@code lastUsedStep} (null: none used yet). Every step of the window is computed and compared
	 * in constant time, so the answer's timing says nothing about which step matched.
	 */
	OptionalLong matchingStep(byte[] secret, String typed, Instant now, Long lastUsedStep) {
		if (typed == null || typed.length() != generator.getPasswordLength() || !typed.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		byte[] given = typed.getBytes(StandardCharsets.US_ASCII);
		long current = stepAt(now);
		long found = Long.MIN_VALUE;
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			boolean same = MessageDigest.isEqual(given, codeFor(secret, step).getBytes(StandardCharsets.US_ASCII));
			if (same && (lastUsedStep == null || step > lastUsedStep) && found == Long.MIN_VALUE) {
				found = step;
			}
		}
		return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
	}

}
