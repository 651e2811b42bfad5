package com.akeneokhaos.sync;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sync ledger: one row per Akeneo item (product or model) with the Khaos item it maps to and the
 * hash of what was last published. Written only inside a chunk's transaction, together with the outbox.
 */
@Repository
public class Ledger {

	private static final String COLUMNS = "item_key, kind, akeneo_uuid, parent_code, sku, khaos_stock_id, "
			+ "khaos_stock_code, payload_hash, status, first_published_at, confirmed_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	public Ledger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<LedgerEntry> find(String itemKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_ledger WHERE item_key = ?")
			.param(itemKey)
			.query(LedgerRows::entry)
			.optional();
	}

	public Map<String, LedgerEntry> findAll(Collection<String> itemKeys) {
		if (itemKeys.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_ledger WHERE item_key IN (:keys)")
			.param("keys", itemKeys)
			.query(LedgerRows::entry)
			.list()
			.stream()
			.collect(Collectors.toMap(LedgerEntry::itemKey, Function.identity()));
	}

	/** The live item, other than {@code itemKey}, that holds this stock code ignoring case, if any. */
	public Optional<LedgerEntry> holderOfStockCode(String stockCode, String itemKey) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM sync_ledger WHERE stock_code_key = ? AND item_key <> ? "
					+ "AND status <> 'DISCONTINUED' LIMIT 1")
			.params(codeKey(stockCode), itemKey)
			.query(LedgerRows::entry)
			.optional();
	}

	public void recordPublished(MappedItem item, String payloadHash, long jobExecutionId, boolean created) {
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO sync_ledger (item_key, kind, akeneo_uuid, parent_code, family, sku, khaos_stock_id,
				  khaos_stock_code, stock_code_key, payload_hash, status, akeneo_updated, first_published_at,
				  last_published_at, last_job_execution_id, created_at, updated_at)
				VALUES (:key, :kind, :uuid, :parent, :family, :sku, :stockId, :code, :codeKey, :hash, 'PUBLISHED',
				  :updated, :now, :now, :execution, :now, :now)
				ON DUPLICATE KEY UPDATE kind = VALUES(kind), akeneo_uuid = VALUES(akeneo_uuid),
				  parent_code = VALUES(parent_code), family = VALUES(family), sku = VALUES(sku),
				  khaos_stock_code = VALUES(khaos_stock_code), stock_code_key = VALUES(stock_code_key),
				  payload_hash = VALUES(payload_hash), akeneo_updated = VALUES(akeneo_updated),
				  first_published_at = COALESCE(first_published_at, VALUES(first_published_at)),
				  last_published_at = VALUES(last_published_at),
				  last_job_execution_id = VALUES(last_job_execution_id), updated_at = VALUES(updated_at)
				""")
			.param("key", item.itemKey())
			.param("kind", item.kind().name())
			.param("uuid", item.akeneoUuid())
			.param("parent", item.parentCode())
			.param("family", item.family())
			.param("sku", item.sku())
			.param("stockId", item.stockId())
			.param("code", item.stockCode())
			.param("codeKey", codeKey(item.stockCode()))
			.param("hash", payloadHash)
			.param("updated", item.akeneoUpdated())
			.param("now", now)
			.param("execution", jobExecutionId)
			.update();
		history(item.itemKey(), jobExecutionId, created ? "CREATED" : "UPDATED",
				(created ? "Published as new Khaos item " : "Published changes to Khaos item ") + item.stockId()
						+ " with stock code " + item.stockCode());
	}

	/** Marks that an item was seen unchanged in this run, without touching what was published. */
	public void recordSeen(Collection<String> itemKeys, long jobExecutionId) {
		if (!itemKeys.isEmpty()) {
			jdbc.sql("UPDATE sync_ledger SET last_job_execution_id = :execution WHERE item_key IN (:keys)")
				.param("execution", jobExecutionId)
				.param("keys", itemKeys)
				.update();
		}
	}

	public void history(String itemKey, long jobExecutionId, String event, String detail) {
		jdbc.sql("INSERT INTO sync_ledger_history (item_key, job_execution_id, event, detail, created_at) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(itemKey, jobExecutionId, event, detail, LocalDateTime.now(clock))
			.update();
	}

	public List<LedgerEntry> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_ledger ORDER BY item_key").query(LedgerRows::entry).list();
	}

	static @Nullable String codeKey(@Nullable String stockCode) {
		return (stockCode == null) ? null : stockCode.toUpperCase(Locale.ROOT);
	}

}
