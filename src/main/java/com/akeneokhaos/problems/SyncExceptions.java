package com.akeneokhaos.problems;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Items held back from Khaos, one row per broken rule, with the reason in words a merchandiser can
 * act on. Nothing rejected is ever silently dropped: it is here, counted and reported.
 */
@Repository
public class SyncExceptions {

	private final JdbcClient jdbc;

	private final Clock clock;

	public SyncExceptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records a broken rule of an item, once per job instance: an execution restarted after a crash may meet an
	 * item again that an earlier attempt of the same run already rejected (a delta reads several searches, and
	 * which items an earlier search handed out is not kept across a crash); the row that attempt committed
	 * stands. Every new run records the rule again.
	 */
	public void record(ExceptionContext context, Violation violation) {
		String offending = truncate(violation.offendingValue(), 1000);
		if (context.jobExecutionId() != null && recordedInThisRun(context, violation, offending)) {
			return;
		}
		jdbc.sql("""
				INSERT INTO sync_exception (job_execution_id, job_name, item_key, akeneo_uuid, sku, rule_code,
				  khaos_field, offending_value, message, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(context.jobExecutionId(), context.jobName(), context.itemKey(), context.akeneoUuid(),
					truncate(context.sku(), 255), violation.rule().code(), violation.field(), offending,
					truncate(violation.message(), 2000), LocalDateTime.now(clock))
			.update();
	}

	/**
	 * A plain (non-locking) read: the rows of a chunk that is failing are still locked when its rejections are
	 * recorded in a transaction of their own, and a locking read would wait for that chunk.
	 */
	private boolean recordedInThisRun(ExceptionContext context, Violation violation, String offending) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM sync_exception e
				JOIN BATCH_JOB_EXECUTION earlier ON earlier.JOB_EXECUTION_ID = e.job_execution_id
				JOIN BATCH_JOB_EXECUTION this ON this.JOB_INSTANCE_ID = earlier.JOB_INSTANCE_ID
				WHERE this.JOB_EXECUTION_ID = ? AND e.item_key = ? AND e.rule_code = ? AND e.khaos_field <=> ?
				  AND e.offending_value <=> ?""")
			.params(context.jobExecutionId(), context.itemKey(), violation.rule().code(), violation.field(), offending)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records a problem that lasts until it is resolved (see {@link #resolve}) once, not once per run: an item that
	 * already has an open exception of the same rule gets no second one.
	 */
	public void recordUnlessOpen(ExceptionContext context, Violation violation) {
		if (openMessages(List.of(context.itemKey()), violation.rule()).isEmpty()) {
			record(context, violation);
		}
	}

	/** The message of the newest open exception of a rule, by item key, for those of these items that have one. */
	public Map<String, String> openMessages(Collection<String> itemKeys, Rule rule) {
		Map<String, String> messages = new LinkedHashMap<>();
		if (itemKeys.isEmpty()) {
			return messages;
		}
		jdbc.sql("SELECT item_key, message FROM sync_exception WHERE item_key IN (:keys) AND rule_code = :rule "
				+ "AND resolved_at IS NULL ORDER BY id")
			.param("keys", itemKeys)
			.param("rule", rule.code())
			.query(rs -> {
				messages.put(rs.getString(1), rs.getString(2));
			});
		return messages;
	}

	/** Exception counts of one job execution by rule code, most frequent first. */
	public Map<String, Long> countByRule(long jobExecutionId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT rule_code, COUNT(*) n FROM sync_exception WHERE job_execution_id = ? "
				+ "GROUP BY rule_code ORDER BY n DESC, rule_code")
			.param(jobExecutionId)
			.query(rs -> {
				counts.put(rs.getString("rule_code"), rs.getLong("n"));
			});
		return counts;
	}

	/** Closes the open exceptions of one rule for these items: what they reported is over. */
	public void resolve(Collection<String> itemKeys, String ruleCode) {
		if (!itemKeys.isEmpty()) {
			jdbc.sql("UPDATE sync_exception SET resolved_at = :now WHERE item_key IN (:keys) AND rule_code = :rule "
					+ "AND resolved_at IS NULL")
				.param("now", LocalDateTime.now(clock))
				.param("keys", itemKeys)
				.param("rule", ruleCode)
				.update();
		}
	}

	/** At most {@code max} characters, cut between whole characters (never half of an emoji). */
	private static @Nullable String truncate(@Nullable String value, int max) {
		if (value == null || value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
	}

	/** Who the exception is about and which run found it. */
	public record ExceptionContext(@Nullable Long jobExecutionId, String jobName, String itemKey, @Nullable String akeneoUuid,
			@Nullable String sku) {
	}

}
