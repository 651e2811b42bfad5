package com.akeneokhaos.khaos;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.ledger.Ledger;

/**
 * Reads the Khaos mirror: the stock items as Khaos Control Cloud last uploaded them (StockUpload). The
 * reconciliation compares them with Akeneo; only {@link KhaosMirror} writes them.
 */
@Repository
public class MirrorItems {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final JdbcClient jdbc;

	MirrorItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The live (not deleted in Khaos) mirror items with these StockIDs, by StockID. */
	public Map<String, MirrorItem> byStockIds(Collection<String> stockIds) {
		if (stockIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT stock_id, stock_code, payload, received_at FROM khaos_mirror_item "
				+ "WHERE stock_id IN (:ids) AND NOT deleted")
			.param("ids", stockIds)
			.query(MirrorItems::item)
			.list()
			.stream()
			.collect(Collectors.toMap(MirrorItem::stockId, Function.identity()));
	}

	/**
	 * Live mirror items the ledger does not know (items made in Khaos, not by the sync) that hold any of these
	 * stock codes ignoring case, by {@link Ledger#codeKey} of their code.
	 */
	public Map<String, MirrorItem> unknownToLedgerByCodes(Collection<String> stockCodes) {
		if (stockCodes.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT m.stock_id, m.stock_code, m.payload, m.received_at FROM khaos_mirror_item m "
				+ "WHERE m.stock_code_key IN (:keys) AND NOT m.deleted AND NOT EXISTS "
				+ "(SELECT 1 FROM sync_ledger l WHERE l.khaos_stock_id = m.stock_id)")
			.param("keys", stockCodes.stream().map(Ledger::codeKey).distinct().toList())
			.query(MirrorItems::item)
			.list()
			.stream()
			.collect(Collectors.toMap(item -> Ledger.codeKey(item.stockCode()), Function.identity(), (a, b) -> a));
	}

	/** A page of the live mirror items the ledger does not know, in StockID order after {@code afterStockId}. */
	public List<MirrorItem> unknownToLedger(String afterStockId, int limit) {
		return jdbc.sql("SELECT m.stock_id, m.stock_code, m.payload, m.received_at FROM khaos_mirror_item m "
				+ "WHERE m.stock_id > ? AND NOT m.deleted AND NOT EXISTS "
				+ "(SELECT 1 FROM sync_ledger l WHERE l.khaos_stock_id = m.stock_id) ORDER BY m.stock_id LIMIT ?")
			.params(afterStockId, limit)
			.query(MirrorItems::item)
			.list();
	}

	private static MirrorItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new MirrorItem(rs.getString(1), rs.getString(2), JSON.readTree(rs.getString(3)),
				rs.getObject(4, LocalDateTime.class));
	}

	/** One stock item as Khaos last uploaded it. */
	public record MirrorItem(String stockId, String stockCode, JsonNode payload, LocalDateTime receivedAt) {
	}

}
