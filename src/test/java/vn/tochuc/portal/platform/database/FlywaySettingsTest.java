package vn.tochuc.portal.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway refuses to wipe the database and refuses to run over a migration that was edited after
 * it was applied. Both are set in the main application.properties, so production has them too.
 */
@SpringBootTest
class FlywaySettingsTest {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bothSettingsAreInTheMainApplicationProperties() throws IOException {
		Properties main = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			main.load(in);
		}
		assertThat(main.getProperty("spring.flyway.validate-on-migrate")).isEqualTo("true");
		assertThat(main.getProperty("spring.flyway.clean-disabled")).isEqualTo("true");
		assertThat(flyway.getConfiguration().isValidateOnMigrate()).isTrue();
		assertThat(flyway.getConfiguration().isCleanDisabled()).isTrue();
	}

	@Test
	void cleanIsRefusedAndTheTablesStay() {
		long users = jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class);
		assertThatThrownBy(flyway::clean).isInstanceOf(FlywayException.class).hasMessageContaining("clean");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class)).isEqualTo(users);
		assertThat(flyway.info().current()).isNotNull();
	}

	@Test
	void aMigrationChangedAfterItRanStopsTheNextMigrate() {
		Integer checksum = jdbc.queryForObject("SELECT checksum FROM flyway_schema_history WHERE version = '1'",
				Integer.class);
		jdbc.update("UPDATE flyway_schema_history SET checksum = ? WHERE version = '1'", checksum + 1);
		try {
			assertThatThrownBy(flyway::migrate).isInstanceOf(FlywayException.class)
				.hasMessageContaining("checksum mismatch");
		}
		finally {
			jdbc.update("UPDATE flyway_schema_history SET checksum = ? WHERE version = '1'", checksum);
		}
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
	}

}
