package com.akeneokhaos.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

final class LedgerRows {

	private LedgerRows() {
	}

	static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getString("item_key"), ItemKind.valueOf(rs.getString("kind")),
				rs.getString("akeneo_uuid"), rs.getString("parent_code"), rs.getString("family"), rs.getString("sku"),
				rs.getString("khaos_stock_id"), rs.getString("khaos_stock_code"), rs.getString("payload_hash"),
				LedgerStatus.valueOf(rs.getString("status")), rs.getObject("first_published_at", LocalDateTime.class),
				rs.getObject("confirmed_at", LocalDateTime.class), rs.getString("categories"));
	}

}
