package vn.tochuc.portal.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.tochuc.portal.platform.PortalProperties;

/**
 * Encrypts the TOTP secrets at rest (AES-GCM, a fresh 96-bit nonce each time, the user's id as
 * associated data so that a secret copied onto another account does not decrypt). Whoever reads
 * the database or a backup learns nothing from the stored secrets without the key, which lives
 * outside both: in PORTAL_SECOND_FACTOR_KEY, or else in a file of the data directory that only the
 * portal's user may read.
 */
@Component
class SecondFactorSecrets {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorSecrets.class);

	static final String KEY_FILE = "second-factor.key";

	/** The first byte of every stored secret, so that another format can follow one day. */
	private static final byte FORMAT = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	SecondFactorSecrets(SecondFactorProperties settings, PortalProperties portal) {
		this.key = new SecretKeySpec(keyBytes(settings, portal.dataDir()), "AES");
	}

	byte[] seal(byte[] secret, long userId) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(userId));
			byte[] sealed = cipher.doFinal(secret);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt a second-factor secret", ex);
		}
	}

	/** The secret, or an {@link UnreadableSecretException} when it was sealed with another key or for another user. */
	byte[] open(byte[] stored, long userId) {
		if (stored == null || stored.length <= 1 + NONCE_BYTES || stored[0] != FORMAT) {
			throw new UnreadableSecretException();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(associatedData(userId));
			return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadableSecretException();
		}
	}

	private static byte[] associatedData(long userId) {
		return ("tochuc-portal second factor of user " + userId).getBytes(StandardCharsets.UTF_8);
	}

	static byte[] keyBytes(SecondFactorProperties settings, Path dataDir) {
		if (StringUtils.hasText(settings.key())) {
			return decodeKey(settings.key().strip(), "PORTAL_SECOND_FACTOR_KEY");
		}
		Path file = dataDir.resolve(KEY_FILE);
		try {
			if (!Files.exists(file)) {
				createKeyFile(file);
			}
			return decodeKey(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the second-factor key " + file
					+ "; set PORTAL_SECOND_FACTOR_KEY instead", ex);
		}
	}

	private static void createKeyFile(Path file) throws IOException {
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		Files.createDirectories(file.toAbsolutePath().getParent());
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		try {
			if (posix) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
		}
		catch (FileAlreadyExistsException anotherInstanceWasFirst) {
			return;
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII,
				StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
		if (posix) {
			// The umask cannot widen permissions given at creation, but say so plainly anyway.
			Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
		}
		log.warn("PORTAL_SECOND_FACTOR_KEY is unset: generated a key for the staff second factor in {} (owner only). "
				+ "Back it up apart from the database backups; without it no enrolled authenticator works.", file);
	}

	private static byte[] decodeKey(String text, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The second-factor key in " + source + " is not base64");
		}
		if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
			throw new IllegalStateException("The second-factor key in " + source
					+ " must be 16, 24 or 32 bytes (base64); e.g. `openssl rand -base64 32`");
		}
		return bytes;
	}

	/** A stored secret that this key cannot decrypt. */
	static final class UnreadableSecretException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnreadableSecretException() {
			super("A second-factor secret cannot be decrypted with this key");
		}

	}

}
