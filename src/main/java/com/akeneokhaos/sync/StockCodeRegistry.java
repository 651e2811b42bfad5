package com.akeneokhaos.sync;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.akeneokhaos.sync.validation.Rule;
import com.akeneokhaos.sync.validation.Violation;

/**
 * Keeps Khaos stock codes unique ignoring case, as Khaos does: the first item to claim a code keeps it,
 * any later item with the same code (in this run, or held by a live item in the ledger) is refused.
 * One registry lives for one step execution; the ledger covers what earlier chunks committed.
 */
public class StockCodeRegistry {

	private final Ledger ledger;

	private final Map<String, Holder> claimedThisRun = new HashMap<>();

	public StockCodeRegistry(Ledger ledger) {
		this.ledger = ledger;
	}

	/** Whether the item was ever published to Khaos (so what Khaos needs on create is no longer asked). */
	public boolean isPublished(String itemKey) {
		return ledger.find(itemKey).map(LedgerEntry::wasPublished).orElse(false);
	}

	/** Claims the code for the item, or tells which item already holds it. */
	public Optional<Violation> claim(String stockCode, String itemKey, String itemLabel) {
		String key = stockCode.toUpperCase(Locale.ROOT);
		Holder holder = claimedThisRun.get(key);
		if (holder != null && !holder.itemKey().equals(itemKey)) {
			return Optional.of(duplicate(stockCode, holder.label()));
		}
		Optional<LedgerEntry> held = ledger.holderOfStockCode(stockCode, itemKey);
		if (held.isPresent()) {
			return Optional.of(duplicate(stockCode, describe(held.get())));
		}
		claimedThisRun.put(key, new Holder(itemKey, itemLabel));
		return Optional.empty();
	}

	private static String describe(LedgerEntry entry) {
		return (entry.sku() != null) ? "SKU '" + entry.sku() + "' (" + entry.itemKey() + ")" : entry.itemKey();
	}

	private record Holder(String itemKey, String label) {
	}

	private static Violation duplicate(String stockCode, String holder) {
		return new Violation(Rule.STOCK_CODE_DUPLICATE, "StockCode", stockCode,
				"The SKU '" + stockCode + "' is already used by another product (" + holder
						+ ") when upper and lower case are ignored, and Khaos stock codes must be unique. "
						+ "Give one of the two products a different SKU.");
	}

}
