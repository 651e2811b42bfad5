package com.akeneokhaos.ledger;


import java.sql.Types;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sync ledger: one row per Akeneo item (product or model) with the Khaos item it maps to and the
 * hash of what was last published. Written only inside a chunk's transaction, together with the outbox.
 */
@Repository
public class Ledger {

	static final String COLUMNS = "item_key, kind, akeneo_uuid, parent_code, family, sku, khaos_stock_id, "
			+ "khaos_stock_code, payload_hash, status, first_published_at, confirmed_at, categories";

	static final String HISTORY_INSERT = "INSERT INTO sync_ledger_history (item_key, job_execution_id, "
			+ "event, detail, created_at) VALUES (?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	private final LedgerCategories categories;

	public Ledger(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.categories = new LedgerCategories(jdbc, batch);
	}

	/** The categories each item was last seen in. */
	public LedgerCategories categories() {
		return categories;
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

	/**
	 * Locks the stock code claims until the current transaction ends: a chunk of another job or instance that
	 * claims codes waits here until this one committed, then sees the codes it wrote.
	 */
	public void lockStockCodeClaims() {
		jdbc.sql("SELECT name FROM sync_mutex WHERE name = 'stock-codes' FOR UPDATE").query(String.class).single();
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

	/**
	 * The live items (not discontinued) holding any of these stock codes ignoring case, grouped by
	 * {@link #codeMatchKey} of their {@code stock_code_key}: what {@link #holderOfStockCode} would find for
	 * each code, in one query. Within a code, holders come in {@code item_key} order.
	 */
	public Map<String, List<LedgerEntry>> liveHoldersOfStockCodes(Collection<String> stockCodes) {
		return holdersOf(stockCodes, "status <> 'DISCONTINUED'");
	}

	/**
	 * The discontinued items holding any of these stock codes ignoring case (Khaos keeps a discontinued
	 * item's code), grouped as {@link #liveHoldersOfStockCodes} groups them.
	 */
	public Map<String, List<LedgerEntry>> discontinuedHoldersOf(Collection<String> stockCodes) {
		return holdersOf(stockCodes, "status = 'DISCONTINUED'");
	}

	private Map<String, List<LedgerEntry>> holdersOf(Collection<String> stockCodes, String statusCondition) {
		if (stockCodes.isEmpty()) {
			return Map.of();
		}
		List<String> keys = stockCodes.stream().map(Ledger::codeKey).distinct().toList();
		Map<String, List<LedgerEntry>> holders = new HashMap<>();
		jdbc.sql("SELECT " + COLUMNS + ", stock_code_key FROM sync_ledger WHERE stock_code_key IN (:keys) AND "
				+ statusCondition + " ORDER BY stock_code_key, item_key")
			.param("keys", keys)
			.query((rs, row) -> Map.entry(codeMatchKey(rs.getString("stock_code_key")), LedgerRows.entry(rs, row)))
			.list()
			.forEach(e -> holders.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return holders;
	}

	/**
	 * Upserts the ledger rows of published items (a JDBC batch for those that replace another item, one for the
	 * rest): {@code first_published_at} stays that of the first publication, the status of an existing row is
	 * left as it is. {@code fullRead} says the run reads every Akeneo item (see {@link #unseenBy}).
	 */
	public void recordPublished(List<Publication> publications, long jobExecutionId, boolean fullRead) {
		if (publications.isEmpty()) {
			return;
		}
		publications.stream()
			.collect(Collectors.partitioningBy(publication -> publication.replaced() != null))
			.forEach((replaced, group) -> upsertPublished(group, replaced, jobExecutionId, fullRead));
		markParentsOf(publications);
	}

	/**
	 * One batch for items replaced or not: the driver sends a batch as one multi-row statement only when no
	 * parameter follows {@code ON DUPLICATE KEY UPDATE}, so that part names {@code VALUES(...)} and literals.
	 */
	private void upsertPublished(List<Publication> publications, boolean replaced, long jobExecutionId,
			boolean fullRead) {
		if (publications.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[publications.size()];
		for (int i = 0; i < rows.length; i++) {
			Publication publication = publications.get(i);
			LedgerItem item = publication.item();
			rows[i] = new MapSqlParameterSource().addValue("key", item.itemKey())
				.addValue("kind", item.kind().name())
				.addValue("uuid", item.akeneoUuid(), Types.VARCHAR)
				.addValue("parent", item.parentCode(), Types.VARCHAR)
				.addValue("parentStockId", item.parentStockId(), Types.VARCHAR)
				.addValue("family", item.family(), Types.VARCHAR)
				.addValue("sku", item.sku(), Types.VARCHAR)
				.addValue("stockId", item.stockId())
				.addValue("code", item.stockCode(), Types.VARCHAR)
				.addValue("codeKey", codeKey(item.stockCode()), Types.VARCHAR)
				.addValue("hash", publication.payloadHash())
				.addValue("updated", item.akeneoUpdated(), Types.VARCHAR)
				.addValue("categories", LedgerCategories.text(item.categories()))
				.addValue("now", LocalDateTime.now(clock))
				.addValue("execution", jobExecutionId)
				.addValue("fullRead", fullRead ? jobExecutionId : null, Types.BIGINT);
		}
		batch.batchUpdate("""
				INSERT INTO sync_ledger (item_key, kind, akeneo_uuid, parent_code, parent_stock_id, family, categories,
				  sku, khaos_stock_id,
				  khaos_stock_code, stock_code_key, payload_hash, status, akeneo_updated, first_published_at,
				  last_published_at, last_job_execution_id, last_full_read_execution_id, created_at, updated_at)
				VALUES (:key, :kind, :uuid, :parent, :parentStockId, :family, :categories, :sku, :stockId, :code,
				  :codeKey, :hash, 'PUBLISHED',
				  :updated, :now, :now, :execution, :fullRead, :now, :now)
				ON DUPLICATE KEY UPDATE kind = VALUES(kind), akeneo_uuid = VALUES(akeneo_uuid),
				  khaos_stock_id = VALUES(khaos_stock_id), confirmed_at = IF(%1$s, NULL, confirmed_at),
				  parent_code = VALUES(parent_code), parent_stock_id = VALUES(parent_stock_id),
				  family = VALUES(family), categories = VALUES(categories), sku = VALUES(sku),
				  khaos_stock_code = VALUES(khaos_stock_code), stock_code_key = VALUES(stock_code_key),
				  payload_hash = VALUES(payload_hash), akeneo_updated = VALUES(akeneo_updated),
				  first_published_at = IF(%1$s, VALUES(first_published_at),
				    COALESCE(first_published_at, VALUES(first_published_at))),
				  last_published_at = VALUES(last_published_at),
				  last_job_execution_id = VALUES(last_job_execution_id),
				  last_full_read_execution_id = COALESCE(VALUES(last_full_read_execution_id),
				    last_full_read_execution_id),
				  updated_at = VALUES(updated_at),
				  status = IF(%1$s OR status = 'DISCONTINUED', 'PUBLISHED', status)
				""".formatted(replaced), rows);
	}

	/** The SCS parents of these items have had children in Khaos (one statement, if any are children). */
	private void markParentsOf(List<Publication> publications) {
		List<String> parents = publications.stream()
			.map(publication -> publication.item().parentStockId())
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		if (!parents.isEmpty()) {
			jdbc.sql("UPDATE sync_ledger SET had_children = TRUE WHERE khaos_stock_id IN (:parents) AND NOT had_children")
				.param("parents", parents)
				.update();
		}
	}

	/**
	 * Items retired to free their stock codes (after {@link #recordPublished}, which moves a replaced
	 * product's row to its new StockID): an archived item gets a row of its own, discontinued, under its
	 * archive key; any other is discontinued where it is. Both keep the freed code.
	 */
	public void recordRetired(List<Retirement> retirements, long jobExecutionId) {
		for (Retirement retired : retirements) {
			LedgerEntry old = retired.old();
			LocalDateTime now = LocalDateTime.now(clock);
			jdbc.sql("""
					INSERT INTO sync_ledger (item_key, kind, akeneo_uuid, parent_code, sku, khaos_stock_id,
					  khaos_stock_code, stock_code_key, payload_hash, status, first_published_at, confirmed_at,
					  last_job_execution_id, created_at, updated_at)
					VALUES (:key, :kind, :uuid, :parent, :sku, :stockId, :code, :codeKey, :hash, 'DISCONTINUED',
					  :firstPublished, :confirmed, :execution, :now, :now)
					ON DUPLICATE KEY UPDATE status = 'DISCONTINUED', khaos_stock_code = VALUES(khaos_stock_code),
					  stock_code_key = VALUES(stock_code_key), last_job_execution_id = VALUES(last_job_execution_id),
					  updated_at = VALUES(updated_at)
					""")
				.param("key", retired.archiveKey())
				.param("kind", old.kind().name())
				.param("uuid", old.akeneoUuid(), Types.VARCHAR)
				.param("parent", old.parentCode(), Types.VARCHAR)
				.param("sku", old.sku(), Types.VARCHAR)
				.param("stockId", old.stockId())
				.param("code", retired.freedCode())
				.param("codeKey", codeKey(retired.freedCode()))
				.param("hash", old.payloadHash(), Types.CHAR)
				.param("firstPublished", old.firstPublishedAt(), Types.TIMESTAMP)
				.param("confirmed", old.confirmedAt(), Types.TIMESTAMP)
				.param("execution", jobExecutionId)
				.param("now", now)
				.update();
		}
	}

	/** Audit trail rows of one execution, one JDBC batch. */
	public void recordHistory(List<LedgerEvent> events, long jobExecutionId) {
		if (events.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.now(clock);
		batch.getJdbcOperations()
			.batchUpdate(HISTORY_INSERT, events.stream()
				.map(event -> new Object[] { event.itemKey(), jobExecutionId, event.name(), event.detail(), now })
				.toList());
	}

	/**
	 * Marks that items were seen unchanged (or rejected) in this run, without touching what was published;
	 * {@code fullRead} as for {@link #recordPublished}.
	 */
	public void recordSeen(Collection<String> itemKeys, long jobExecutionId, boolean fullRead) {
		if (!itemKeys.isEmpty()) {
			jdbc.sql("UPDATE sync_ledger SET last_job_execution_id = :execution, last_full_read_execution_id = "
					+ "COALESCE(:fullRead, last_full_read_execution_id) WHERE item_key IN (:keys)")
				.param("execution", jobExecutionId)
				.param("fullRead", fullRead ? jobExecutionId : null, Types.BIGINT)
				.param("keys", itemKeys)
				.update();
		}
	}

	/**
	 * Forgets what was last published for these items (their Khaos copy is known to differ from it), so the
	 * next publication sends them again whatever their hash; {@code asNew} also forgets that they were ever
	 * published (Khaos never confirmed them), so they go out again as new items, with the fields Khaos needs
	 * to create one.
	 */
	public void forgetPublished(Collection<String> itemKeys, boolean asNew) {
		if (!itemKeys.isEmpty()) {
			jdbc.sql("UPDATE sync_ledger SET payload_hash = NULL, first_published_at = IF(:asNew, NULL, "
					+ "first_published_at) WHERE item_key IN (:keys)")
				.param("asNew", asNew)
				.param("keys", itemKeys)
				.update();
		}
	}

	/** How many history events of this kind (e.g. STRUCTURE_CHANGED) the execution wrote. */
	public long countEvents(long jobExecutionId, String event) {
		return jdbc.sql("SELECT COUNT(*) FROM sync_ledger_history WHERE job_execution_id = ? AND event = ?")
			.params(jobExecutionId, event)
			.query(Long.class)
			.single();
	}

	/**
	 * Live items Khaos holds that no execution of this job instance (one that reads every item) saw: their
	 * Akeneo item is gone. Only full reads count: a delta-sync that touched an item while the refresh ran
	 * says nothing about what the refresh saw.
	 */
	public List<LedgerEntry> unseenBy(long jobInstanceId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_ledger WHERE status <> 'DISCONTINUED' "
				+ "AND first_published_at IS NOT NULL AND (last_full_read_execution_id IS NULL OR "
				+ "last_full_read_execution_id "
				+ "NOT IN (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)) ORDER BY item_key")
			.param(jobInstanceId)
			.query(LedgerRows::entry)
			.list();
	}

	/** Live SCS parents that had children in Khaos and have none left. */
	public List<LedgerEntry> childlessParents() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM sync_ledger m WHERE m.kind = 'MODEL' AND m.status <> "
				+ "'DISCONTINUED' AND m.had_children AND NOT EXISTS (SELECT 1 FROM sync_ledger c "
				+ "WHERE c.parent_stock_id = m.khaos_stock_id AND c.status <> 'DISCONTINUED') ORDER BY m.item_key")
			.query(LedgerRows::entry)
			.list();
	}

	/** How many items Khaos holds that are not discontinued. */
	public long liveCount() {
		return jdbc.sql("SELECT COUNT(*) FROM sync_ledger WHERE status <> 'DISCONTINUED' "
				+ "AND first_published_at IS NOT NULL").query(Long.class).single();
	}

	/** Marks an item discontinued in Khaos, with the reason in its history. */
	public void recordDiscontinued(String itemKey, long jobExecutionId, String why) {
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("UPDATE sync_ledger SET status = 'DISCONTINUED', last_job_execution_id = ?, updated_at = ? "
				+ "WHERE item_key = ?")
			.params(jobExecutionId, now, itemKey)
			.update();
		jdbc.sql(HISTORY_INSERT).params(itemKey, jobExecutionId, "DISCONTINUED", why, now).update();
	}

	/**
	 * Links an Akeneo product to an item Khaos already holds that the sync did not make (an operator's
	 * decision): the product's row names that item, as published and confirmed but with no payload remembered,
	 * so the next run compares the two and sends Khaos what Akeneo says.
	 */
	public void adopt(String akeneoUuid, String stockId, String stockCode, long jobExecutionId) {
		LocalDateTime now = LocalDateTime.now(clock);
		jdbc.sql("""
				INSERT INTO sync_ledger (item_key, kind, akeneo_uuid, khaos_stock_id, khaos_stock_code, stock_code_key,
				  status, first_published_at, confirmed_at, last_job_execution_id, created_at, updated_at)
				VALUES (?, 'SIMPLE', ?, ?, ?, ?, 'CONFIRMED', ?, ?, ?, ?, ?)""")
			.params(akeneoUuid, akeneoUuid, stockId, stockCode, codeKey(stockCode), now, now, jobExecutionId, now, now)
			.update();
		jdbc.sql(HISTORY_INSERT).params(akeneoUuid, jobExecutionId, "LINKED", "Linked by an operator to Khaos item "
				+ stockId + " (stock code " + stockCode + "), which was made in Khaos", now).update();
	}

	/** How many published items wait for Khaos to confirm them, and since when the oldest has. */
	public Unconfirmed unconfirmed() {
		return jdbc.sql("SELECT COUNT(*), MIN(COALESCE(first_published_at, last_published_at, created_at)) "
				+ "FROM sync_ledger WHERE status = 'PUBLISHED'")
			.query((rs, row) -> new Unconfirmed(rs.getLong(1), rs.getObject(2, LocalDateTime.class)))
			.single();
	}

	public static @Nullable String codeKey(@Nullable String stockCode) {
		return (stockCode == null) ? null : stockCode.toUpperCase(Locale.ROOT);
	}

	/**
	 * The form under which the database's {@code utf8mb4_bin} (a PAD SPACE collation) finds two keys equal:
	 * trailing spaces do not count. Only for matching prefetched rows as {@code =} would.
	 */
	public static String codeMatchKey(String key) {
		int end = key.length();
		while (end > 0 && key.charAt(end - 1) == ' ') {
			end--;
		}
		return key.substring(0, end);
	}

	/**
	 * Published items Khaos has not confirmed yet (status PUBLISHED: no StockUpload since), and when the oldest of
	 * them was published.
	 * @param oldestPublished null when none waits; UTC, as the ledger's times
	 */
	public record Unconfirmed(long count, @Nullable LocalDateTime oldestPublished) {
	}

	/**
	 * One item to publish, with what the ledger held for it before ({@code null} when new) and, when the
	 * item replaces the product's former Khaos item, that item's retirement.
	 */
	public record Publication(LedgerItem item, String payloadHash, boolean created, @Nullable LedgerEntry previous,
			@Nullable Retirement replaced) {
	}

}
