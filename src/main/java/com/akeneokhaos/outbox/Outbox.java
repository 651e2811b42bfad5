package com.akeneokhaos.outbox;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.akeneokhaos.outbox.OutboxEntry.ChangeType;

/**
 * The Khaos outbox: every StockItem change waiting for Khaos Control Cloud to take it through the
 * ProvidedStock endpoint. Appended in the same transaction as the ledger, so each change is published
 * exactly once whatever crashes in between.
 */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	public Outbox(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Appends the entries in this order, one JDBC batch. */
	public void append(List<OutboxEntry> entries, long jobExecutionId) {
		if (entries.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(entries.size());
		for (OutboxEntry entry : entries) {
			rows.add(new Object[] { entry.stockId(), entry.itemKey(),
					new SqlParameterValue(Types.VARCHAR, entry.stockCode()), entry.changeType().name(),
					entry.deliveryRank(), entry.payload(), new SqlParameterValue(Types.VARCHAR, entry.relationship()),
					entry.payloadHash(), jobExecutionId, LocalDateTime.now(clock) });
		}
		batch.batchUpdate("""
				INSERT INTO khaos_outbox (stock_id, item_key, stock_code, change_type, delivery_rank, payload,
				  relationship, payload_hash, job_execution_id, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	/** How many entries of each kind the execution appended. */
	public long countForExecution(long jobExecutionId, ChangeType... types) {
		return jdbc.sql("SELECT COUNT(*) FROM khaos_outbox WHERE job_execution_id = :execution AND change_type IN (:types)")
			.param("execution", jobExecutionId)
			.param("types", Stream.of(types).map(ChangeType::name).toList())
			.query(Long.class)
			.single();
	}

}
