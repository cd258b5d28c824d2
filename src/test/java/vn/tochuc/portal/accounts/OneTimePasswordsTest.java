package vn.tochuc.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's test vectors (Appendix B), the ±1 step window and the refusal of used steps. */
class OneTimePasswordsTest {

	static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	static final byte[] SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	static final OneTimePasswords APPS = OneTimePasswords.AUTHENTICATOR_APPS;

	@ParameterizedTest(name = "T = {0}")
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void theRfcsVectors(long seconds, String sha1, String sha256, String sha512) {
		Instant moment = Instant.ofEpochSecond(seconds);
		assertThat(code(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1, SHA1_SEED, moment)).isEqualTo(sha1);
		assertThat(code(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA256, SHA256_SEED, moment)).isEqualTo(sha256);
		assertThat(code(TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA512, SHA512_SEED, moment)).isEqualTo(sha512);
	}

	@Test
	void theAppsCodesAreTheLastSixDigitsOfTheRfcsSha1Codes() {
		// Same HMAC and dynamic truncation, modulo 10^6 instead of 10^8 (RFC 4226, 5.3).
		long step = APPS.stepAt(Instant.ofEpochSecond(1111111109));
		assertThat(APPS.codeFor(SHA1_SEED, step)).isEqualTo("081804");
		assertThat(APPS.matchingStep(SHA1_SEED, "081804", Instant.ofEpochSecond(1111111109), null)).hasValue(step);
	}

	@Test
	void aCodeOneStepEarlyOrLateIsAcceptedTwoStepsAreNot() {
		Instant now = Instant.parse("2025-07-15T01:00:10Z");
		long step = APPS.stepAt(now);
		for (int offset = -1; offset <= 1; offset++) {
			assertThat(APPS.matchingStep(SHA1_SEED, APPS.codeFor(SHA1_SEED, step + offset), now, null))
				.as("offset %d", offset).hasValue(step + offset);
		}
		assertThat(APPS.matchingStep(SHA1_SEED, APPS.codeFor(SHA1_SEED, step - 2), now, null)).isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, APPS.codeFor(SHA1_SEED, step + 2), now, null)).isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, APPS.codeFor(SHA1_SEED, step), now.plus(Duration.ofSeconds(90)), null))
			.isEmpty();
	}

	@Test
	void aUsedStepAndEveryEarlierOneAreRefused() {
		Instant now = Instant.parse("2025-07-15T01:00:10Z");
		long step = APPS.stepAt(now);
		String current = APPS.codeFor(SHA1_SEED, step);
		assertThat(APPS.matchingStep(SHA1_SEED, current, now, step)).as("the same code again").isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, APPS.codeFor(SHA1_SEED, step - 1), now, step)).as("an older one").isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, APPS.codeFor(SHA1_SEED, step + 1), now, step)).hasValue(step + 1);
	}

	@Test
	void onlySixDigitsAreEverACode() {
		Instant now = Instant.parse("2025-07-15T01:00:10Z");
		String code = APPS.codeFor(SHA1_SEED, APPS.stepAt(now));
		assertThat(APPS.matchingStep(SHA1_SEED, code, now, null)).isPresent();
		assertThat(APPS.matchingStep(SHA1_SEED, code + "0", now, null)).isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, code.substring(1), now, null)).isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, "", now, null)).isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, null, now, null)).isEmpty();
		assertThat(APPS.matchingStep(SHA1_SEED, "12345a", now, null)).isEmpty();
	}

	private static String code(String algorithm, byte[] seed, Instant moment) {
		OneTimePasswords rfc = new OneTimePasswords(Duration.ofSeconds(30), 8, algorithm);
		return rfc.codeFor(seed, rfc.stepAt(moment));
	}

}
