package com.akeneokhaos.jobs.reconcile;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.catalogue.mapping.Ownership;
import com.akeneokhaos.khaos.MirrorItems.MirrorItem;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.publish.MappedItem;

/**
 * What is wrong with one Akeneo item that the mapping accepts, given what the ledger last published for it and
 * what Khaos last uploaded: never published (or its code taken by an item made in Khaos), published but never
 * confirmed past the grace period, another structure than Khaos was given, disabled in Akeneo but live in
 * Khaos, or fields that differ.
 */
final class DriftFinder {

	private final FieldComparison fields;

	private final Duration confirmationGrace;

	private final Clock clock;

	DriftFinder(FieldComparison fields, Duration confirmationGrace, Clock clock) {
		this.fields = fields;
		this.confirmationGrace = confirmationGrace;
		this.clock = clock;
	}

	/**
	 * @param entry the ledger row, null when the item is new
	 * @param mirrored the item as Khaos holds it, null when Khaos never uploaded it
	 * @param codeHolder an item made in Khaos (unknown to the ledger) that holds the item's stock code
	 */
	List<Drift> find(MappedItem item, @Nullable LedgerEntry entry, @Nullable MirrorItem mirrored,
			@Nullable MirrorItem codeHolder) {
		String stockId = (entry != null) ? entry.stockId() : item.stockId();
		if (entry == null || !entry.wasPublished()) {
			return List.of(neverPublished(item, stockId, codeHolder));
		}
		if (mirrored == null) {
			return unconfirmed(entry) ? List.of(Drift.of(item.itemKey(), stockId, item.stockCode(), item.akeneoUuid(),
					DriftKind.NOT_CONFIRMED, "Published " + entry.firstPublishedAt() + ", Khaos never confirmed it"))
					: List.of();
		}
		List<Drift> drifts = new ArrayList<>(structure(item, entry));
		if (item.stockItem().always().at("/Options/Discontinued").asBoolean(false)
				&& !mirrored.payload().at("/Options/Discontinued").asBoolean(false)) {
			drifts.add(new Drift(item.itemKey(), stockId, item.stockCode(), item.akeneoUuid(), DriftKind.FIELD_DIFFERS,
					"Options.Discontinued", "true", "false", "Disabled in Akeneo, live in Khaos"));
		}
		fields.differences(item.stockItem().forCreate(), mirrored.payload())
			.forEach(difference -> drifts.add(new Drift(item.itemKey(), stockId, item.stockCode(), item.akeneoUuid(),
					(difference.owner() == Ownership.ALWAYS) ? DriftKind.FIELD_DIFFERS : DriftKind.KHAOS_OWNED_DIFFERS,
					difference.field(), difference.akeneoValue(), difference.khaosValue(), null)));
		return drifts;
	}

	/** A simple product that became a variant, a variant moved or made simple: what Khaos was given differs. */
	private static List<Drift> structure(MappedItem item, LedgerEntry entry) {
		if (entry.kind() == item.kind() && Objects.equals(entry.parentCode(), item.parentCode())) {
			return List.of();
		}
		return List.of(new Drift(item.itemKey(), entry.stockId(), item.stockCode(), item.akeneoUuid(),
				DriftKind.STRUCTURE_DIFFERS, "structure", place(item.kind(), item.parentCode()),
				place(entry.kind(), entry.parentCode()), "Khaos was given another structure for this item"));
	}

	private static String place(ItemKind kind, @Nullable String parent) {
		return (parent == null) ? kind.name().toLowerCase(Locale.ROOT)
				: kind.name().toLowerCase(Locale.ROOT) + " of " + parent;
	}

	private static Drift neverPublished(MappedItem item, String stockId, @Nullable MirrorItem codeHolder) {
		if (codeHolder == null) {
			return Drift.of(item.itemKey(), stockId, item.stockCode(), item.akeneoUuid(), DriftKind.NEVER_PUBLISHED,
					null);
		}
		return new Drift(item.itemKey(), stockId, item.stockCode(), item.akeneoUuid(), DriftKind.KHAOS_HOLDS_CODE,
				"StockID", stockId, codeHolder.stockId(), "Khaos already holds stock code " + codeHolder.stockCode()
						+ " on item " + codeHolder.stockId() + ", which the sync did not make: link that item to this "
						+ "product instead of creating a second one");
	}

	private boolean unconfirmed(LedgerEntry entry) {
		return entry.confirmedAt() == null && entry.firstPublishedAt() != null
				&& entry.firstPublishedAt().isBefore(LocalDateTime.now(clock).minus(confirmationGrace));
	}

}
