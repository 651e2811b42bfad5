package com.akeneokhaos.ledger;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Marks published ledger items CONFIRMED once Khaos uploads them back: Khaos now holds the item. Only
 * PUBLISHED rows change, so a repeated upload (or one naming a discontinued item) changes nothing.
 */
@Repository
public class LedgerConfirmations {

	private final JdbcClient jdbc;

	LedgerConfirmations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Confirms the published items Khaos holds under these StockIDs; returns the item keys it confirmed. */
	public List<String> confirm(Collection<String> stockIds, LocalDateTime now) {
		if (stockIds.isEmpty()) {
			return List.of();
		}
		List<String> keys = jdbc
			.sql("SELECT item_key FROM sync_ledger WHERE khaos_stock_id IN (:ids) AND status = 'PUBLISHED' "
					+ "ORDER BY item_key FOR UPDATE")
			.param("ids", stockIds)
			.query(String.class)
			.list();
		if (keys.isEmpty()) {
			return keys;
		}
		jdbc.sql("UPDATE sync_ledger SET status = 'CONFIRMED', confirmed_at = :now, updated_at = :now "
				+ "WHERE item_key IN (:keys) AND status = 'PUBLISHED'")
			.param("now", now)
			.param("keys", keys)
			.update();
		for (String key : keys) {
			jdbc.sql(Ledger.HISTORY_INSERT)
				.params(key, null, "CONFIRMED", "Khaos Control Cloud uploaded the item (StockUpload)", now)
				.update();
		}
		return keys;
	}

}
