package com.akeneokhaos.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * What the writer left in {@code khaos_outbox}, {@code sync_ledger} and {@code sync_ledger_history}, read
 * with SQL: only the rows of the items of one scope (their keys start with {@code scope/}, see {@link TestItem}).
 */
final class Tables {

	private final JdbcClient jdbc;

	private final String keys;

	Tables(JdbcClient jdbc, String scope) {
		this.jdbc = jdbc;
		this.keys = scope + "/%";
	}

	/** The outbox in the order Khaos takes it: by rank, then as appended. */
	List<OutboxRow> outbox() {
		return jdbc.sql("SELECT * FROM khaos_outbox WHERE item_key LIKE ? ORDER BY delivery_rank, id")
			.param(keys)
			.query(Tables::outboxRow)
			.list();
	}

	List<OutboxRow> outboxOf(String itemKey) {
		return jdbc.sql("SELECT * FROM khaos_outbox WHERE item_key = ? ORDER BY id")
			.param(itemKey)
			.query(Tables::outboxRow)
			.list();
	}

	List<LedgerRow> ledger() {
		return jdbc.sql("SELECT * FROM sync_ledger WHERE item_key LIKE ? ORDER BY item_key")
			.param(keys)
			.query(Tables::ledgerRow)
			.list();
	}

	LedgerRow ledgerOf(String itemKey) {
		return jdbc.sql("SELECT * FROM sync_ledger WHERE item_key = ?").param(itemKey).query(Tables::ledgerRow).single();
	}

	List<HistoryRow> history() {
		return jdbc.sql("SELECT * FROM sync_ledger_history WHERE item_key LIKE ? ORDER BY id")
			.param(keys)
			.query(Tables::historyRow)
			.list();
	}

	List<HistoryRow> historyOf(String itemKey) {
		return jdbc.sql("SELECT * FROM sync_ledger_history WHERE item_key = ? ORDER BY id")
			.param(itemKey)
			.query(Tables::historyRow)
			.list();
	}

	private static OutboxRow outboxRow(ResultSet rs, int row) throws SQLException {
		String relationship = rs.getString("relationship");
		return new OutboxRow(rs.getString("item_key"), rs.getString("stock_id"), rs.getString("stock_code"),
				rs.getString("change_type"), rs.getInt("delivery_rank"),
				WriterDatabase.JSON.readTree(rs.getString("payload")),
				(relationship != null) ? WriterDatabase.JSON.readTree(relationship) : null, rs.getString("payload_hash"),
				rs.getLong("job_execution_id"));
	}

	private static LedgerRow ledgerRow(ResultSet rs, int row) throws SQLException {
		return new LedgerRow(rs.getString("item_key"), rs.getString("kind"), rs.getString("khaos_stock_id"),
				rs.getString("khaos_stock_code"), rs.getString("status"), rs.getString("payload_hash"),
				rs.getLong("last_job_execution_id"), rs.getBoolean("had_children"), rs.getString("parent_stock_id"),
				rs.getObject("first_published_at", LocalDateTime.class),
				rs.getObject("last_published_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));
	}

	private static HistoryRow historyRow(ResultSet rs, int row) throws SQLException {
		return new HistoryRow(rs.getString("item_key"), rs.getString("event"), rs.getLong("job_execution_id"),
				rs.getString("detail"));
	}

	record OutboxRow(String itemKey, String stockId, @Nullable String stockCode, String changeType, int rank,
			JsonNode payload, @Nullable JsonNode relationship, String hash, long execution) {
	}

	record LedgerRow(String itemKey, String kind, String stockId, @Nullable String stockCode, String status,
			@Nullable String hash, long lastExecution, boolean hadChildren, @Nullable String parentStockId,
			@Nullable LocalDateTime firstPublishedAt, @Nullable LocalDateTime lastPublishedAt,
			LocalDateTime updatedAt) {
	}

	record HistoryRow(String itemKey, String event, long execution, String detail) {
	}

}
