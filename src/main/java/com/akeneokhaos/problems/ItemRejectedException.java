package com.akeneokhaos.problems;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by a processor when an item must not reach Khaos. The step's skip policy skips it (counted)
 * and the skip listener stores each violation as an exception row in the chunk's transaction.
 */
public class ItemRejectedException extends RuntimeException {

	private final String itemKey;

	private final @Nullable String sku;

	private final List<Violation> violations;

	public ItemRejectedException(String itemKey, @Nullable String sku, List<Violation> violations) {
		super("Item " + itemKey + " (SKU " + sku + ") rejected: "
				+ violations.stream().map(v -> v.rule().code()).toList());
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A rejection needs at least one violation");
		}
		this.itemKey = itemKey;
		this.sku = sku;
		this.violations = List.copyOf(violations);
	}

	public String itemKey() {
		return itemKey;
	}

	public @Nullable String sku() {
		return sku;
	}

	public List<Violation> violations() {
		return violations;
	}

}
