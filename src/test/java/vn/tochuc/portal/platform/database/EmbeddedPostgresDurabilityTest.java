package vn.tochuc.portal.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's own embedded PostgreSQL is a production database: an acknowledged save must
 * survive a crash, so it runs with fsync, synchronous commit and full-page writes on, whatever
 * the embedding library's defaults are.
 */
class EmbeddedPostgresDurabilityTest {

	@Test
	void thePersistentServerWritesEveryCommitToDisk(@TempDir Path dataDir) throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.persistent(dataDir.resolve("postgres"));
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
				try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
					result.next();
					assertThat(result.getString(1)).as(setting).isEqualTo("on");
				}
			}
		}
	}

}
