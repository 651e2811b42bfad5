package com.akeneokhaos.ledger;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V4 marks, in a ledger written before it, the SCS parents that had children, from what the
 * history says was published: a parent whose children all moved away is still known to have had them.
 */
class HadChildrenMigrationTest {

	@Test
	void parentsNamedAsAChildsParentInTheHistoryAreMarkedAndNoOthers() {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("had_children");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(db.url(), db.username(), db.password());
		migrate(dataSource, "3");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		model(jdbc, "model:A", "M-A");
		model(jdbc, "model:B", "M-B");
		jdbc.sql("""
				INSERT INTO sync_ledger_history (item_key, event, detail, created_at)
				VALUES ('p-1', 'CREATED', 'Published as new Khaos item P-1 with stock code X as SCS child of M-A', NOW())
				""").update();
		// when
		migrate(dataSource, "4");
		// then
		assertThat(jdbc.sql("SELECT item_key FROM sync_ledger WHERE had_children ORDER BY item_key")
			.query(String.class)
			.list()).isEqualTo(List.of("model:A"));
	}

	private static void migrate(DriverManagerDataSource dataSource, String version) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(MigrationVersion.fromVersion(version))
			.load()
			.migrate();
	}

	private static void model(JdbcClient jdbc, String key, String stockId) {
		jdbc.sql("""
				INSERT INTO sync_ledger (item_key, kind, khaos_stock_id, status, created_at, updated_at)
				VALUES (?, 'MODEL', ?, 'CONFIRMED', NOW(), NOW())
				""").params(key, stockId).update();
	}

}
