package com.akeneokhaos.khaos;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Pending outbox entries written straight to the table, as the publishing jobs leave them. */
final class OutboxRows {

	private static final String INSERT = "INSERT INTO khaos_outbox (stock_id, item_key, stock_code, change_type, "
			+ "delivery_rank, payload, relationship, payload_hash, created_at) VALUES ";

	private OutboxRows() {
	}

	/** Appends {@code count} entries for StockIDs {@code S00001}, {@code S00002}, ..., rank 0. */
	static List<String> append(JdbcClient jdbc, int count) {
		List<String> stockIds = new ArrayList<>();
		for (int from = 1; from <= count; from += 500) {
			List<Object> params = new ArrayList<>();
			StringBuilder sql = new StringBuilder(INSERT);
			for (int i = from; i < from + 500 && i <= count; i++) {
				String stockId = String.format("S%05d", i);
				sql.append((i == from) ? "" : ",").append("(?, ?, NULL, 'CREATE', 0, ?, NULL, ?, ?)");
				params.addAll(List.of(stockId, "key-" + stockId, "{\"StockID\":\"" + stockId + "\",\"StockCode\":\"C"
						+ i + "\"}", "0".repeat(64), LocalDateTime.now()));
				stockIds.add(stockId);
			}
			jdbc.sql(sql.toString()).params(params).update();
		}
		return stockIds;
	}

	static void append(JdbcClient jdbc, String stockId, int rank, String payload, String relationship) {
		jdbc.sql(INSERT + "(?, ?, NULL, 'CREATE', ?, ?, ?, ?, ?)")
			.params(stockId, "key-" + stockId, rank, payload, relationship, "0".repeat(64), LocalDateTime.now())
			.update();
	}

}
