package com.akeneokhaos.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

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
 * {@code rewriteBatchedStatements} would send every chunk's rows one statement at a time, and one without
 * {@code useLocalSessionState} would ask the server whether the session is read-only before every batch.
 */
class ConnectionOptionsTest {

	@Test
	void aBareUrlStillBatchesCachesStatementsAndKeepsTheSessionStateLocally() throws Exception {
		// given
		HikariConfig config = applicationsPoolOnABareUrl("connection_options");

		// when
		try (HikariDataSource pool = new HikariDataSource(config); Connection connection = pool.getConnection()) {

			// then
			var options = connection.unwrap(JdbcConnection.class).getPropertySet();
			assertThat(options.getBooleanProperty(PropertyKey.rewriteBatchedStatements).getValue()).isTrue();
			assertThat(options.getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
			assertThat(options.getBooleanProperty(PropertyKey.useLocalSessionState).getValue()).isTrue();
		}
	}

	@Test
	void aBatchOfRowsInATransactionIsOneStatementForTheServer() throws Exception {
		// given
		HikariConfig config = applicationsPoolOnABareUrl("connection_batch");
		try (HikariDataSource pool = new HikariDataSource(config); Connection connection = pool.getConnection()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE batched (id INT PRIMARY KEY, name VARCHAR(20))");
			}
			connection.setAutoCommit(false);
			long before = statementsSent(connection);

			// when
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batched VALUES (?, ?)")) {
				for (int id = 1; id <= 50; id++) {
					insert.setInt(1, id);
					insert.setString(2, "row " + id);
					insert.addBatch();
				}
				insert.executeBatch();
			}
			long after = statementsSent(connection);
			connection.commit();

			// then: the batch and the status query that counts, nothing asked in between
			assertThat(after - before).isEqualTo(2);
		}
	}

	/** The statements this session sent the server, the {@code SHOW} that asks included. */
	private static long statementsSent(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet status = statement.executeQuery("SHOW SESSION STATUS LIKE 'Questions'")) {
			status.next();
			return status.getLong(2);
		}
	}

	/** The application's pool settings, on a new database whose URL names no connection option. */
	private static HikariConfig applicationsPoolOnABareUrl(String database) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		HikariConfig config = Binder.get(environment).bindOrCreate("spring.datasource.hikari", HikariConfig.class);
		TestDatabase.Coordinates db = TestDatabase.newDatabase(database);
		config.setJdbcUrl(db.url().substring(0, db.url().indexOf('?')));
		config.setUsername(db.username());
		config.setPassword(db.password());
		return config;
	}

}
