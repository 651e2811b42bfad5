package com.akeneokhaos.jobs.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.akeneokhaos.khaos.MirrorItems;
import com.akeneokhaos.khaos.MirrorItems.MirrorItem;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.publish.MappedItem;
import com.akeneokhaos.publish.PublishingWriter;

/**
 * Compares each chunk of mapped Akeneo items with the ledger and the Khaos mirror, records what differs in the
 * drift report, then publishes the chunk as any run does, with the items whose Khaos copy is wrong (a field
 * differs, never confirmed) published again even though Akeneo did not change. Items whose code Khaos holds
 * on an item it made are left out (linking is an operator's decision). A dry run records the drift and the
 * items it saw, nothing else.
 */
class ReconcilingWriter implements ItemWriter<MappedItem> {

	private final Ledger ledger;

	private final MirrorItems mirror;

	private final DriftFinder finder;

	private final DriftStore store;

	private final @Nullable PublishingWriter publishing;

	private final ReconcileRun run;

	/** @param publishing the writer that publishes, null for a dry run */
	ReconcilingWriter(Ledger ledger, MirrorItems mirror, DriftFinder finder, DriftStore store,
			@Nullable PublishingWriter publishing, ReconcileRun run) {
		this.ledger = ledger;
		this.mirror = mirror;
		this.finder = finder;
		this.store = store;
		this.publishing = publishing;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends MappedItem> chunk) throws Exception {
		List<? extends MappedItem> items = chunk.getItems();
		Map<String, LedgerEntry> entries = ledger.findAll(items.stream().map(MappedItem::itemKey).toList());
		Map<String, MirrorItem> mirrored = mirror.byStockIds(items.stream()
			.map(item -> stockId(item, entries.get(item.itemKey())))
			.toList());
		Map<String, MirrorItem> holders = mirror.unknownToLedgerByCodes(items.stream()
			.filter(item -> isNew(entries.get(item.itemKey())) && item.stockCode() != null)
			.map(MappedItem::stockCode)
			.toList());
		List<Drift> drifts = new ArrayList<>();
		List<MappedItem> published = new ArrayList<>();
		List<String> corrected = new ArrayList<>();
		List<String> unconfirmed = new ArrayList<>();
		for (MappedItem item : items) {
			LedgerEntry entry = entries.get(item.itemKey());
			List<Drift> found = finder.find(item, entry, mirrored.get(stockId(item, entry)),
					isNew(entry) ? holders.get(Ledger.codeKey(item.stockCode())) : null);
			drifts.addAll(found);
			if (found.stream().noneMatch(drift -> drift.kind() == DriftKind.KHAOS_HOLDS_CODE)) {
				published.add(item);
			}
			if (found.stream().anyMatch(drift -> drift.kind() == DriftKind.NOT_CONFIRMED)) {
				unconfirmed.add(item.itemKey());
			}
			else if (found.stream().anyMatch(drift -> drift.kind() == DriftKind.FIELD_DIFFERS)) {
				corrected.add(item.itemKey());
			}
		}
		store.record(run.instanceId(), run.executionId(), run.dryRun(), drifts);
		if (publishing == null) {
			store.recordSeen(run.instanceId(), items.stream().map(MappedItem::itemKey).toList());
			return;
		}
		ledger.forgetPublished(corrected, false);
		ledger.forgetPublished(unconfirmed, true);
		publishing.write(new Chunk<>(published));
	}

	private static boolean isNew(@Nullable LedgerEntry entry) {
		return entry == null || !entry.wasPublished();
	}

	private static String stockId(MappedItem item, @Nullable LedgerEntry entry) {
		return (entry != null) ? entry.stockId() : item.stockId();
	}

}
