package com.akeneokhaos.ledger;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.akeneokhaos.ledger.Ledger.Publication;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the ledger records a chunk's publications: a re-published item keeps its first publication and Khaos's
 * confirmation unless it was replaced by a new Khaos item, and the chunk reaches the database as one
 * multi-row statement per kind (the driver sends a batch row by row when a parameter follows
 * {@code ON DUPLICATE KEY UPDATE}: a hundred round trips a chunk on a first run).
 */
class LedgerPublicationsTest {

	private static final LocalDateTime EARLIER = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

	private JdbcClient jdbc;

	private Ledger ledger;

	@BeforeEach
	void database() {
		TestDatabase.Coordinates db = TestDatabase.newDatabase("ledger_publications");
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(db.url(), db.username(), db.password(),
				true);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(dataSource);
		ledger = new Ledger(jdbc, new NamedParameterJdbcTemplate(dataSource), Clock.systemUTC());
		jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (1, 0, 'j', 'k')")
			.update();
		jdbc.sql("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS) "
				+ "VALUES (1, 0, 1, NOW(), 'COMPLETED'), (2, 0, 1, NOW(), 'STARTED')")
			.update();
	}

	@Test
	void aChunkOfNewItemsIsOneInsertStatement() {
		// given
		List<Publication> chunk = IntStream.range(0, 100)
			.mapToObj(i -> new Publication(item("item-" + i, "P-" + i), "hash-" + i, true, null, null))
			.toList();
		long insertsBefore = insertStatements();

		// when
		ledger.recordPublished(chunk, 2, true);

		// then
		assertThat(insertStatements() - insertsBefore).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sync_ledger WHERE status = 'PUBLISHED' AND first_published_at "
				+ "IS NOT NULL AND last_full_read_execution_id = 2").query(Long.class).single()).isEqualTo(100);
	}

	@Test
	void aRepublishedItemKeepsItsConfirmationUnlessItWasReplaced() {
		// given
		existing("kept", "CONFIRMED");
		existing("back", "DISCONTINUED");
		existing("replaced", "CONFIRMED");
		long insertsBefore = insertStatements();

		// when
		ledger.recordPublished(List.of(republished("kept", "P-kept", null), republished("back", "P-back", null),
				republished("replaced", "P-replaced-2", Retirement.replaced(entry("replaced"), "OLD", "moved"))), 2,
				false);

		// then
		assertThat(insertStatements() - insertsBefore).isEqualTo(2);
		assertThat(row("kept")).containsEntry("status", "CONFIRMED")
			.containsEntry("confirmed_at", EARLIER)
			.containsEntry("first_published_at", EARLIER);
		assertThat(row("back")).containsEntry("status", "PUBLISHED").containsEntry("first_published_at", EARLIER);
		assertThat(row("replaced")).containsEntry("status", "PUBLISHED")
			.containsEntry("confirmed_at", null)
			.containsEntry("khaos_stock_id", "P-replaced-2");
		assertThat((LocalDateTime) row("replaced").get("first_published_at")).isAfter(EARLIER);
		assertThat(List.of(row("kept"), row("back"), row("replaced"))).allSatisfy(row -> assertThat(row)
			.containsEntry("last_job_execution_id", 2L)
			.containsEntry("last_full_read_execution_id", 1L)
			.containsEntry("payload_hash", "new-hash"));
	}

	private long insertStatements() {
		return jdbc.sql("SHOW SESSION STATUS LIKE 'Com_insert'").query((rs, row) -> rs.getLong(2)).single();
	}

	private void existing(String key, String status) {
		jdbc.sql("INSERT INTO sync_ledger (item_key, kind, akeneo_uuid, khaos_stock_id, payload_hash, status, "
				+ "first_published_at, confirmed_at, last_job_execution_id, last_full_read_execution_id, created_at, "
				+ "updated_at) VALUES (?, 'SIMPLE', ?, ?, 'old-hash', ?, ?, ?, 1, 1, NOW(), NOW())")
			.params(key, key, "P-" + key, status, EARLIER, EARLIER)
			.update();
	}

	private Publication republished(String key, String stockId, @Nullable Retirement replaced) {
		return new Publication(item(key, stockId), "new-hash", false, entry(key), replaced);
	}

	private LedgerEntry entry(String key) {
		return ledger.find(key).orElseThrow();
	}

	private Map<String, Object> row(String key) {
		return jdbc.sql("SELECT status, confirmed_at, first_published_at, khaos_stock_id, payload_hash, "
				+ "last_job_execution_id, last_full_read_execution_id FROM sync_ledger WHERE item_key = ?")
			.param(key)
			.query()
			.singleRow();
	}

	private static LedgerItem item(String key, String stockId) {
		return new PublishedItem(key, ItemKind.SIMPLE, key, null, null, null, null, stockId, null, null, List.of());
	}

	private record PublishedItem(String itemKey, ItemKind kind, @Nullable String akeneoUuid, @Nullable String sku,
			@Nullable String family, @Nullable String parentCode, @Nullable String akeneoUpdated, String stockId,
			@Nullable String stockCode, @Nullable String parentStockId, List<String> categories) implements LedgerItem {
	}

}
