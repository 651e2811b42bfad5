package com.akeneokhaos.khaos;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.akeneokhaos.sync.SyncExceptions;
import com.akeneokhaos.sync.validation.Rule;

/**
 * Marks published ledger items CONFIRMED once Khaos uploads them back: Khaos now holds the item. Only
 * PUBLISHED rows change, so a repeated upload (or one naming a discontinued item) changes nothing.
 */
@Repository
class LedgerConfirmations {

	private final JdbcClient jdbc;

	private final SyncExceptions exceptions;

	LedgerConfirmations(JdbcClient jdbc, SyncExceptions exceptions) {
		this.jdbc = jdbc;
		this.exceptions = exceptions;
	}

	void confirm(Collection<String> stockIds, LocalDateTime now) {
		if (stockIds.isEmpty()) {
			return;
		}
		List<String> keys = jdbc
			.sql("SELECT item_key FROM sync_ledger WHERE khaos_stock_id IN (:ids) AND status = 'PUBLISHED' "
					+ "ORDER BY item_key FOR UPDATE")
			.param("ids", stockIds)
			.query(String.class)
			.list();
		if (keys.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE sync_ledger SET status = 'CONFIRMED', confirmed_at = :now, updated_at = :now "
				+ "WHERE item_key IN (:keys) AND status = 'PUBLISHED'")
			.param("now", now)
			.param("keys", keys)
			.update();
		for (String key : keys) {
			jdbc.sql("INSERT INTO sync_ledger_history (item_key, job_execution_id, event, detail, created_at) "
					+ "VALUES (?, NULL, 'CONFIRMED', 'Khaos Control Cloud uploaded the item (StockUpload)', ?)")
				.params(key, now)
				.update();
		}
		exceptions.resolve(keys, Rule.KHAOS_NOT_CONFIRMED.code());
	}

}
