package com.akeneokhaos.khaos;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.problems.SyncExceptions.ExceptionContext;
import com.akeneokhaos.problems.Violation;

/**
 * Finds items Khaos took from the channel but never confirmed (no StockUpload for them since). Khaos
 * Control Cloud refuses items it cannot import and says why only in its own channel log, so an item that
 * stays unconfirmed is the only sign we get: each one becomes one open exception, resolved when Khaos
 * confirms the item after all.
 */
@Service
public class UnconfirmedDeliveries {

	private final JdbcClient jdbc;

	private final SyncExceptions exceptions;

	private final Clock clock;

	public UnconfirmedDeliveries(JdbcClient jdbc, SyncExceptions exceptions, Clock clock) {
		this.jdbc = jdbc;
		this.exceptions = exceptions;
		this.clock = clock;
	}

	/**
	 * Records an exception for every item delivered longer ago than {@code grace} and still unconfirmed
	 * that has no open one yet; returns how many it recorded.
	 */
	@Transactional
	public int record(Duration grace, @Nullable Long jobExecutionId, String jobName) {
		List<Unconfirmed> items = find(LocalDateTime.now(clock).minus(grace));
		for (Unconfirmed item : items) {
			exceptions.record(new ExceptionContext(jobExecutionId, jobName, item.itemKey(), item.uuid(), item.sku()),
					violation(item));
		}
		return items.size();
	}

	/**
	 * The tasklet of a job's {@code check-khaos-confirmations} step: records the unconfirmed items under the job's
	 * name and execution, in the step's transaction.
	 */
	public Tasklet recordingTasklet(Duration grace) {
		return (contribution, chunk) -> {
			StepExecution step = contribution.getStepExecution();
			record(grace, step.getJobExecutionId(), step.getJobExecution().getJobInstance().getJobName());
			return RepeatStatus.FINISHED;
		};
	}

	private List<Unconfirmed> find(LocalDateTime deliveredBefore) {
		return jdbc.sql("""
				SELECT l.item_key, l.akeneo_uuid, l.sku, l.khaos_stock_id, l.khaos_stock_code,
				  MAX(o.delivered_at) delivered
				FROM sync_ledger l JOIN khaos_outbox o ON o.stock_id = l.khaos_stock_id
				WHERE l.status = 'PUBLISHED' AND o.delivered_at IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM sync_exception e WHERE e.item_key = l.item_key
				    AND e.rule_code = :rule AND e.resolved_at IS NULL)
				GROUP BY l.item_key, l.akeneo_uuid, l.sku, l.khaos_stock_id, l.khaos_stock_code
				HAVING MAX(o.delivered_at) <= :before
				ORDER BY l.item_key
				""")
			.param("rule", Rule.KHAOS_NOT_CONFIRMED.code())
			.param("before", deliveredBefore)
			.query((rs, row) -> new Unconfirmed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDateTime.class)))
			.list();
	}

	private static Violation violation(Unconfirmed item) {
		return new Violation(Rule.KHAOS_NOT_CONFIRMED, "StockCode", item.stockCode(),
				"Khaos took this item (stock code '" + item.stockCode() + "', StockID " + item.stockId()
						+ ") from the channel at " + item.deliveredAt() + " UTC but has not confirmed that it exists. "
						+ "Khaos refuses items it cannot import (for example a stock code it already holds in other "
						+ "letter case) and shows the reason in the Web Services channel's log in Khaos: check it, "
						+ "then correct the product in Akeneo.");
	}

	private record Unconfirmed(String itemKey, @Nullable String uuid, @Nullable String sku, String stockId,
			@Nullable String stockCode, LocalDateTime deliveredAt) {
	}

}
