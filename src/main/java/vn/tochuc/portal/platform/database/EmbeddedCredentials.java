package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's passwords, generated on first start and kept next to its data
 * directory in {@code postgres-credentials.properties}, readable only by the portal's own OS
 * user (0600). The portal connects as {@link #user()}, a role that owns {@link #database()} and
 * nothing more; {@link #superuser()} is for the start-up bootstrap and for an operator's psql.
 *
 * <p>Plain {@code key=value} lines, so that both {@link Properties} and a shell can read them.
 */
record EmbeddedCredentials(String superuser, String superuserPassword, String user, String password, String database) {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCredentials.class);

	static final String APP_ROLE = "portal";

	/** The database of a new data directory; older ones keep using {@code postgres}, where their rows are. */
	static final String APP_DATABASE = "portal";

	static final String SUPERUSER = "postgres";

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private static final SecureRandom random = new SecureRandom();

	/** {@code data/postgres} keeps its passwords in {@code data/postgres-credentials.properties}. */
	static Path fileFor(Path postgresDirectory) {
		return postgresDirectory.resolveSibling(postgresDirectory.getFileName() + "-credentials.properties");
	}

	/** 256 random bits for each password, URL-safe Base64: nothing to quote in SQL, a URL or a shell. */
	static EmbeddedCredentials generate(String database) {
		return new EmbeddedCredentials(SUPERUSER, randomPassword(), APP_ROLE, randomPassword(), database);
	}

	EmbeddedCredentials inDatabase(String name) {
		return new EmbeddedCredentials(superuser, superuserPassword, user, password, name);
	}

	static Optional<EmbeddedCredentials> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		restrictToOwner(file);
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return Optional.of(new EmbeddedCredentials(required(properties, "superuser", file),
				required(properties, "superuser.password", file), required(properties, "user", file),
				required(properties, "password", file), required(properties, "database", file)));
	}

	/**
	 * Written to a new 0600 file first and then moved into place, so the passwords are never
	 * readable by others, not even for a moment, and a crash leaves the old file or the new one.
	 */
	void write(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		if (posix()) {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		String text = """
				# The embedded PostgreSQL's passwords, made by the portal on its first start.
				# Keep this file readable by the portal's user only. psql: see the README.
				superuser=%s
				superuser.password=%s
				user=%s
				password=%s
				database=%s
				""".formatted(superuser, superuserPassword, user, password, database);
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		try {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A file that others can read (copied around, restored from a backup) is tightened, with a warning. */
	private static void restrictToOwner(Path file) throws IOException {
		if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} was readable by others; its permissions are now 0600", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static String required(Properties properties, String key, Path file) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(file + " has no " + key);
		}
		return value.trim();
	}

	private static String randomPassword() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Never the passwords, should a record end up in a log line. */
	@Override
	public String toString() {
		return "EmbeddedCredentials[superuser=" + superuser + ", user=" + user + ", database=" + database + "]";
	}

}
