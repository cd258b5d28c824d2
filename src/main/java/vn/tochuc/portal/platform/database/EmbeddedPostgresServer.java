package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by the portal itself when no external database is configured.
 *
 * <p>Persistent mode keeps its files under the data directory so content survives restarts.
 * Ephemeral mode (tests) shares one throw-away server per JVM and hands every application
 * context a fresh database of its own, so contexts cannot see each other's rows.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final AtomicInteger databaseCounter = new AtomicInteger();

	private static EmbeddedPostgres sharedEphemeral;

	/** Contexts still using the shared server; the last one to close stops it. */
	private static int ephemeralUsers;

	private final EmbeddedPostgres postgres;

	private final boolean ephemeral;

	private final String databaseName;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean ephemeral, String databaseName) {
		this.postgres = postgres;
		this.ephemeral = ephemeral;
		this.databaseName = databaseName;
	}

	public static EmbeddedPostgresServer persistent(Path dataDirectory) {
		try {
			Path directory = dataDirectory.toAbsolutePath().normalize();
			Files.createDirectories(directory.getParent());
			log.info("Starting embedded PostgreSQL with its data in {}", directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "100")
				// A production database: zonky's defaults trade durability for speed, so every
				// acknowledged commit is made to reach the disk here, explicitly.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				// Stopped by the context, after the web server has finished its requests: a JVM
				// hook of its own would stop it at SIGTERM under the requests still in flight.
				.setRegisterShutdownHook(false)
				.start();
			return new EmbeddedPostgresServer(postgres, false, "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
		}
	}

	/**
	 * @param serverConfig extra server settings for the throw-away server; tests relax durability
	 * through it (their own properties), the portal itself never does
	 */
	public static EmbeddedPostgresServer ephemeral(Map<String, String> serverConfig) {
		EmbeddedPostgres postgres = acquireSharedEphemeralServer(serverConfig);
		String name = "portal_" + ProcessHandle.current().pid() + "_" + databaseCounter.incrementAndGet();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name, ex);
		}
		return new EmbeddedPostgresServer(postgres, true, name);
	}

	/**
	 * Started on first use. It is stopped by the last context that closes, not by a JVM hook of
	 * its own: hooks run in parallel, and a server stopped under a closing context makes its
	 * pool wait for connections that can never come.
	 */
	private static synchronized EmbeddedPostgres acquireSharedEphemeralServer(Map<String, String> serverConfig) {
		if (sharedEphemeral == null) {
			try {
				EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "300")
					.setRegisterShutdownHook(false);
				serverConfig.forEach(builder::setServerConfig);
				sharedEphemeral = builder.start();
				Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenUnused, "embedded-pg-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
			}
		}
		ephemeralUsers++;
		return sharedEphemeral;
	}

	private static synchronized void releaseSharedEphemeralServer() throws IOException {
		ephemeralUsers--;
		if (ephemeralUsers == 0 && sharedEphemeral != null) {
			sharedEphemeral.close();
			sharedEphemeral = null;
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
					sharedEphemeral.close();
					sharedEphemeral = null;
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
		return postgres.getJdbcUrl("postgres", databaseName);
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() throws IOException {
		if (ephemeral) {
			releaseSharedEphemeralServer();
		}
		else {
			postgres.close();
		}
	}

}
