package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the superuser does on every start of the embedded PostgreSQL, before the portal
 * connects: the application role (no superuser, no CREATEROLE, no CREATEDB) owning the portal's
 * database and every object in it, the extensions the migrations use, the one setting a restore
 * needs, and a {@code pg_hba.conf} that asks every connection for a SCRAM-SHA-256 password.
 *
 * <p>Each step is idempotent, so a data directory made by an older portal (trust for every
 * local connection, everything in database {@code postgres} owned by the superuser) is upgraded
 * in place on its first start, and a start interrupted half-way is finished by the next one.
 */
final class EmbeddedDatabaseBootstrap {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBootstrap.class);

	/**
	 * Created by the superuser before Flyway runs as the application role. Both are trusted
	 * extensions, but the portal should not depend on that: a future untrusted one goes here.
	 */
	static final List<String> EXTENSIONS = List.of("unaccent", "pg_trgm");

	static final String SCRAM = "scram-sha-256";

	/** Where roles and databases are managed; every data directory has it. */
	static final String MAINTENANCE_DATABASE = "postgres";

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	/** What initdb writes with {@code --auth=scram-sha-256}; an upgraded directory gets the same. */
	static final String PASSWORD_ONLY_HBA = """
			# Written by the portal: every connection needs a password (SCRAM-SHA-256), local ones too.
			# The passwords are in postgres-credentials.properties next to this data directory.
			# TYPE  DATABASE        USER            ADDRESS                 METHOD
			local   all             all                                     scram-sha-256
			host    all             all             127.0.0.1/32            scram-sha-256
			host    all             all             ::1/128                 scram-sha-256
			local   replication     all                                     scram-sha-256
			host    replication     all             127.0.0.1/32            scram-sha-256
			host    replication     all             ::1/128                 scram-sha-256
			""";

	private EmbeddedDatabaseBootstrap() {
	}

	/** The rules of a pg_hba.conf, comments and blank lines left out, each split into its fields. */
	static List<List<String>> hbaRules(Path dataDirectory) throws IOException {
		return Files.readAllLines(dataDirectory.resolve("pg_hba.conf"), StandardCharsets.UTF_8)
			.stream()
			.map((line) -> line.replaceFirst("#.*", "").trim())
			.filter((line) -> !line.isEmpty())
			.map((line) -> Arrays.asList(line.split("\\s+")))
			.toList();
	}

	static boolean trustsAnyone(Path dataDirectory) throws IOException {
		return hbaRules(dataDirectory).stream().anyMatch((rule) -> rule.contains("trust"));
	}

	static boolean asksEveryoneForAPassword(Path dataDirectory) throws IOException {
		List<List<String>> rules = hbaRules(dataDirectory);
		return !rules.isEmpty() && rules.stream().allMatch((rule) -> rule.contains(SCRAM) && !rule.contains("trust"));
	}

	/**
	 * Brings the server's roles, database and authentication to the portal's rules.
	 * @param port the running server's port
	 */
	static void secure(int port, Path dataDirectory, EmbeddedCredentials credentials) throws IOException, SQLException {
		requireIdentifier(credentials.user());
		requireIdentifier(credentials.database());
		boolean upgrade = !asksEveryoneForAPassword(dataDirectory);
		try (Connection maintenance = connect(port, MAINTENANCE_DATABASE, credentials.superuser(),
				credentials.superuserPassword())) {
			if (upgrade) {
				// Before the rules ask for it, or the next start could not log in.
				setPassword(maintenance, credentials.superuser(), credentials.superuserPassword());
			}
			createApplicationRole(maintenance, credentials.user());
			setPassword(maintenance, credentials.user(), credentials.password());
			try (Statement statement = maintenance.createStatement()) {
				if (!exists(maintenance, "SELECT 1 FROM pg_database WHERE datname = ?", credentials.database())) {
					statement.execute("CREATE DATABASE " + credentials.database() + " OWNER " + credentials.user());
					log.info("Created the database {} owned by {}", credentials.database(), credentials.user());
				}
				else {
					statement.execute("ALTER DATABASE " + credentials.database() + " OWNER TO " + credentials.user());
				}
				grantRestoreSettings(statement, credentials.user());
			}
		}
		try (Connection app = connect(port, credentials.database(), credentials.superuser(),
				credentials.superuserPassword())) {
			prepareApplicationDatabase(app, credentials.user());
		}
		if (upgrade) {
			requirePasswords(port, dataDirectory, credentials);
		}
		verify(port, credentials);
	}

	/** A role that can log in and own its database, and nothing else. */
	static void createApplicationRole(Connection superuser, String role) throws SQLException {
		requireIdentifier(role);
		try (Statement statement = superuser.createStatement()) {
			if (!exists(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
				statement.execute("CREATE ROLE " + role + " LOGIN");
				log.info("Created the database role {}", role);
			}
			statement.execute("ALTER ROLE " + role
					+ " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT");
		}
	}

	/** A restore loads its rows with the foreign-key triggers held off (session_replication_role). */
	static void grantRestoreSettings(Statement superuser, String role) throws SQLException {
		requireIdentifier(role);
		superuser.execute("GRANT SET ON PARAMETER session_replication_role TO " + role);
	}

	/**
	 * In the application's database, as superuser: the extensions, and every object of the
	 * public schema (an older portal's tables, sequences, functions and Flyway's history) given
	 * to the application role, which then owns all it migrates. Objects of extensions stay theirs.
	 */
	static void prepareApplicationDatabase(Connection superuser, String role) throws SQLException {
		requireIdentifier(role);
		try (Statement statement = superuser.createStatement()) {
			for (String extension : EXTENSIONS) {
				statement.execute("CREATE EXTENSION IF NOT EXISTS " + extension + " SCHEMA public");
			}
		}
		List<String> changes = new java.util.ArrayList<>();
		try (PreparedStatement query = superuser.prepareStatement("""
				WITH ours AS (
				  SELECT 'pg_class'::regclass AS catalog, c.oid,
				         CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
				                        WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' WHEN 'c' THEN 'TYPE'
				                        ELSE 'TABLE' END AS kind,
				         c.oid::regclass::text AS name, c.relowner AS owner
				  FROM pg_class c
				  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S', 'c')
				    -- identity and serial sequences follow their table
				    AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
				             WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
				  UNION ALL
				  SELECT 'pg_proc'::regclass, p.oid, CASE p.prokind WHEN 'a' THEN 'AGGREGATE' ELSE 'ROUTINE' END,
				         p.oid::regprocedure::text, p.proowner
				  FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
				  UNION ALL
				  SELECT 'pg_type'::regclass, t.oid, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
				         t.oid::regtype::text, t.typowner
				  FROM pg_type t
				  WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r')
				)
				SELECT kind, name FROM ours
				WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = ?)
				  AND NOT EXISTS (SELECT 1 FROM pg_depend e
				                  WHERE e.classid = ours.catalog AND e.objid = ours.oid AND e.deptype = 'e')
				ORDER BY kind, name""")) {
			query.setString(1, role);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					// Catalogue-made names (regclass, regprocedure: quoted where they need it).
					changes.add("ALTER " + rs.getString(1) + " " + rs.getString(2) + " OWNER TO " + role);
				}
			}
		}
		if (!changes.isEmpty()) {
			try (Statement statement = superuser.createStatement()) {
				for (String change : changes) {
					statement.execute(change);
				}
			}
			log.info("Gave {} objects of the portal's database to the role {}", changes.size(), role);
		}
	}

	/** pg_hba.conf replaced (atomically) by the password-only rules, and the server told to reload it. */
	private static void requirePasswords(int port, Path dataDirectory, EmbeddedCredentials credentials)
			throws IOException, SQLException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		Path next = dataDirectory.resolve("pg_hba.conf.new");
		Files.writeString(next, PASSWORD_ONLY_HBA, StandardCharsets.UTF_8);
		try {
			Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING);
		}
		try (Connection superuser = connect(port, MAINTENANCE_DATABASE, credentials.superuser(),
				credentials.superuserPassword()); Statement statement = superuser.createStatement()) {
			statement.execute("SELECT pg_reload_conf()");
		}
		log.info("The embedded PostgreSQL now asks every connection for a password ({}); "
				+ "the passwords are in {}", SCRAM, "postgres-credentials.properties");
	}

	/**
	 * The running server's own answer: the application role is no superuser, logs in with its
	 * password, and a connection without one is refused (the reload is asynchronous, so that is
	 * waited for).
	 */
	private static void verify(int port, EmbeddedCredentials credentials) throws SQLException {
		try (Connection superuser = connect(port, MAINTENANCE_DATABASE, credentials.superuser(),
				credentials.superuserPassword())) {
			if (exists(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ? AND rolsuper", credentials.user())) {
				throw new IllegalStateException("The role " + credentials.user() + " must not be a superuser");
			}
		}
		try (Connection app = connect(port, credentials.database(), credentials.user(), credentials.password())) {
			app.isValid(5);
		}
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (acceptsWithoutPassword(port, credentials)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("The embedded PostgreSQL still lets " + credentials.user()
						+ " in without a password; check its pg_hba.conf");
			}
			sleep();
		}
	}

	private static boolean acceptsWithoutPassword(int port, EmbeddedCredentials credentials) {
		try (Connection ignored = connect(port, credentials.database(), credentials.user(), null)) {
			return true;
		}
		catch (SQLException refused) {
			return false;
		}
	}

	/** The SCRAM verifier is computed here: the password itself never reaches the server or its log. */
	private static void setPassword(Connection superuser, String role, String password) throws SQLException {
		superuser.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), SCRAM);
	}

	static Connection connect(int port, String database, String user, String password) throws SQLException {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { "localhost" });
		dataSource.setPortNumbers(new int[] { port });
		dataSource.setDatabaseName(database);
		dataSource.setUser(user);
		dataSource.setPassword(password);
		return dataSource.getConnection();
	}

	private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, parameter);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}

	static String requireIdentifier(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a plain lower-case SQL name: " + name);
		}
		return name;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded PostgreSQL reloaded its settings", ex);
		}
	}

}
