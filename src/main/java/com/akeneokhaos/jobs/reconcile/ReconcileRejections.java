package com.akeneokhaos.jobs.reconcile;

import java.util.List;

import org.springframework.batch.core.listener.SkipListener;

import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.publish.MappedItem;

/**
 * Lists each item the mapping or the Khaos rules reject in the drift report, with its rules and their
 * sentences (the refresh and delta-sync keep the exception rows; the report only lists them). The item was
 * seen in Akeneo, so it is not taken for deleted: marked in the ledger, or, for a dry run, in the report's
 * own record. Called in the chunk's transaction.
 */
class ReconcileRejections<T> implements SkipListener<T, MappedItem> {

	private final DriftStore store;

	private final Ledger ledger;

	private final ReconcileRun run;

	ReconcileRejections(DriftStore store, Ledger ledger, ReconcileRun run) {
		this.store = store;
		this.ledger = ledger;
		this.run = run;
	}

	@Override
	public void onSkipInProcess(T item, Throwable failure) {
		if (!(failure instanceof ItemRejectedException rejection)) {
			return;
		}
		store.record(run.instanceId(), run.executionId(), run.dryRun(), rejection.violations()
			.stream()
			.map(violation -> rejected(rejection, violation))
			.toList());
		if (run.dryRun()) {
			store.recordSeen(run.instanceId(), List.of(rejection.itemKey()));
		}
		else {
			ledger.recordSeen(List.of(rejection.itemKey()), run.executionId(), true);
		}
	}

	private static Drift rejected(ItemRejectedException rejection, Violation violation) {
		String uuid = ItemKeys.isModel(rejection.itemKey()) ? null : rejection.itemKey();
		return new Drift(rejection.itemKey(), null, rejection.sku(), uuid, DriftKind.REJECTED, violation.field(),
				violation.offendingValue(), null, violation.rule().code() + ": " + violation.message());
	}

}
