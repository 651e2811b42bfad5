package com.akeneokhaos.structure;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.LedgerStatus;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Keeps Khaos stock codes unique ignoring case, as Khaos does: the first item to claim a code keeps it,
 * any later item with the same code (in this run, or held by a live item in the ledger) is refused, unless
 * the ledger's holder is gone from Akeneo: then the claim takes the code and the writer retires the holder
 * ({@link #takesCodeFrom}).
 * One registry lives for one step execution; the ledger covers what earlier chunks committed, this step's and
 * those of other jobs and instances, whose chunks claim one after the other ({@link #startChunk}).
 * <p>
 * The ledger is read once per chunk: {@link #prefetchItems} and {@link #prefetchStockCodes} load the rows
 * the chunk's items will ask about, and an item or code that was not prefetched is looked up on its own.
 * A claim is remembered only until the chunk that made it is written ({@link #written}): from then on the
 * ledger row holds the code and says the same, so memory does not grow with the catalogue. (This relies
 * on a step reading each item once, as the reader does, paging in uuid order: an item claiming a second
 * code in the same step would free its first one in the ledger.)
 */
public class StockCodeRegistry {

	private final Ledger ledger;

	/** Codes claimed by items not yet written, by upper-cased code. */
	private final Map<String, Holder> claimedThisRun = new HashMap<>();

	/** The prefetched ledger rows, by {@link Ledger#codeMatchKey} of the item key; absent: no row. */
	private final Map<String, LedgerEntry> entries = new HashMap<>();

	private final Set<String> prefetchedItems = new HashSet<>();

	/** The prefetched live holders, by {@link Ledger#codeMatchKey} of the upper-cased code. */
	private final Map<String, List<LedgerEntry>> holders = new HashMap<>();

	private final Set<String> prefetchedCodes = new HashSet<>();

	private final Predicate<LedgerEntry> goneFromAkeneo;

	/** Holders gone from Akeneo whose codes a claim took, by the claiming item's key. */
	private final Map<String, LedgerEntry> displaced = new HashMap<>();

	/** A registry that gives the code of a holder {@code goneFromAkeneo} accepts to the item claiming it. */
	public StockCodeRegistry(Ledger ledger, Predicate<LedgerEntry> goneFromAkeneo) {
		this.ledger = ledger;
		this.goneFromAkeneo = goneFromAkeneo;
	}

	/** Loads the ledger rows of these items in one query, for {@link #isPublished} and {@link #claim}. */
	public void prefetchItems(Collection<String> itemKeys) {
		ledger.findAll(itemKeys).values().forEach(entry -> entries.put(Ledger.codeMatchKey(entry.itemKey()), entry));
		itemKeys.forEach(key -> prefetchedItems.add(Ledger.codeMatchKey(key)));
	}

	/** Loads, in one query, the live ledger items holding any of these codes, for {@link #claim}. */
	public void prefetchStockCodes(Collection<String> stockCodes) {
		holders.putAll(ledger.liveHoldersOfStockCodes(stockCodes));
		stockCodes.forEach(code -> prefetchedCodes.add(matchKey(code)));
	}

	/**
	 * A chunk starts: takes the stock code claim lock for its transaction ({@link Ledger#lockStockCodeClaims}:
	 * chunks of other jobs and instances claim before or after this one, never at the same time) and drops what was
	 * prefetched for the chunk before.
	 */
	public void startChunk() {
		ledger.lockStockCodeClaims();
		forgetPrefetched();
	}

	/** Drops what was prefetched (the claims of unwritten items are kept). */
	public void forgetPrefetched() {
		entries.clear();
		prefetchedItems.clear();
		holders.clear();
		prefetchedCodes.clear();
	}

	/** Whether the item was ever published to Khaos (so what Khaos needs on create is no longer asked). */
	public boolean isPublished(String itemKey) {
		return ledgerEntry(itemKey).map(LedgerEntry::wasPublished).orElse(false);
	}

	/** What the ledger holds for the item, prefetched when it can be. */
	public Optional<LedgerEntry> ledgerEntry(String itemKey) {
		String match = Ledger.codeMatchKey(itemKey);
		if (prefetchedItems.contains(match)) {
			return Optional.ofNullable(entries.get(match));
		}
		return ledger.find(itemKey);
	}


	/**
	 * Claims the code for the item, or tells which item already holds it. The item is described by its
	 * SKU (as the processor read it, null if none) and key, as the ledger would describe it once written.
	 */
	public Optional<Violation> claim(String stockCode, String itemKey, @Nullable String sku) {
		String key = stockCode.toUpperCase(Locale.ROOT);
		Holder holder = claimedThisRun.get(key);
		if (holder != null && !holder.itemKey().equals(itemKey)) {
			return Optional.of(duplicate(stockCode, holder.label()));
		}
		Optional<LedgerEntry> held = holderOfStockCode(stockCode, itemKey);
		if (held.isPresent() && !goneFromAkeneo.test(held.get())) {
			return Optional.of(duplicate(stockCode, describe(held.get())));
		}
		held.ifPresent(gone -> displaced.put(itemKey, gone));
		claimedThisRun.put(key,
				new Holder(itemKey, "SKU '" + sku + "' (" + itemKey + ")", ledgerWillTellTheSame(key, itemKey, sku)));
		return Optional.empty();
	}

	/**
	 * The ledger row of the item, gone from Akeneo, whose stock code the item's last successful
	 * {@link #claim} took; asked once, right after the claim.
	 */
	public Optional<LedgerEntry> takesCodeFrom(String itemKey) {
		return Optional.ofNullable(displaced.remove(itemKey));
	}

	/**
	 * These items were written (the chunk commits next, or the step fails): the claims the ledger now
	 * answers for exactly as the registry would are forgotten. A claim is kept when the ledger would not
	 * tell the same, e.g. when the item's row is discontinued (the ledger ignores it as a holder) or had
	 * another code or SKU before this chunk, or when the item was not prefetched.
	 */
	public void written(Collection<? extends StructuredItem> items) {
		for (StructuredItem item : items) {
			String code = item.stockCode();
			if (code != null) {
				String key = code.toUpperCase(Locale.ROOT);
				Holder holder = claimedThisRun.get(key);
				if (holder != null && holder.forgettableOnceWritten() && holder.itemKey().equals(item.itemKey())) {
					claimedThisRun.remove(key);
				}
			}
		}
	}

	/** A chunk was written: what was prefetched for it is dropped, and so are the claims the ledger now holds. */
	public void chunkWritten(List<?> items) {
		forgetPrefetched();
		written(items.stream().filter(StructuredItem.class::isInstance).map(StructuredItem.class::cast).toList());
	}

	/** Claims kept in memory (items claimed but not written yet, or that the ledger would not describe). */
	int claimsHeld() {
		return claimedThisRun.size();
	}

	private Optional<LedgerEntry> holderOfStockCode(String stockCode, String itemKey) {
		String match = matchKey(stockCode);
		if (!prefetchedCodes.contains(match)) {
			return ledger.holderOfStockCode(stockCode, itemKey);
		}
		String item = Ledger.codeMatchKey(itemKey);
		return holders.getOrDefault(match, List.of())
			.stream()
			.filter(entry -> !Ledger.codeMatchKey(entry.itemKey()).equals(item))
			.findFirst();
	}

	/**
	 * Whether, once the claiming item is written, its ledger row makes {@link Ledger#holderOfStockCode}
	 * find it for this code and describe it as the claim does. A new item gets a PUBLISHED row with its
	 * code and SKU; a known one keeps its status and, when unchanged, its old code and SKU.
	 */
	private boolean ledgerWillTellTheSame(String key, String itemKey, @Nullable String sku) {
		String match = Ledger.codeMatchKey(itemKey);
		if (sku == null || !prefetchedItems.contains(match)) {
			return false;
		}
		LedgerEntry entry = entries.get(match);
		return entry == null || (entry.status() != LedgerStatus.DISCONTINUED && entry.itemKey().equals(itemKey)
				&& sku.equals(entry.sku()) && key.equals(Ledger.codeKey(entry.stockCode())));
	}

	private static String matchKey(String stockCode) {
		return Ledger.codeMatchKey(Objects.requireNonNull(Ledger.codeKey(stockCode)));
	}

	private static String describe(LedgerEntry entry) {
		return (entry.sku() != null) ? "SKU '" + entry.sku() + "' (" + entry.itemKey() + ")" : entry.itemKey();
	}

	private record Holder(String itemKey, String label, boolean forgettableOnceWritten) {
	}

	private static Violation duplicate(String stockCode, String holder) {
		return new Violation(Rule.STOCK_CODE_DUPLICATE, "StockCode", stockCode,
				"The SKU '" + stockCode + "' is already used by another product (" + holder
						+ ") when upper and lower case are ignored, and Khaos stock codes must be unique. "
						+ "Give one of the two products a different SKU.");
	}

}
