package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
				.start();
			return new EmbeddedPostgresServer(postgres, false, "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
		}
	}

	public static EmbeddedPostgresServer ephemeral() {
		EmbeddedPostgres postgres = sharedEphemeralServer();
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

	private static synchronized EmbeddedPostgres sharedEphemeralServer() {
		if (sharedEphemeral == null) {
			try {
				sharedEphemeral = EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "300")
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setRegisterShutdownHook(true)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The embedded PostgreSQL did not start", ex);
			}
		}
		return sharedEphemeral;
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", databaseName);
	}

	public String username() {
		return "postgres";
	}

	@Override
	public void close() throws IOException {
		// The shared test server outlives single contexts and stops with the JVM.
		if (!ephemeral) {
			postgres.close();
		}
	}

}
