package com.akeneokhaos.jobs.onboard;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.akeneokhaos.problems.Rule;

/**
 * The products sku-onboarding published and releases once Khaos holds them ({@code sync_onboarding}). A product
 * Akeneo and Khaos already had before onboarding began (its ledger row is older than the first onboarding row) is
 * adopted: it shows its status but is never released, so switching onboarding on does not enable products a
 * merchandiser disabled on purpose.
 */
@Repository
class Onboardings {

	private final JdbcClient jdbc;

	private final Clock clock;

	Onboardings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Starts tracking the published products not tracked yet. Onboarding began with the first product it tracked, or,
	 * for the first, when the step tracking it started.
	 */
	void track(Collection<String> uuids, long jobExecutionId, LocalDateTime stepStarted) {
		if (uuids.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.now(clock);
		LocalDateTime began = jdbc.sql("SELECT COALESCE(MIN(created_at), ?) FROM sync_onboarding")
			.param(stepStarted)
			.query(LocalDateTime.class)
			.single();
		jdbc.sql("""
				INSERT IGNORE INTO sync_onboarding (akeneo_uuid, sku, state, job_execution_id, created_at)
				SELECT l.akeneo_uuid, l.sku, IF(l.created_at < :began, 'ADOPTED', 'AWAITING_KHAOS'), :execution, :now
				FROM sync_ledger l WHERE l.item_key IN (:uuids) AND l.akeneo_uuid IS NOT NULL
				""")
			.param("began", began)
			.param("execution", jobExecutionId)
			.param("now", now)
			.param("uuids", uuids)
			.update();
	}

	/** The products awaiting release whose item Khaos holds now (it confirmed the item's current StockID). */
	List<Confirmed> confirmed() {
		return jdbc.sql("""
				SELECT o.akeneo_uuid, l.sku FROM sync_onboarding o JOIN sync_ledger l ON l.item_key = o.akeneo_uuid
				WHERE o.state = 'AWAITING_KHAOS' AND l.confirmed_at IS NOT NULL AND l.status <> 'DISCONTINUED'
				ORDER BY o.akeneo_uuid
				""")
			.query(Confirmed.class)
			.list();
	}

	/**
	 * How many products await release while Khaos has not confirmed them yet, leaving out those Khaos has not
	 * confirmed past the grace period (it refused them: waiting longer would not change that).
	 */
	long unconfirmed() {
		return jdbc.sql("""
				SELECT COUNT(*) FROM sync_onboarding o JOIN sync_ledger l ON l.item_key = o.akeneo_uuid
				WHERE o.state = 'AWAITING_KHAOS' AND l.confirmed_at IS NULL AND l.status <> 'DISCONTINUED'
				  AND NOT EXISTS (SELECT 1 FROM sync_exception e WHERE e.item_key = o.akeneo_uuid
				    AND e.rule_code = :refused AND e.resolved_at IS NULL)
				""")
			.param("refused", Rule.KHAOS_NOT_CONFIRMED.code())
			.query(Long.class)
			.single();
	}

	void released(Collection<String> uuids, long jobExecutionId) {
		if (!uuids.isEmpty()) {
			jdbc.sql("UPDATE sync_onboarding SET state = 'RELEASED', released_at = :now, job_execution_id = :execution "
					+ "WHERE akeneo_uuid IN (:uuids) AND state = 'AWAITING_KHAOS'")
				.param("now", LocalDateTime.now(clock))
				.param("execution", jobExecutionId)
				.param("uuids", uuids)
				.update();
		}
	}

	long countReleasedBy(long jobExecutionId) {
		return jdbc.sql("SELECT COUNT(*) FROM sync_onboarding WHERE state = 'RELEASED' AND job_execution_id = ?")
			.param(jobExecutionId)
			.query(Long.class)
			.single();
	}

	record Confirmed(String akeneoUuid, String sku) {
	}

}
