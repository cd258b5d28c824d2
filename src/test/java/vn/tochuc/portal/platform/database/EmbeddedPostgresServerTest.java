package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal's own PostgreSQL as an operator meets it: one portal per data directory, a
 * postmaster left behind by a killed portal cleared by the next start, and passwords for every
 * connection with the portal itself connected as a role that is no superuser. Each test works
 * on a data directory of its own; the PostgreSQL processes they start are stopped at the end.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class EmbeddedPostgresServerTest {

	@TempDir
	Path temp;

	private final List<AutoCloseable> toClose = new ArrayList<>();

	private final List<Process> toKill = new ArrayList<>();

	@AfterEach
	void stopEverything() throws Exception {
		for (int i = toClose.size() - 1; i >= 0; i--) {
			toClose.get(i).close();
		}
		for (Process process : toKill) {
			process.destroyForcibly();
		}
	}

	@Test
	void aSecondServerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsRunning() throws Exception {
		Path directory = temp.resolve("postgres");
		EmbeddedPostgresServer first = start(directory);
		long postmaster = postmasterPid(directory);

		assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(directory))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("in use by another running portal")
			.hasMessageContaining("postgres.lock");

		// The refused start touched nothing: same postmaster, still serving.
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).hasValue(true);
		assertThat(postmasterPid(directory)).isEqualTo(postmaster);
		try (Connection connection = connectAsPortal(first)) {
			assertThat(connection.isValid(5)).isTrue();
		}

		// Once the first is closed the directory is free again.
		first.close();
		toClose.remove(first);
		EmbeddedPostgresServer again = start(directory);
		try (Connection connection = connectAsPortal(again)) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	@Test
	void aPostmasterLeftRunningByAKilledPortalIsStoppedAndTheNextStartSucceeds() throws Exception {
		Path directory = temp.resolve("postgres");
		EmbeddedPostgresServer first = start(directory);
		Path bin = binaries(directory);
		try (Connection connection = connectAsPortal(first)) {
			new JdbcTemplate(new SingleConnectionDataSource(connection, true))
				.execute("CREATE TABLE saved (title text); INSERT INTO saved VALUES ('Hội nghị sơ kết 6 tháng')");
		}
		first.close();
		toClose.remove(first);

		// What a portal killed with SIGKILL leaves: a postmaster of this directory that nobody owns
		// (pg_ctl puts it outside any JVM's process tree), with postmaster.pid naming it.
		long leftover = startLeftoverPostmaster(bin, directory);
		assertThat(OrphanPostmaster.recordedPid(directory.resolve("postmaster.pid"))).hasValue(leftover);

		EmbeddedPostgresServer next = start(directory);
		assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(postmasterPid(directory)).isNotEqualTo(leftover);
		try (Connection connection = connectAsPortal(next)) {
			assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
				.queryForObject("SELECT title FROM saved", String.class)).isEqualTo("Hội nghị sơ kết 6 tháng");
		}
	}

	@Test
	void aStalePidFileWhosePidNowBelongsToAnotherProgramNeitherBlocksTheStartNorHarmsThatProgram() throws Exception {
		Path directory = temp.resolve("postgres");
		EmbeddedPostgresServer first = start(directory);
		List<String> pidFile = Files.readAllLines(directory.resolve("postmaster.pid"));
		first.close();
		toClose.remove(first);

		Process unrelated = sleeper();
		pidFile.set(0, Long.toString(unrelated.pid()));
		Files.write(directory.resolve("postmaster.pid"), pidFile);

		EmbeddedPostgresServer next = start(directory);
		try (Connection connection = connectAsPortal(next)) {
			assertThat(connection.isValid(5)).isTrue();
		}
		assertThat(unrelated.isAlive()).as("the program that now has the old pid").isTrue();
	}

	@Test
	void theWatchdogStopsThePostmasterOnceTheProcessItWatchesIsGone() throws Exception {
		Path directory = temp.resolve("postgres");
		EmbeddedPostgresServer first = start(directory);
		Path bin = binaries(directory);
		first.close();
		toClose.remove(first);
		long postmaster = startLeftoverPostmaster(bin, directory);

		// A stand-in for the JVM, and a process that is not PostgreSQL with a pid to signal.
		Process jvm = sleeper();
		Process stranger = sleeper();
		PostmasterWatchdog watchdog = PostmasterWatchdog.start(jvm.pid(), postmaster, directory);
		PostmasterWatchdog wrongTarget = PostmasterWatchdog.start(jvm.pid(), stranger.pid(), directory);
		toClose.add(watchdog);
		toClose.add(wrongTarget);
		Thread.sleep(1_500);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("while the JVM lives").hasValue(true);

		jvm.destroyForcibly();
		assertThat(exits(postmaster, 30)).as("the postmaster stops after its JVM died").isTrue();
		assertThat(directory.resolve("postmaster.pid")).as("a clean shutdown removes its pid file").doesNotExist();
		assertThat(stranger.isAlive()).as("a pid that is not this directory's PostgreSQL is never signalled").isTrue();
		assertThat(exits(watchdog.pid(), 10)).as("the watchdog ends with it").isTrue();
	}

	@Test
	void everyConnectionNeedsAPasswordAndThePortalIsNoSuperuser() throws Exception {
		Path directory = temp.resolve("postgres");
		EmbeddedPostgresServer server = start(directory);
		Path file = temp.resolve("postgres-credentials.properties");
		EmbeddedCredentials credentials = EmbeddedCredentials.read(file).orElseThrow();

		assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(credentials.password()).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo(credentials.superuserPassword());
		assertThat(EmbeddedDatabaseBootstrap.hbaRules(directory)).isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule).contains("scram-sha-256").doesNotContain("trust"));

		// Without a password, or with a wrong one, nobody gets in: not as the superuser, not as the portal.
		for (String user : new String[] { "postgres", "portal" }) {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), user, null).close())
				.as(user + " without a password").isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), user, "postgres").close())
				.as(user + " with a guessed password").isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}

		assertThat(server.username()).isEqualTo("portal");
		try (Connection connection = connectAsPortal(server)) {
			JdbcTemplate portal = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			assertThat(portal.queryForObject("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles "
					+ "WHERE rolname = current_user", Boolean.class)).isFalse();
			assertThat(portal.queryForObject("SELECT pg_get_userbyid(datdba) FROM pg_database "
					+ "WHERE datname = current_database()", String.class)).isEqualTo("portal");
			assertThat(portal.queryForObject("SHOW password_encryption", String.class)).isEqualTo("scram-sha-256");
			assertThat(portal.queryForList("SELECT extname FROM pg_extension", String.class))
				.contains("unaccent", "pg_trgm");
			// What an SQL injection could otherwise turn into commands on the machine.
			assertThatThrownBy(() -> portal.execute("COPY (SELECT 1) TO PROGRAM 'id'")).rootCause()
				.hasMessageContaining("permission denied to COPY to or from an external program");
			assertThatThrownBy(() -> portal.execute("ALTER ROLE portal SUPERUSER")).rootCause()
				.hasMessageContaining("permission denied");
			// The migrations run as this role, from nothing.
			Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
				.locations("classpath:db/migration").load().migrate();
			assertThat(portal.queryForObject("SELECT count(*) FROM app_user", Long.class)).isZero();
		}
		// The superuser exists for the bootstrap and for an operator's psql, with its own password.
		try (Connection superuser = DriverManager.getConnection(server.jdbcUrl(), "postgres",
				credentials.superuserPassword())) {
			assertThat(superuser.isValid(5)).isTrue();
		}

		// A secured directory whose passwords were lost is refused with a clear message, not reset.
		server.close();
		toClose.remove(server);
		Files.delete(file);
		assertThatThrownBy(() -> EmbeddedPostgresServer.persistent(directory))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("postgres-credentials.properties")
			.hasMessageContaining("is missing");

		// The README's way out: trust local connections by hand once; the next start sets new
		// passwords, keeps the database "portal" with its rows, and asks for passwords again.
		Path hba = directory.resolve("pg_hba.conf");
		Files.writeString(hba, Files.readString(hba).replaceFirst(
				"(host\\s+all\\s+all\\s+127\\.0\\.0\\.1/32\\s+)scram-sha-256", "$1trust"));
		EmbeddedPostgresServer reopened = start(directory);
		assertThat(reopened.jdbcUrl()).endsWith("/portal");
		assertThat(EmbeddedCredentials.read(file).orElseThrow().password()).isNotEqualTo(credentials.password());
		assertThat(EmbeddedDatabaseBootstrap.hbaRules(directory))
			.allSatisfy((rule) -> assertThat(rule).contains("scram-sha-256").doesNotContain("trust"));
		try (Connection connection = connectAsPortal(reopened)) {
			assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
				.queryForObject("SELECT count(*) FROM flyway_schema_history", Long.class)).isPositive();
		}
	}

	@Test
	void aDataDirectoryOfAnOlderPortalIsUpgradedInPlaceAndKeepsItsRows() throws Exception {
		Path directory = temp.resolve("postgres");
		// What the portal made before passwords: trust for every local connection, the rows in the
		// database "postgres", every object owned by the superuser.
		try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(directory)
			.setCleanDataDirectory(false).setRegisterShutdownHook(false).start()) {
			Flyway.configure().dataSource(older.getPostgresDatabase()).locations("classpath:db/migration").load()
				.migrate();
			new JdbcTemplate(older.getPostgresDatabase()).update("""
					INSERT INTO category (slug, name, description, position)
					VALUES ('cong-tac-to-chuc', 'Công tác tổ chức', 'Tin công tác tổ chức xây dựng Đảng', 1)""");
		}
		assertThat(EmbeddedDatabaseBootstrap.hbaRules(directory)).anySatisfy((rule) -> assertThat(rule).contains("trust"));

		EmbeddedPostgresServer server = start(directory);
		assertThat(server.jdbcUrl()).endsWith("/postgres");
		assertThat(EmbeddedDatabaseBootstrap.hbaRules(directory)).isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule).contains("scram-sha-256").doesNotContain("trust"));
		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", null).close())
			.isInstanceOf(SQLException.class);
		assertThat(Files.getPosixFilePermissions(temp.resolve("postgres-credentials.properties")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		try (Connection connection = connectAsPortal(server)) {
			JdbcTemplate portal = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			assertThat(portal.queryForObject("SELECT name FROM category WHERE slug = 'cong-tac-to-chuc'", String.class))
				.isEqualTo("Công tác tổ chức");
			assertThat(portal.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
					String.class)).containsExactly("portal");
			assertThat(portal.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
				.isFalse();
			// The portal keeps working on its old rows as the new role: writes, and Flyway's next start.
			portal.update("INSERT INTO category (slug, name, position) VALUES ('tinh-gian-bien-che', 'Tinh giản', 2)");
			portal.update("UPDATE category SET description = 'Sắp xếp tổ chức bộ máy' WHERE slug = 'cong-tac-to-chuc'");
			assertThat(Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
				.locations("classpath:db/migration").load().migrate().success).isTrue();
		}

		// The next start finds it done and changes nothing.
		server.close();
		toClose.remove(server);
		EmbeddedPostgresServer again = start(directory);
		try (Connection connection = connectAsPortal(again)) {
			assertThat(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
				.queryForObject("SELECT count(*) FROM category", Long.class)).isEqualTo(2);
		}
	}

	@Test
	void theBackupAndRestoreCommandsWorkWithThePasswordsOfTheDataDirectory() throws Exception {
		// scripts/backup.sh against a running portal's database, scripts/restore.sh into a new
		// data directory that the command itself creates: both as the portal's own role.
		Path data = temp.resolve("data");
		EmbeddedPostgresServer running = start(data.resolve("postgres"));
		try (Connection connection = connectAsPortal(running)) {
			Flyway.configure().dataSource(new SingleConnectionDataSource(connection, true))
				.locations("classpath:db/migration").load().migrate();
			new JdbcTemplate(new SingleConnectionDataSource(connection, true)).update("""
					INSERT INTO category (slug, name, description, position)
					VALUES ('cong-tac-to-chuc', 'Công tác tổ chức', 'Tin công tác tổ chức xây dựng Đảng', 1)""");
		}
		Path backup = temp.resolve("backup");
		DatabaseBackup.Summary saved = BackupCommand.run("backup", backup,
				(name) -> name.equals("PORTAL_DATA_DIR") ? data.toString() : null);
		assertThat(saved.rows()).containsEntry("category", 1L);
		running.close();
		toClose.remove(running);

		Path restoredData = temp.resolve("restored");
		BackupCommand.run("restore", backup, (name) -> name.equals("PORTAL_DATA_DIR") ? restoredData.toString() : null);
		assertThat(Files.getPosixFilePermissions(restoredData.resolve("postgres-credentials.properties")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		EmbeddedPostgresServer restored = start(restoredData.resolve("postgres"));
		try (Connection connection = connectAsPortal(restored)) {
			JdbcTemplate portal = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
			assertThat(portal.queryForObject("SELECT name FROM category", String.class)).isEqualTo("Công tác tổ chức");
			assertThat(portal.queryForList("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
					String.class)).containsExactly("portal");
		}
	}

	private EmbeddedPostgresServer start(Path directory) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(directory);
		toClose.add(server);
		return server;
	}

	private static Connection connectAsPortal(EmbeddedPostgresServer server) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", server.username());
		properties.setProperty("password", server.password());
		return DriverManager.getConnection(server.jdbcUrl(), properties);
	}

	private static long postmasterPid(Path directory) throws IOException {
		return OrphanPostmaster.recordedPid(directory.resolve("postmaster.pid")).orElseThrow();
	}

	/** The running server's bin directory (zonky unpacks it under the temp directory). */
	private static Path binaries(Path directory) throws IOException {
		return Files.readSymbolicLink(Path.of("/proc", Long.toString(postmasterPid(directory)), "exe")).getParent();
	}

	private long startLeftoverPostmaster(Path bin, Path directory) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			// As zonky does: PostgreSQL refuses root, so as root it runs in a user namespace of its own.
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.toString(), "-o", "-p " + port,
				"-l", temp.resolve("leftover.log").toString(), "-w", "-t", "60", "start"));
		Process pgCtl = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(temp.resolve("pg_ctl.log").toFile())
			.start();
		assertThat(pgCtl.waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(pgCtl.exitValue()).as(Files.readString(temp.resolve("pg_ctl.log"), StandardCharsets.UTF_8)).isZero();
		long pid = postmasterPid(directory);
		// Stopped at the end should the test fail before the portal's start does it.
		toClose.add(() -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
		return pid;
	}

	private Process sleeper() throws IOException {
		Process process = new ProcessBuilder("sleep", "300").start();
		toKill.add(process);
		return process;
	}

	private static boolean exits(long pid, int seconds) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

}
