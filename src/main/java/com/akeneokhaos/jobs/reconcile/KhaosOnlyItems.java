package com.akeneokhaos.jobs.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.akeneokhaos.khaos.MirrorItems;
import com.akeneokhaos.khaos.MirrorItems.MirrorItem;

/**
 * Lists the items Khaos holds that the sync never made (unknown to the ledger), page by page in StockID
 * order, leaving out those an Akeneo item of this run already proposed to link with.
 */
final class KhaosOnlyItems {

	private static final int PAGE = 500;

	private KhaosOnlyItems() {
	}

	static void list(MirrorItems mirror, DriftStore store, ReconcileRun run) {
		Set<String> proposed = store.proposedLinks(run.instanceId());
		String after = "";
		List<MirrorItem> page;
		do {
			page = mirror.unknownToLedger(after, PAGE);
			List<Drift> only = new ArrayList<>();
			for (MirrorItem item : page) {
				if (!proposed.contains(item.stockId())) {
					only.add(Drift.of(null, item.stockId(), item.stockCode(), null, DriftKind.KHAOS_ONLY,
							"In Khaos only: the sync did not make it, and no Akeneo item this run could publish has stock code " + item.stockCode()));
				}
				after = item.stockId();
			}
			store.record(run.instanceId(), run.executionId(), run.dryRun(), only);
		}
		while (page.size() == PAGE);
	}

}
