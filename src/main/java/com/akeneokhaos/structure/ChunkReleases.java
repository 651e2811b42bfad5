package com.akeneokhaos.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.Retirement;

/**
 * The Khaos items one chunk retires to free stock codes, item by item: the item's own Khaos item when its
 * structure change needs a new one, and the other items holding the code it takes (gone from Akeneo, or
 * discontinued earlier but still holding the code in Khaos). Each is retired once, with a code chosen once.
 */
public final class ChunkReleases {

	private final Replacements replacements;

	private final FreedCodes codes;

	private final Map<String, List<LedgerEntry>> discontinuedHolders;

	private final Set<String> retired = new HashSet<>();

	ChunkReleases(Replacements replacements, FreedCodes codes, Map<String, List<LedgerEntry>> discontinuedHolders) {
		this.replacements = replacements;
		this.codes = codes;
		this.discontinuedHolders = discontinuedHolders;
	}

	/** The retirement of the item's own Khaos item when the change needs a new one, else null. */
	public @Nullable Retirement replacing(@Nullable LedgerEntry previous, StructuredItem item) {
		Retirement replaced = replacements.replacing(previous, item, codes);
		if (replaced != null) {
			retired.add(replaced.old().stockId());
		}
		return replaced;
	}

	/** The other items to retire before {@code item} goes out, because they hold the code it takes. */
	public List<Retirement> holdersOfCodeOf(StructuredItem item) {
		List<Retirement> retirements = new ArrayList<>();
		LedgerEntry gone = item.takesCodeFrom();
		if (gone != null && retired.add(gone.stockId())) {
			retirements.add(Replacements.displacing(gone, item, codes));
		}
		String code = item.stockCode();
		if (code == null) {
			return retirements;
		}
		for (LedgerEntry holder : discontinuedHolders.getOrDefault(Ledger.codeMatchKey(Objects.requireNonNull(
				Ledger.codeKey(code))), List.of())) {
			if (!holder.itemKey().equals(item.itemKey()) && retired.add(holder.stockId())) {
				retirements.add(Replacements.freeing(holder, item, codes));
			}
		}
		return retirements;
	}

}
