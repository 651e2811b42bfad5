package com.akeneokhaos.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code sync_exception} for the admin API, never writing it (only the {@code problems} package does). Each
 * row is one broken rule of one item found by one run; first and last seen tell since when, and until when, runs
 * have found the same rule broken on the same item.
 */
@Component
public class ExceptionRows {

	private static final String SELECT = """
			SELECT e.id, e.rule_code, e.job_name, e.job_execution_id, e.item_key, e.akeneo_uuid, e.sku,
			  l.khaos_stock_code, e.khaos_field, e.offending_value, e.message, e.created_at, e.resolved_at,
			  (SELECT MIN(f.created_at) FROM sync_exception f WHERE f.item_key = e.item_key
			    AND f.rule_code = e.rule_code) first_seen,
			  (SELECT MAX(f.created_at) FROM sync_exception f WHERE f.item_key = e.item_key
			    AND f.rule_code = e.rule_code) last_seen
			FROM sync_exception e
			LEFT JOIN sync_ledger l ON l.item_key = e.item_key
			""";

	private final JdbcClient jdbc;

	ExceptionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rows the filter matches, newest first. */
	public List<ExceptionView> find(Filter filter, int limit) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.rule() != null) {
			conditions.add("e.rule_code = :rule");
			params.put("rule", filter.rule());
		}
		if (filter.job() != null) {
			conditions.add("e.job_name = :job");
			params.put("job", filter.job());
		}
		if (filter.sku() != null) {
			conditions.add("(e.sku = :sku OR l.khaos_stock_code = :sku)");
			params.put("sku", filter.sku());
		}
		if (filter.state() != null) {
			conditions.add(filter.state().equals("open") ? "e.resolved_at IS NULL" : "e.resolved_at IS NOT NULL");
		}
		params.put("limit", limit);
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n";
		return jdbc.sql(SELECT + where + "ORDER BY e.id DESC LIMIT :limit")
			.params(params)
			.query(ExceptionRows::view)
			.list();
	}

	private static ExceptionView view(ResultSet rs, int rowNum) throws SQLException {
		LocalDateTime resolved = rs.getObject("resolved_at", LocalDateTime.class);
		Long executionId = rs.getObject("job_execution_id", Long.class);
		return new ExceptionView(rs.getLong("id"), rs.getString("rule_code"), rs.getString("job_name"),
				executionId, rs.getString("item_key"), rs.getString("akeneo_uuid"),
				rs.getString("sku"), rs.getString("khaos_stock_code"), rs.getString("khaos_field"),
				rs.getString("offending_value"), rs.getString("message"), (resolved == null) ? "open" : "resolved",
				rs.getObject("created_at", LocalDateTime.class), rs.getObject("first_seen", LocalDateTime.class),
				rs.getObject("last_seen", LocalDateTime.class), resolved);
	}

	/**
	 * What to list; a null part matches every row.
	 *
	 * @param rule a rule code
	 * @param job a job name
	 * @param sku a SKU or Khaos stock code
	 * @param state {@code open} or {@code resolved}
	 */
	public record Filter(@Nullable String rule, @Nullable String job, @Nullable String sku, @Nullable String state) {
	}

	/**
	 * One exception row.
	 *
	 * @param id the row id
	 * @param rule the rule code (see the README's rule list)
	 * @param job the job whose run found it
	 * @param jobExecutionId that run's execution
	 * @param itemKey the item (product uuid, or {@code model:<code>})
	 * @param akeneoUuid the product's uuid in Akeneo
	 * @param sku the SKU
	 * @param stockCode the item's Khaos stock code, if it has been published
	 * @param field the Khaos field concerned
	 * @param offendingValue the value that breaks the rule
	 * @param message what to fix, in words a merchandiser can act on
	 * @param state {@code open} or {@code resolved}
	 * @param recordedAt when this row was recorded
	 * @param firstSeen the first time a run found this rule broken on this item
	 * @param lastSeen the last time a run found it
	 * @param resolvedAt when it was resolved; null while open
	 */
	public record ExceptionView(long id, String rule, @Nullable String job, @Nullable Long jobExecutionId, String itemKey,
			@Nullable String akeneoUuid, @Nullable String sku, @Nullable String stockCode, @Nullable String field,
			@Nullable String offendingValue, String message, String state, LocalDateTime recordedAt,
			LocalDateTime firstSeen, LocalDateTime lastSeen, @Nullable LocalDateTime resolvedAt) {
	}

}
