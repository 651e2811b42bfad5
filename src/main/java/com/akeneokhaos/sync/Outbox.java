package com.akeneokhaos.sync;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Khaos outbox: every StockItem change waiting for Khaos Control Cloud to take it through the
 * ProvidedStock endpoint. Appended in the same transaction as the ledger, so each change is published
 * exactly once whatever crashes in between.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	public Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void append(OutboxEntry entry, long jobExecutionId) {
		jdbc.sql("""
				INSERT INTO khaos_outbox (stock_id, item_key, stock_code, change_type, delivery_rank, payload,
				  relationship, payload_hash, job_execution_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(entry.stockId(), entry.itemKey(), entry.stockCode(), entry.changeType().name(),
					entry.deliveryRank(), entry.payload(), entry.relationship(), entry.payloadHash(), jobExecutionId,
					LocalDateTime.now(clock))
			.update();
	}

	public List<OutboxEntry> pending() {
		return jdbc.sql("SELECT stock_id, item_key, stock_code, change_type, delivery_rank, payload, relationship, "
				+ "payload_hash FROM khaos_outbox WHERE delivered_at IS NULL ORDER BY delivery_rank, id")
			.query((rs, row) -> new OutboxEntry(rs.getString("stock_id"), rs.getString("item_key"),
					rs.getString("stock_code"), OutboxEntry.ChangeType.valueOf(rs.getString("change_type")),
					rs.getInt("delivery_rank"), rs.getString("payload"), rs.getString("relationship"),
					rs.getString("payload_hash")))
			.list();
	}

	public long countForExecution(long jobExecutionId) {
		return jdbc.sql("SELECT COUNT(*) FROM khaos_outbox WHERE job_execution_id = ?")
			.param(jobExecutionId)
			.query(Long.class)
			.single();
	}

}
