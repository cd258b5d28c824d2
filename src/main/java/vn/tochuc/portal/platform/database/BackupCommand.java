package vn.tochuc.portal.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code backup <directory>} and {@code restore <directory>} from the command line, without
 * starting the portal (scripts/backup.sh and scripts/restore.sh run it from the packaged jar).
 *
 * <p>The database is the one the portal would use: {@code SPRING_DATASOURCE_URL} (with
 * {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD}) when set, otherwise
 * the embedded PostgreSQL under {@code PORTAL_DATA_DIR} (default {@code ./data}): the running
 * one, found through its {@code postmaster.pid}, or started here for the length of the command
 * (which a running portal's lock on the directory refuses). Either way it connects as the
 * portal's own role, with the password from {@code postgres-credentials.properties}.
 * Media files are read from and written to {@code PORTAL_DATA_DIR/media}.
 */
public final class BackupCommand {

	private BackupCommand() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2 || !List.of("backup", "restore").contains(args[0])) {
			System.err.println("usage: backup <directory> | restore <directory>");
			System.exit(2);
		}
		Path directory = Path.of(args[1]).toAbsolutePath().normalize();
		DatabaseBackup.Summary summary = run(args[0], directory, System::getenv);
		long rows = summary.rows().values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("%s %s: schema version %s, %d tables, %d rows, %d media files%n",
				args[0].equals("backup") ? "Backed up to" : "Restored from", directory, summary.schemaVersion(),
				summary.rows().size(), rows, summary.mediaFiles());
	}

	/** @param environment the variables the command reads (the process's own in {@link #main}) */
	static DatabaseBackup.Summary run(String action, Path directory, UnaryOperator<String> environment)
			throws Exception {
		Path dataDir = Path.of(env(environment, "PORTAL_DATA_DIR", "./data")).toAbsolutePath().normalize();
		EmbeddedPostgresServer started = null;
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		String url = env(environment, "SPRING_DATASOURCE_URL", "");
		if (!url.isBlank()) {
			dataSource.setUrl(url);
			dataSource.setUser(env(environment, "SPRING_DATASOURCE_USERNAME", ""));
			dataSource.setPassword(env(environment, "SPRING_DATASOURCE_PASSWORD", ""));
		}
		else {
			Path postgres = dataDir.resolve("postgres");
			Integer port = runningPort(postgres);
			if (port != null) {
				connectToRunning(dataSource, postgres, port);
			}
			else {
				started = EmbeddedPostgresServer.persistent(postgres);
				dataSource.setUrl(started.jdbcUrl());
				dataSource.setUser(started.username());
				dataSource.setPassword(started.password());
			}
		}
		try {
			return action.equals("backup") ? DatabaseBackup.backup(dataSource, dataDir.resolve("media"), directory)
					: DatabaseBackup.restore(dataSource, directory, dataDir.resolve("media"));
		}
		finally {
			if (started != null) {
				started.close();
			}
		}
	}

	/**
	 * As the portal does: its role and password from {@code data/postgres-credentials.properties}.
	 * A server still running from an older portal has no such file and trusts local connections.
	 */
	private static void connectToRunning(PGSimpleDataSource dataSource, Path postgres, int port) throws Exception {
		Optional<EmbeddedCredentials> credentials = EmbeddedCredentials.read(EmbeddedCredentials.fileFor(postgres));
		String database = credentials.map(EmbeddedCredentials::database)
			.orElse(EmbeddedDatabaseBootstrap.MAINTENANCE_DATABASE);
		dataSource.setUrl("jdbc:postgresql://localhost:" + port + "/" + database);
		dataSource.setUser(credentials.map(EmbeddedCredentials::user).orElse(EmbeddedCredentials.SUPERUSER));
		credentials.ifPresent((c) -> dataSource.setPassword(c.password()));
	}

	/** The port of the embedded server running on this data directory, if one is. */
	static Integer runningPort(Path postgresDir) throws Exception {
		Path pidFile = postgresDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return null;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid = Long.parseLong(lines.get(0).trim());
		if (lines.size() < 4 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
			return null;
		}
		return Integer.parseInt(lines.get(3).trim());
	}

	private static String env(UnaryOperator<String> environment, String name, String fallback) {
		String value = environment.apply(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
