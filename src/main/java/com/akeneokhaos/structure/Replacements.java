package com.akeneokhaos.structure;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.Retirement;
import com.akeneokhaos.structure.StructureProperties.SimpleToVariant;

/**
 * Decides when a structure change cannot be made on the Khaos item an Akeneo product already has, so the
 * product gets a new Khaos item and the old one is retired with its code freed: a simple product that
 * becomes a variant under policy {@code replace}, and a variant that becomes a simple product (Khaos takes
 * no message that unlinks an SCS child, so the child would stay in its parent's grid). Also frees the code
 * of an item whose Akeneo product is gone, or that was discontinued earlier, when another item takes it.
 */
@Component
public class Replacements {

	private final StructureProperties properties;

	private final JdbcClient jdbc;

	private final Ledger ledger;

	public Replacements(StructureProperties properties, JdbcClient jdbc, Ledger ledger) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/**
	 * What one chunk frees, worked out against the ledger in one query: the discontinued items that still
	 * hold, in Khaos, a code one of these items takes for the first time (a new item, or a changed code).
	 */
	public ChunkReleases forChunk(Collection<? extends StructuredItem> items, Map<String, LedgerEntry> known) {
		List<String> codes = items.stream().map(StructuredItem::stockCode).filter(Objects::nonNull).toList();
		List<String> taken = items.stream()
			.filter(item -> item.stockCode() != null && takesNewCode(item, known.get(item.itemKey())))
			.map(StructuredItem::stockCode)
			.toList();
		return new ChunkReleases(this, new FreedCodes(jdbc, properties.freedCodeSuffix(), codes),
				ledger.discontinuedHoldersOf(taken));
	}

	private static boolean takesNewCode(StructuredItem item, @Nullable LedgerEntry entry) {
		return entry == null || entry.stockCode() == null || !entry.stockCode().equalsIgnoreCase(item.stockCode());
	}

	/**
	 * Whether an item the ledger knows as {@code previous} needs a new Khaos item now that it is of kind
	 * {@code now}: true when it never reached Khaos, or when its Khaos item must be replaced.
	 */
	public boolean needsNewKhaosItem(@Nullable LedgerEntry previous, ItemKind now) {
		return previous == null || !previous.wasPublished() || replaces(previous, now);
	}

	private boolean replaces(LedgerEntry previous, ItemKind now) {
		if (!previous.wasPublished() || previous.stockCode() == null) {
			return false;
		}
		return (previous.kind() == ItemKind.SIMPLE && now == ItemKind.VARIANT
				&& properties.simpleToVariant() == SimpleToVariant.REPLACE)
				|| (previous.kind() == ItemKind.VARIANT && now == ItemKind.SIMPLE);
	}

	/**
	 * Why an item Khaos already holds must meet what Khaos asks of a new item, when its change from
	 * {@code previous} to kind {@code now} replaces its Khaos item; empty otherwise.
	 */
	public Optional<String> whyNewKhaosItem(@Nullable LedgerEntry previous, ItemKind now) {
		if (previous == null || !replaces(previous, now)) {
			return Optional.empty();
		}
		return Optional.of((now == ItemKind.VARIANT)
				? "It is becoming a variant and sync.structure.simple-to-variant is replace, so it gets a new Khaos "
						+ "item; until then it stays in Khaos as the simple product it was."
				: "It is no longer a variant and Khaos cannot unlink an SCS child, so it gets a new Khaos item; "
						+ "until then it stays in Khaos as the variant it was.");
	}

	/** The retirement of the item's present Khaos item when the change needs a new one, else null. */
	@Nullable Retirement replacing(@Nullable LedgerEntry previous, StructuredItem item, FreedCodes codes) {
		if (previous == null || !replaces(previous, item.kind())) {
			return null;
		}
		if (item.kind() == ItemKind.VARIANT) {
			return Retirement.replaced(previous, codes.free(previous.stockCode()), "SKU " + item.sku()
					+ " became a variant of model '" + item.parentCode() + "' and the policy is replace");
		}
		return Retirement.replaced(previous, codes.free(previous.stockCode()), "SKU " + item.sku()
				+ " is no longer a variant of model '" + previous.parentCode() + "' and Khaos cannot unlink an "
				+ "SCS child from its parent");
	}

	/** Retires {@code holder}, whose Akeneo item is gone, so that {@code claimer} can take its stock code. */
	static Retirement displacing(LedgerEntry holder, StructuredItem claimer, FreedCodes codes) {
		return Retirement.displaced(holder, codes.free(holder.stockCode()), "No longer in Akeneo, and its stock code "
				+ holder.stockCode() + " is now wanted by " + describe(claimer));
	}

	/** Frees the code a discontinued item still holds in Khaos, so that {@code claimer} can take it. */
	static Retirement freeing(LedgerEntry discontinued, StructuredItem claimer, FreedCodes codes) {
		return Retirement.displaced(discontinued, codes.free(discontinued.stockCode()), "Discontinued earlier, and "
				+ "its stock code " + discontinued.stockCode() + ", which Khaos still holds, is now wanted by "
				+ describe(claimer));
	}

	private static String describe(StructuredItem item) {
		return (item.kind() == ItemKind.MODEL) ? "product model '" + item.sku() + "'"
				: "SKU " + item.sku() + " (" + item.itemKey() + ")";
	}

}
