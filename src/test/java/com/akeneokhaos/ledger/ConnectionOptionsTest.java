package com.akeneokhaos.ledger;

import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import com.akeneokhaos.support.TestDatabase;
import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connection options the ledger's batches need hold whatever database URL an operator gives: a URL without
 * {@code rewriteBatchedStatements} would send every chunk's rows one statement at a time.
 */
class ConnectionOptionsTest {

	@Test
	void aBareUrlStillBatchesAndCachesStatements() throws Exception {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("connection_options");
		String bareUrl = db.url().substring(0, db.url().indexOf('?'));
		HikariConfig config = applicationsPoolSettings();
		config.setJdbcUrl(bareUrl);
		config.setUsername(db.username());
		config.setPassword(db.password());

		// when
		try (HikariDataSource pool = new HikariDataSource(config); Connection connection = pool.getConnection()) {

			// then
			var options = connection.unwrap(JdbcConnection.class).getPropertySet();
			assertThat(options.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue()).isTrue();
			assertThat(options.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
		}
	}

	private static HikariConfig applicationsPoolSettings() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		return Binder.get(environment).bindOrCreate("spring.datasource.hikari", HikariConfig.class);
	}

}
