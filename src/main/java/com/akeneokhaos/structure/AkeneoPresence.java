package com.akeneokhaos.structure;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.ledger.LedgerEntry;

/**
 * Whether the Akeneo product or model behind a ledger row is gone from Akeneo. Asked only when an item
 * claims a stock code the ledger gives to another live item, which is rare, so one request per question
 * (answers are kept for the step) costs less than knowing every item up front.
 */
public final class AkeneoPresence implements Predicate<LedgerEntry> {

	private final AkeneoClient akeneo;

	private final Map<String, Boolean> gone = new HashMap<>();

	public AkeneoPresence(AkeneoClient akeneo) {
		this.akeneo = akeneo;
	}

	/** True when Akeneo no longer has the entry's product or model. */
	@Override
	public boolean test(LedgerEntry entry) {
		return gone.computeIfAbsent(entry.itemKey(), key -> ItemKeys.isModel(key)
				? akeneo.productModel(ItemKeys.modelCode(key)).isEmpty()
				: entry.akeneoUuid() != null && akeneo.product(entry.akeneoUuid()).isEmpty());
	}

}
