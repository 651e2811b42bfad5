package com.akeneokhaos.structure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.outbox.OutboxEntry;

/**
 * Items Khaos holds whose Akeneo product or model is gone (after a full read that did not see them), and
 * SCS parents whose children all moved away or were retired: they are discontinued in Khaos (never deleted:
 * orders and stock history name them) after everything else the run published. A read that would retire
 * more than a set share of the live items is refused instead: it more likely means Akeneo answered with too
 * little than that the catalogue vanished.
 */
@Service
public class RetiredItems {

	private final Outbox outbox;

	private final Ledger ledger;

	public RetiredItems(Outbox outbox, Ledger ledger) {
		this.outbox = outbox;
		this.ledger = ledger;
	}

	/** Discontinues the live items no execution of this job instance saw; returns the items retired. */
	@Transactional
	public List<LedgerEntry> retireUnseen(long jobInstanceId, long jobExecutionId, double maxShare) {
		List<LedgerEntry> unseen = ledger.unseenBy(jobInstanceId);
		refuseMassRetirement(unseen.size(), maxShare);
		unseen.forEach(item -> retire(item, jobExecutionId, "No longer in Akeneo"));
		List<LedgerEntry> childless = ledger.childlessParents();
		childless.forEach(item -> retire(item, jobExecutionId, "No SCS children left (they moved or were retired)"));
		List<LedgerEntry> retired = new ArrayList<>(unseen);
		retired.addAll(childless);
		return retired;
	}

	/**
	 * The mass retirement guard: a run may not discontinue more than {@code maxShare} of the live items.
	 * @throws IllegalStateException saying so, when it would
	 */
	public void refuseMassRetirement(int unseen, double maxShare) {
		long live = ledger.liveCount();
		if (unseen > 0 && unseen > live * maxShare) {
			throw new IllegalStateException(("Refusing to discontinue %d of %d items in Khaos: Akeneo returned "
					+ "far fewer products than the ledger holds. Check the Akeneo connection and catalogue, or raise "
					+ "the job's retire-max-share setting.").formatted(unseen, live));
		}
	}

	private void retire(LedgerEntry item, long jobExecutionId, String why) {
		outbox.append(List.of(OutboxEntry.discontinue(item.stockId(), item.itemKey(), item.stockCode(),
				OutboxEntry.RANK_DISCONTINUED)), jobExecutionId);
		ledger.recordDiscontinued(item.itemKey(), jobExecutionId, why + ": Khaos item " + item.stockId()
				+ " (stock code " + item.stockCode() + ") discontinued, not deleted");
	}

}
