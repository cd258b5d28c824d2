package vn.tochuc.portal.accounts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tochuc.portal.support.MutableClock;
import vn.tochuc.portal.support.MutableClockConfiguration;
import vn.tochuc.portal.support.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The TOTP secrets are never stored in clear: the database holds AES-GCM ciphertext bound to the
 * user, the key lives outside it (the environment, or an owner-only file in the data directory),
 * and recovery codes are kept as bcrypt hashes only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class SecondFactorSecretsTest {

	@Autowired
	SecondFactors factors;

	@Autowired
	SecondFactorSecrets secrets;

	@Autowired
	TestContent content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void theDatabaseHoldsNeitherTheSecretNorItsBase32() {
		PortalUser user = content.user("bi-mat-luu-tru", Role.EDITOR);
		factors.startEnrolment(user);
		String typed = factors.pendingEnrolment(user).orElseThrow().secretForTyping().replace(" ", "");
		byte[] raw = new Base32().decode(typed);
		assertThat(raw).hasSize(SecondFactors.SECRET_BYTES);

		byte[] stored = jdbc.queryForObject("select secret from second_factor where user_id = ?", byte[].class, user.id());
		assertThat(stored).hasSize(1 + 12 + SecondFactors.SECRET_BYTES + 16);
		assertThat(indexOf(stored, raw)).as("raw secret in the row").isEqualTo(-1);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(typed).doesNotContain(typed.toLowerCase());
		assertThat(secrets.open(stored, user.id())).isEqualTo(raw);
	}

	@Test
	void aSecretOnlyOpensForItsOwnUserAndWithItsOwnKey() {
		byte[] secret = "twenty-bytes-secret!".getBytes(StandardCharsets.US_ASCII);
		byte[] sealed = secrets.seal(secret, 41L);
		assertThat(secrets.seal(secret, 41L)).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThat(secrets.open(sealed, 41L)).isEqualTo(secret);
		assertThatThrownBy(() -> secrets.open(sealed, 42L)).isInstanceOf(SecondFactorSecrets.UnreadableSecretException.class);

		byte[] tampered = sealed.clone();
		tampered[tampered.length - 1] ^= 1;
		assertThatThrownBy(() -> secrets.open(tampered, 41L)).isInstanceOf(SecondFactorSecrets.UnreadableSecretException.class);

		SecondFactorSecrets otherKey = new SecondFactorSecrets(
				new SecondFactorProperties(Base64.getEncoder().encodeToString(new byte[32]), null), portalIn(Path.of("unused")));
		assertThatThrownBy(() -> otherKey.open(sealed, 41L)).isInstanceOf(SecondFactorSecrets.UnreadableSecretException.class);
	}

	@Test
	void theKeyFromTheEnvironmentIsUsedAsGiven(@TempDir Path dataDir) {
		byte[] key = new byte[32];
		key[0] = 7;
		assertThat(SecondFactorSecrets.keyBytes(new SecondFactorProperties(Base64.getEncoder().encodeToString(key), null),
				dataDir)).isEqualTo(key);
		assertThat(dataDir.resolve(SecondFactorSecrets.KEY_FILE)).doesNotExist();
		assertThatThrownBy(() -> SecondFactorSecrets.keyBytes(new SecondFactorProperties("bm90LWEta2V5", null), dataDir))
			.hasMessageContaining("16, 24 or 32 bytes");
	}

	@Test
	void withoutAKeyOneIsGeneratedIntoTheDataDirectoryReadableByItsOwnerOnly(@TempDir Path dataDir) throws Exception {
		byte[] first = SecondFactorSecrets.keyBytes(new SecondFactorProperties(null, null), dataDir);
		Path file = dataDir.resolve(SecondFactorSecrets.KEY_FILE);
		assertThat(first).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(SecondFactorSecrets.keyBytes(new SecondFactorProperties(" ", null), dataDir))
			.as("the same key at the next start").isEqualTo(first);
	}

	@Test
	void recoveryCodesAreKeptAsBcryptHashesOnly() {
		PortalUser user = content.user("ma-du-phong-bam", Role.AUTHOR);
		factors.startEnrolment(user);
		byte[] raw = new Base32().decode(factors.pendingEnrolment(user).orElseThrow().secretForTyping().replace(" ", ""));
		List<String> codes = factors.confirmEnrolment(user,
				OneTimePasswords.AUTHENTICATOR_APPS.codeFor(raw, OneTimePasswords.AUTHENTICATOR_APPS.stepAt(clock.instant())));
		assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
		List<String> hashes = jdbc.queryForList("select code_hash from recovery_code where user_id = ?", String.class,
				user.id());
		assertThat(hashes).hasSize(RecoveryCodes.COUNT).allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}$2"));
		for (String code : codes) {
			assertThat(hashes).noneMatch((hash) -> hash.contains(RecoveryCodes.normalise(code)));
		}
	}

	private static vn.tochuc.portal.platform.PortalProperties portalIn(Path dataDir) {
		return new vn.tochuc.portal.platform.PortalProperties(dataDir, null, null, null, null, null);
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
