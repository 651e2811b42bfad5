package com.akeneokhaos.khaos;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ledger rows written straight to the table, as the publishing jobs leave them. */
final class LedgerRows {

	private LedgerRows() {
	}

	static void published(JdbcClient jdbc, String itemKey, String stockId, String stockCode) {
		LocalDateTime now = LocalDateTime.of(2026, 1, 5, 9, 0);
		jdbc.sql("""
				INSERT INTO sync_ledger (item_key, kind, khaos_stock_id, khaos_stock_code, stock_code_key, payload_hash,
				  status, first_published_at, last_published_at, created_at, updated_at)
				VALUES (?, 'SIMPLE', ?, ?, UPPER(?), ?, 'PUBLISHED', ?, ?, ?, ?)
				""")
			.params(itemKey, stockId, stockCode, stockCode, "0".repeat(64), now, now, now, now)
			.update();
	}

	static String status(JdbcClient jdbc, String stockId) {
		return jdbc.sql("SELECT status FROM sync_ledger WHERE khaos_stock_id = ?")
			.param(stockId)
			.query(String.class)
			.single();
	}

}
