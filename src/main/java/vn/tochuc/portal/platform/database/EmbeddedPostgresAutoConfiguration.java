package vn.tochuc.portal.platform.database;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

import vn.tochuc.portal.platform.PortalProperties;

/**
 * Starts the embedded PostgreSQL and a pooled data source on it whenever
 * {@code spring.datasource.url} is not set. The server's own data source opens a connection
 * per request; going through HikariCP is what keeps pages fast.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(PortalProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	static final String EPHEMERAL_PROPERTY = "portal.embedded-database.ephemeral";

	/** Server settings of the throw-away test server (tests set them in their own properties). */
	static final String EPHEMERAL_SERVER_CONFIG_PROPERTY = "portal.embedded-database.ephemeral-server-config";

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedPostgresServer embeddedPostgresServer(PortalProperties properties, Environment environment) {
		if (environment.getProperty(EPHEMERAL_PROPERTY, Boolean.class, false)) {
			Map<String, String> serverConfig = Binder.get(environment)
				.bind(EPHEMERAL_SERVER_CONFIG_PROPERTY, Bindable.mapOf(String.class, String.class))
				.orElse(Map.of());
			return EmbeddedPostgresServer.ephemeral(serverConfig);
		}
		return EmbeddedPostgresServer.persistent(properties.dataDir().resolve("postgres"));
	}

	/** Closed before the server, because destroying a bean first destroys its dependents. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		// The application's own role: owner of its database, no superuser.
		dataSource.setUsername(server.username());
		dataSource.setPassword(server.password());
		dataSource.setPoolName("portal");
		return dataSource;
	}

}
