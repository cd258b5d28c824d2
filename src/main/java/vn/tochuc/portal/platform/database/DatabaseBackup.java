package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * A backup of the portal that needs no PostgreSQL client tools: every table's rows streamed out
 * with {@code COPY} over JDBC from one consistent snapshot, the schema version they belong to,
 * and the media files. A restore builds the schema of that version with Flyway in an empty
 * database, loads the rows back and puts the files in place; the next start of the portal
 * migrates it to the newest version.
 *
 * <p>It exists because the embedded PostgreSQL ships without {@code pg_dump}. With an external
 * PostgreSQL (docker compose) {@code pg_dump} of the server's version is the usual tool; this
 * backup works there too.
 */
public final class DatabaseBackup {

	static final String MANIFEST = "manifest.properties";

	static final String TABLES = "tables";

	static final String MEDIA = "media";

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final String FLYWAY_HISTORY = "flyway_schema_history";

	private DatabaseBackup() {
	}

	/** What a backup holds: the schema version and each table's row count. */
	public record Summary(String schemaVersion, Map<String, Long> rows, long mediaFiles) {
	}

	public static Summary backup(DataSource dataSource, Path mediaDir, Path target) throws IOException, SQLException {
		if (Files.exists(target) && !isEmptyDirectory(target)) {
			throw new IllegalArgumentException("The backup directory is not empty: " + target);
		}
		Files.createDirectories(target.resolve(TABLES));
		Properties manifest = new Properties();
		Map<String, Long> rows = new LinkedHashMap<>();
		String version;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			// One snapshot for every table, so rows that refer to each other are copied together.
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				version = schemaVersion(connection);
				CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
				for (Map.Entry<String, List<String>> table : tables(connection).entrySet()) {
					String columns = String.join(", ", table.getValue());
					try (OutputStream out = Files.newOutputStream(target.resolve(TABLES).resolve(table.getKey() + ".csv"))) {
						long count = copy.copyOut("COPY " + table.getKey() + " (" + columns + ") TO STDOUT (FORMAT csv)",
								out);
						rows.put(table.getKey(), count);
					}
					manifest.setProperty("table." + table.getKey() + ".columns", columns);
					manifest.setProperty("table." + table.getKey() + ".rows", String.valueOf(rows.get(table.getKey())));
				}
			}
			finally {
				connection.rollback();
			}
		}
		long files = copyTree(mediaDir, target.resolve(MEDIA));
		manifest.setProperty("schema.version", version);
		manifest.setProperty("tables", String.join(",", rows.keySet()));
		manifest.setProperty("media.files", String.valueOf(files));
		manifest.setProperty("created.at", Instant.now().toString());
		try (OutputStream out = Files.newOutputStream(target.resolve(MANIFEST))) {
			manifest.store(out, "tochuc-portal backup");
		}
		return new Summary(version, rows, files);
	}

	/**
	 * Restores a backup into a database that holds no tables yet, and its files into the media
	 * directory. Foreign keys are checked by triggers that are held off while the tables fill in
	 * any order ({@code session_replication_role}): that needs a superuser or, as the embedded
	 * server's application role has, the grant {@code SET ON PARAMETER session_replication_role}.
	 */
	public static Summary restore(DataSource dataSource, Path source, Path mediaDir) throws IOException, SQLException {
		Properties manifest = new Properties();
		try (InputStream in = Files.newInputStream(source.resolve(MANIFEST))) {
			manifest.load(in);
		}
		String version = manifest.getProperty("schema.version");
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if (!tables(connection).isEmpty()) {
				throw new IllegalStateException("The target database is not empty; restore into a fresh one");
			}
		}
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(MigrationVersion.fromVersion(version))
			.cleanDisabled(true)
			.load()
			.migrate();
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			List<String> tables = List.of(manifest.getProperty("tables").split(","));
			tables.forEach(DatabaseBackup::requireIdentifier);
			// The migrations' own starting rows (links, counters) give way to the backed-up ones.
			statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
			statement.execute("SET LOCAL session_replication_role = replica");
			CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
			for (String table : tables) {
				String columns = manifest.getProperty("table." + table + ".columns");
				List.of(columns.split(", ")).forEach(DatabaseBackup::requireIdentifier);
				try (InputStream in = Files.newInputStream(source.resolve(TABLES).resolve(table + ".csv"))) {
					long count = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", in);
					long expected = Long.parseLong(manifest.getProperty("table." + table + ".rows"));
					if (count != expected) {
						throw new IllegalStateException(table + ": " + count + " rows loaded, " + expected + " backed up");
					}
					rows.put(table, count);
				}
			}
			resetSequences(connection);
			connection.commit();
		}
		long files = copyTree(source.resolve(MEDIA), mediaDir);
		return new Summary(version, rows, files);
	}

	/** Identity columns continue after the highest restored id. */
	private static void resetSequences(Connection connection) throws SQLException {
		List<String[]> identities = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT table_name, column_name FROM information_schema.columns
						WHERE table_schema = current_schema() AND is_identity = 'YES'""")) {
			while (rs.next()) {
				identities.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		for (String[] identity : identities) {
			requireIdentifier(identity[0]);
			requireIdentifier(identity[1]);
			try (var reset = connection.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?), "
					+ "coalesce((SELECT max(" + identity[1] + ") FROM " + identity[0] + "), 0) + 1, false)")) {
				reset.setString(1, identity[0]);
				reset.setString(2, identity[1]);
				reset.execute();
			}
		}
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT version FROM " + FLYWAY_HISTORY
						+ " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
			if (!rs.next()) {
				throw new IllegalStateException("No migrated schema to back up");
			}
			return rs.getString(1);
		}
	}

	/** The portal's tables and their stored (not generated) columns, Flyway's history left out. */
	private static Map<String, List<String>> tables(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT c.table_name, c.column_name
						FROM information_schema.columns c
						JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
						WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
						  AND c.is_generated = 'NEVER'
						ORDER BY c.table_name, c.ordinal_position""")) {
			while (rs.next()) {
				String table = rs.getString(1);
				if (!table.equals(FLYWAY_HISTORY)) {
					tables.computeIfAbsent(requireIdentifier(table), (t) -> new ArrayList<>())
						.add(requireIdentifier(rs.getString(2)));
				}
			}
		}
		return tables;
	}

	/** Names come from the catalogue or the manifest and are checked before they go into a statement. */
	private static String requireIdentifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Unexpected table or column name: " + name);
		}
		return name;
	}

	private static long copyTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			return 0;
		}
		long[] copied = { 0 };
		try (Stream<Path> files = Files.walk(from)) {
			files.filter(Files::isRegularFile).forEach((file) -> {
				Path target = to.resolve(from.relativize(file).toString());
				try {
					Files.createDirectories(target.getParent());
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
					copied[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		return copied[0];
	}

	private static boolean isEmptyDirectory(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

}
