package com.akeneokhaos.jobs.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.khaos.MirrorItems;
import com.akeneokhaos.khaos.MirrorItems.MirrorItem;
import com.akeneokhaos.ledger.Ledger;

/**
 * The operator's links, given as the job parameter {@code link=<Khaos StockID>:<Akeneo product uuid>[,...]}:
 * each Akeneo product becomes the owner of an item made in Khaos (the report proposes them as
 * {@code khaos-holds-code}), so the run corrects that item rather than creating a second one. Never automatic.
 * A link that cannot hold (no such Khaos item, one the sync already knows, a product already in Khaos, or a
 * dry run) stops the run before anything is written, saying which and why.
 */
final class KhaosLinks {

	static final String PARAMETER = "link";

	private KhaosLinks() {
	}

	static List<Drift> apply(@Nullable String parameter, ReconcileRun run, MirrorItems mirror, Ledger ledger) {
		List<Drift> linked = new ArrayList<>();
		if (parameter == null || parameter.isBlank()) {
			return linked;
		}
		if (run.dryRun()) {
			throw new IllegalArgumentException("link cannot be combined with dry-run: a dry run changes nothing");
		}
		for (String pair : parameter.split(",")) {
			String[] parts = pair.trim().split(":", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new IllegalArgumentException("link must be <Khaos StockID>:<Akeneo product uuid>[,...], was '"
						+ pair.trim() + "'");
			}
			linked.add(link(parts[0].trim(), parts[1].trim(), run, mirror, ledger));
		}
		return linked;
	}

	private static Drift link(String stockId, String uuid, ReconcileRun run, MirrorItems mirror, Ledger ledger) {
		MirrorItem item = mirror.byStockIds(List.of(stockId)).get(stockId);
		if (item == null || !mirror.unknownToLedgerByCodes(List.of(item.stockCode())).containsKey(
				Ledger.codeKey(item.stockCode()))) {
			throw new IllegalArgumentException("link " + stockId + ":" + uuid + ": Khaos holds no item " + stockId
					+ " that the sync did not make");
		}
		if (ledger.find(uuid).filter(entry -> entry.wasPublished()).isPresent()) {
			throw new IllegalArgumentException("link " + stockId + ":" + uuid + ": product " + uuid
					+ " already has its Khaos item");
		}
		ledger.adopt(uuid, stockId, item.stockCode(), run.executionId());
		return Drift.of(uuid, stockId, item.stockCode(), uuid, DriftKind.LINKED,
				"Linked by an operator: Khaos item " + stockId + " now belongs to this product");
	}

}
