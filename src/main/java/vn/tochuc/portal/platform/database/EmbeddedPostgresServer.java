package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL server run by the portal itself when no external database is configured.
 *
 * <p>Persistent mode keeps its files under the data directory so content survives restarts,
 * and is run as a production database: durable commits, one portal per data directory
 * ({@link DataDirectoryLock}), a postmaster that neither outlives its JVM for long
 * ({@link PostmasterWatchdog}) nor blocks the next start when it did ({@link OrphanPostmaster}),
 * and passwords for every connection, the portal's own being a role without superuser rights
 * ({@link EmbeddedCredentials}, {@link EmbeddedDatabaseBootstrap}).
 *
 * <p>Ephemeral mode (tests) shares one throw-away server per JVM and hands every application
 * context a fresh database of its own, owned by the same kind of unprivileged role, so contexts
 * cannot see each other's rows and every migration is proved to run without superuser rights.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/** Crash recovery with fsync on can take a while on a slow disk; zonky's default is 10 s. */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(120);

	private static final AtomicInteger databaseCounter = new AtomicInteger();

	private static SharedServer sharedEphemeral;

	/** Contexts still using the shared server; the last one to close stops it. */
	private static int ephemeralUsers;

	private final EmbeddedPostgres postgres;

	private final boolean ephemeral;

	private final String databaseName;

	private final String user;

	private final String password;

	/** Persistent mode only. */
	private final DataDirectoryLock lock;

	private final PostmasterWatchdog watchdog;

	private final long postmasterPid;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean ephemeral, String databaseName, String user,
			String password, DataDirectoryLock lock, PostmasterWatchdog watchdog, long postmasterPid) {
		this.postgres = postgres;
		this.ephemeral = ephemeral;
		this.databaseName = databaseName;
		this.user = user;
		this.password = password;
		this.lock = lock;
		this.watchdog = watchdog;
		this.postmasterPid = postmasterPid;
	}

	/**
	 * @param dataDirectory the server's files ({@code data/postgres}); its lock file and its
	 * passwords are kept next to it ({@code data/postgres.lock},
	 * {@code data/postgres-credentials.properties})
	 * @throws IllegalStateException when another portal uses the directory
	 */
	public static EmbeddedPostgresServer persistent(Path dataDirectory) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		DataDirectoryLock lock = null;
		EmbeddedPostgres postgres = null;
		PostmasterWatchdog watchdog = null;
		try {
			lock = DataDirectoryLock.acquire(directory);
			OrphanPostmaster.stopIn(directory);
			boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
			Path file = EmbeddedCredentials.fileFor(directory);
			Optional<EmbeddedCredentials> stored = EmbeddedCredentials.read(file);
			EmbeddedCredentials credentials = stored.isPresent() ? stored.get() : newCredentials(directory, fresh);
			log.info("Starting embedded PostgreSQL with its data in {}", directory);
			postgres = startPersistent(directory, credentials, fresh);
			if (stored.isEmpty() && !fresh) {
				// A directory that trusts local connections: made by an older portal (its rows are in
				// "postgres"), or one whose passwords were lost and reopened by hand (rows in "portal").
				credentials = credentials.inDatabase(databaseOfThePortal(postgres.getPort(), credentials));
				credentials.write(file);
				log.info("Generated the embedded PostgreSQL's passwords in {} (readable only by this user)", file);
			}
			long pid = OrphanPostmaster.recordedPid(directory.resolve("postmaster.pid"))
				.orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL wrote no postmaster.pid"));
			watchdog = watchdog(pid, directory);
			EmbeddedDatabaseBootstrap.secure(postgres.getPort(), directory, credentials);
			return new EmbeddedPostgresServer(postgres, false, credentials.database(), credentials.user(),
					credentials.password(), lock, watchdog, pid);
		}
		catch (IOException | SQLException | InterruptedException | RuntimeException ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			stopQuietly(postgres, watchdog, lock);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex instanceof IOException io) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start", io);
			}
			throw new IllegalStateException("The embedded PostgreSQL did not start", ex);
		}
	}

	private static EmbeddedPostgres startPersistent(Path directory, EmbeddedCredentials credentials, boolean fresh)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(STARTUP_WAIT)
			.setServerConfig("max_connections", "100")
			// A production database: zonky's defaults trade durability for speed, so every
			// acknowledged commit is made to reach the disk here, explicitly.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("password_encryption", EmbeddedDatabaseBootstrap.SCRAM)
			// zonky's own readiness check logs in as the superuser.
			.setConnectConfig("password", credentials.superuserPassword())
			// Stopped by the context, after the web server has finished its requests: a JVM
			// hook of its own would stop it at SIGTERM under the requests still in flight.
			.setRegisterShutdownHook(false);
		Path passwordFile = null;
		try {
			if (fresh) {
				// initdb options (zonky passes these as --key=value): the superuser gets its password
				// and pg_hba.conf asks every connection for one from the very first start.
				passwordFile = ownerOnlyFile(directory.resolveSibling(directory.getFileName() + ".initdb-password"),
						credentials.superuserPassword() + "\n");
				builder.setLocaleConfig("auth", EmbeddedDatabaseBootstrap.SCRAM)
					.setLocaleConfig("pwfile", passwordFile.toString());
			}
			return builder.start();
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
	}

	/**
	 * New passwords, for a new directory (stored before initdb uses them) or for one that trusts
	 * local connections (stored once the server has shown which database holds the portal). A
	 * directory that asks for passwords cannot be opened without its file: new passwords would
	 * not match the ones the server holds.
	 */
	private static EmbeddedCredentials newCredentials(Path directory, boolean fresh) throws IOException {
		Path file = EmbeddedCredentials.fileFor(directory);
		if (!fresh && !EmbeddedDatabaseBootstrap.trustsAnyone(directory)) {
			throw new IllegalStateException("The embedded PostgreSQL in " + directory + " asks for passwords, but "
					+ file + " that holds them is missing. Put it back (it is in every backup of the data "
					+ "directory), or see the README (\"Embedded database passwords\") to set new ones.");
		}
		EmbeddedCredentials created = EmbeddedCredentials.generate(EmbeddedCredentials.APP_DATABASE);
		if (fresh) {
			created.write(file);
			log.info("Generated the embedded PostgreSQL's passwords in {} (readable only by this user)", file);
		}
		return created;
	}

	private static String databaseOfThePortal(int port, EmbeddedCredentials credentials) throws SQLException {
		try (Connection connection = EmbeddedDatabaseBootstrap.connect(port,
				EmbeddedDatabaseBootstrap.MAINTENANCE_DATABASE, credentials.superuser(), credentials.superuserPassword());
				var query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			query.setString(1, EmbeddedCredentials.APP_DATABASE);
			try (var rs = query.executeQuery()) {
				return rs.next() ? EmbeddedCredentials.APP_DATABASE : EmbeddedDatabaseBootstrap.MAINTENANCE_DATABASE;
			}
		}
	}

	private static PostmasterWatchdog watchdog(long postmasterPid, Path directory) {
		try {
			return PostmasterWatchdog.start(ProcessHandle.current().pid(), postmasterPid, directory);
		}
		catch (IOException ex) {
			// No /bin/sh (Windows): the next start still clears a leftover postmaster.
			log.warn("No watchdog for the embedded PostgreSQL ({}); a killed portal leaves it running until the "
					+ "next start", ex.getMessage());
			return null;
		}
	}

	private static Path ownerOnlyFile(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	/**
	 * @param serverConfig extra server settings for the throw-away server; tests relax durability
	 * through it (their own properties), the portal itself never does
	 */
	public static EmbeddedPostgresServer ephemeral(Map<String, String> serverConfig) {
		SharedServer shared = acquireSharedEphemeralServer(serverConfig);
		String name = "portal_" + ProcessHandle.current().pid() + "_" + databaseCounter.incrementAndGet();
		try (Connection connection = shared.postgres().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name + " OWNER " + EmbeddedCredentials.APP_ROLE);
		}
		catch (SQLException ex) {
			releaseSharedEphemeralServerQuietly();
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		try (Connection connection = shared.postgres().getDatabase("postgres", name).getConnection()) {
			EmbeddedDatabaseBootstrap.prepareApplicationDatabase(connection, EmbeddedCredentials.APP_ROLE);
		}
		catch (SQLException ex) {
			releaseSharedEphemeralServerQuietly();
			throw new IllegalStateException("Could not prepare the test database " + name, ex);
		}
		return new EmbeddedPostgresServer(shared.postgres(), true, name, EmbeddedCredentials.APP_ROLE, "", null, null,
				0);
	}

	/** The tests' throw-away server, with a watchdog of its own should the test JVM be killed. */
	private record SharedServer(EmbeddedPostgres postgres, Path directory, PostmasterWatchdog watchdog) {
	}

	/**
	 * Started on first use. It is stopped by the last context that closes, not by a JVM hook of
	 * its own: hooks run in parallel, and a server stopped under a closing context makes its
	 * pool wait for connections that can never come.
	 */
	private static synchronized SharedServer acquireSharedEphemeralServer(Map<String, String> serverConfig) {
		if (sharedEphemeral == null) {
			try {
				Path directory = Files.createTempDirectory("portal-test-pg");
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(true)
					.setServerConfig("max_connections", "300")
					.setRegisterShutdownHook(false);
				serverConfig.forEach(builder::setServerConfig);
				EmbeddedPostgres postgres = builder.start();
				try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
					EmbeddedDatabaseBootstrap.createApplicationRole(connection, EmbeddedCredentials.APP_ROLE);
					try (Statement statement = connection.createStatement()) {
						EmbeddedDatabaseBootstrap.grantRestoreSettings(statement, EmbeddedCredentials.APP_ROLE);
					}
				}
				PostmasterWatchdog watchdog = OrphanPostmaster.recordedPid(directory.resolve("postmaster.pid"))
					.map((pid) -> watchdog(pid, directory))
					.orElse(null);
				sharedEphemeral = new SharedServer(postgres, directory, watchdog);
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenUnused, "embedded-pg-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The embedded test PostgreSQL has no application role", ex);
			}
		}
		ephemeralUsers++;
		return sharedEphemeral;
	}

	private static synchronized void releaseSharedEphemeralServer() throws IOException {
		ephemeralUsers--;
		if (ephemeralUsers == 0 && sharedEphemeral != null) {
			stopShared();
		}
	}

	private static void releaseSharedEphemeralServerQuietly() {
		try {
			releaseSharedEphemeralServer();
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded test PostgreSQL", ex);
		}
	}

	private static synchronized void stopShared() throws IOException {
		SharedServer shared = sharedEphemeral;
		sharedEphemeral = null;
		try {
			shared.postgres().close();
		}
		finally {
			if (shared.watchdog() != null) {
				shared.watchdog().close();
			}
			FileSystemUtils.deleteRecursively(shared.directory());
		}
	}

	/** The fallback at JVM exit: give closing contexts a moment, then stop the server anyway. */
	private static void stopWhenUnused() {
		try {
			for (int waited = 0; waited < 100 && isInUse(); waited++) {
				Thread.sleep(100);
			}
			synchronized (EmbeddedPostgresServer.class) {
				if (sharedEphemeral != null) {
					stopShared();
				}
			}
		}
		catch (IOException | InterruptedException ex) {
			log.warn("Could not stop the embedded test PostgreSQL", ex);
		}
	}

	private static synchronized boolean isInUse() {
		return ephemeralUsers > 0;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
	}

	/** The application's role: it owns the database, and is no superuser. */
	public String username() {
		return user;
	}

	/** The application role's password; empty for the tests' throw-away server. */
	public String password() {
		return password;
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		if (ephemeral) {
			releaseSharedEphemeralServer();
			return;
		}
		try {
			postgres.close();
			// pg_ctl gives up waiting after 5 s; the lock goes only once the postmaster has.
			Optional<ProcessHandle> postmaster = ProcessHandle.of(postmasterPid);
			if (postmaster.isPresent()) {
				postmaster.get().onExit().get(60, TimeUnit.SECONDS);
			}
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			log.warn("The embedded PostgreSQL (pid {}) did not stop within 60 s", postmasterPid);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			if (watchdog != null) {
				watchdog.close();
			}
			lock.close();
		}
	}

	private static void stopQuietly(EmbeddedPostgres postgres, PostmasterWatchdog watchdog, DataDirectoryLock lock) {
		try {
			if (postgres != null) {
				postgres.close();
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not stop the embedded PostgreSQL after a failed start", ex);
		}
		if (watchdog != null) {
			watchdog.close();
		}
		try {
			if (lock != null) {
				lock.close();
			}
		}
		catch (IOException ex) {
			log.warn("Could not release {}", ex.getMessage());
		}
	}

}
