package com.akeneokhaos.sync;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items Khaos holds whose Akeneo product or model is gone (after a full read that did not see them), and
 * SCS parents whose children all moved away or were retired: they are discontinued in Khaos (never deleted:
 * orders and stock history name them) after everything else the run published. A read that would retire
 * more than a set share of the live items is refused instead: it more likely means Akeneo answered with too
 * little than that the catalogue vanished.
 */
@Service
public class RetiredItems {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final Ledger ledger;

	private final Clock clock;

	public RetiredItems(JdbcClient jdbc, Outbox outbox, Ledger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Discontinues the live items no execution of this job instance saw; returns how many. */
	@Transactional
	public int retireUnseen(long jobInstanceId, long jobExecutionId, double maxShare) {
		List<Unseen> unseen = unseen(jobInstanceId);
		long live = jdbc.sql("SELECT COUNT(*) FROM sync_ledger WHERE status <> 'DISCONTINUED' "
				+ "AND first_published_at IS NOT NULL").query(Long.class).single();
		if (!unseen.isEmpty() && unseen.size() > live * maxShare) {
			throw new IllegalStateException(("Refusing to discontinue %d of %d items in Khaos: Akeneo returned "
					+ "far fewer products than the ledger holds. Check the Akeneo connection and catalogue, or raise "
					+ "sync.refresh.retire-max-share.").formatted(unseen.size(), live));
		}
		unseen.forEach(item -> retire(item, jobExecutionId, "No longer in Akeneo"));
		List<Unseen> childless = childlessParents();
		childless.forEach(item -> retire(item, jobExecutionId, "No SCS children left (they moved or were retired)"));
		return unseen.size() + childless.size();
	}

	/** Live SCS parents that had children in Khaos and have none left. */
	private List<Unseen> childlessParents() {
		return jdbc.sql("""
				SELECT m.item_key, m.khaos_stock_id, m.khaos_stock_code FROM sync_ledger m
				WHERE m.kind = 'MODEL' AND m.status <> 'DISCONTINUED'
				  AND NOT EXISTS (SELECT 1 FROM sync_ledger c WHERE c.parent_stock_id = m.khaos_stock_id
				    AND c.status <> 'DISCONTINUED')
				  AND m.had_children
				ORDER BY m.item_key
				""")
			.query((rs, row) -> new Unseen(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private List<Unseen> unseen(long jobInstanceId) {
		return jdbc.sql("""
				SELECT item_key, khaos_stock_id, khaos_stock_code FROM sync_ledger
				WHERE status <> 'DISCONTINUED' AND first_published_at IS NOT NULL
				  AND (last_job_execution_id IS NULL OR last_job_execution_id NOT IN
				    (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?))
				ORDER BY item_key
				""")
			.param(jobInstanceId)
			.query((rs, row) -> new Unseen(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private void retire(Unseen item, long jobExecutionId, String why) {
		outbox.append(List.of(OutboxEntry.discontinue(item.stockId(), item.itemKey(), item.stockCode(),
				OutboxEntry.RANK_DISCONTINUED)), jobExecutionId);
		jdbc.sql("UPDATE sync_ledger SET status = 'DISCONTINUED', last_job_execution_id = ?, updated_at = ? "
				+ "WHERE item_key = ?")
			.params(jobExecutionId, LocalDateTime.now(clock), item.itemKey())
			.update();
		ledger.history(item.itemKey(), jobExecutionId, "DISCONTINUED", why + ": Khaos item "
				+ item.stockId() + " (stock code " + item.stockCode() + ") discontinued, not deleted");
	}

	private record Unseen(String itemKey, String stockId, @Nullable String stockCode) {
	}

}
