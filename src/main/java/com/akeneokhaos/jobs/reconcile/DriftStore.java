package com.akeneokhaos.jobs.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The drift report's tables: one report per job instance ({@code sync_drift_report}), its rows
 * ({@code sync_drift_item}, written in the chunk that found them, so a restart neither loses nor repeats one)
 * and, for a dry run, the items it saw ({@code sync_drift_seen}: a dry run leaves the ledger alone).
 */
@Repository
class DriftStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	DriftStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Starts the instance's report, or notes that a restart carries it on. */
	void open(long instanceId, long executionId, boolean dryRun) {
		jdbc.sql("INSERT INTO sync_drift_report (job_instance_id, job_execution_id, dry_run, started_at) "
				+ "VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE job_execution_id = VALUES(job_execution_id)")
			.params(instanceId, executionId, dryRun, LocalDateTime.now(clock))
			.update();
	}

	/** Rows found by one chunk or step (one JDBC batch), in its transaction. */
	void record(long instanceId, long executionId, boolean dryRun, List<Drift> drifts) {
		if (drifts.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.now(clock);
		batch.batchUpdate("""
				INSERT INTO sync_drift_item (job_instance_id, job_execution_id, item_key, stock_id, stock_code,
				  akeneo_uuid, kind, field, akeneo_value, khaos_value, action, detail, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", drifts.stream()
			.map(drift -> new Object[] { instanceId, executionId, drift.itemKey(), drift.stockId(),
					cut(drift.stockCode(), 255), drift.akeneoUuid(), drift.kind().code(), drift.field(),
					cut(drift.akeneoValue(), 1000), cut(drift.khaosValue(), 1000), drift.kind().action(dryRun),
					cut(drift.detail(), 2000), now })
			.toList());
	}

	/** A dry run's record of the items it saw in Akeneo (one JDBC batch). */
	void recordSeen(long instanceId, Collection<String> itemKeys) {
		batch.batchUpdate("INSERT IGNORE INTO sync_drift_seen (job_instance_id, item_key) VALUES (?, ?)",
				itemKeys.stream().map(key -> new Object[] { instanceId, key }).toList());
	}

	/** The live items Khaos holds that the dry run did not see in Akeneo: (key, StockID, code). */
	List<Drift> unseenByDryRun(long instanceId) {
		return jdbc.sql("SELECT l.item_key, l.khaos_stock_id, l.khaos_stock_code, l.akeneo_uuid FROM sync_ledger l "
				+ "WHERE l.status <> 'DISCONTINUED' AND l.first_published_at IS NOT NULL AND NOT EXISTS "
				+ "(SELECT 1 FROM sync_drift_seen s WHERE s.job_instance_id = ? AND s.item_key = l.item_key) "
				+ "ORDER BY l.item_key")
			.param(instanceId)
			.query((rs, row) -> Drift.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					DriftKind.DELETED_IN_AKENEO, "No longer in Akeneo"))
			.list();
	}

	/** The StockIDs of the Khaos items already reported with a proposed link (its Khaos value) in this report. */
	Set<String> proposedLinks(long instanceId) {
		return Set.copyOf(jdbc.sql("SELECT khaos_value FROM sync_drift_item WHERE job_instance_id = ? AND kind = ?")
			.params(instanceId, DriftKind.KHAOS_HOLDS_CODE.code())
			.query(String.class)
			.list());
	}

	/** Drift rows by kind, in {@link DriftKind} order, kinds without rows left out. */
	Map<String, Long> countsByKind(long instanceId) {
		Map<String, Long> found = new LinkedHashMap<>();
		jdbc.sql("SELECT kind, COUNT(*) FROM sync_drift_item WHERE job_instance_id = ? GROUP BY kind")
			.param(instanceId)
			.query((ResultSet rs) -> {
				found.put(rs.getString(1), rs.getLong(2));
			});
		Map<String, Long> ordered = new LinkedHashMap<>();
		for (DriftKind kind : DriftKind.values()) {
			if (found.containsKey(kind.code())) {
				ordered.put(kind.code(), found.get(kind.code()));
			}
		}
		return ordered;
	}

	/** Every row of the report, kind by kind, streamed. */
	void forEachRow(long instanceId, Consumer<DriftRow> each) {
		jdbc.sql("SELECT kind, item_key, stock_id, stock_code, akeneo_uuid, field, akeneo_value, khaos_value, action, "
				+ "detail FROM sync_drift_item WHERE job_instance_id = ? ORDER BY kind, id")
			.param(instanceId)
			.query((ResultSet rs) -> {
				each.accept(row(rs));
			});
	}

	void finish(long instanceId, String countsJson, String jsonPath, String htmlPath) {
		jdbc.sql("UPDATE sync_drift_report SET finished_at = ?, counts = ?, json_path = ?, html_path = ? "
				+ "WHERE job_instance_id = ?")
			.params(LocalDateTime.now(clock), countsJson, jsonPath, htmlPath, instanceId)
			.update();
	}

	private static DriftRow row(ResultSet rs) throws SQLException {
		return new DriftRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/** One stored row of a report, as the report files show it. */
	record DriftRow(String kind, String itemKey, String stockId, String stockCode, String akeneoUuid, String field,
			String akeneoValue, String khaosValue, String action, String detail) {
	}

}
