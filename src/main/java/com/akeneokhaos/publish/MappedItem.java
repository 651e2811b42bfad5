package com.akeneokhaos.publish;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.outbox.OutboxEntry;
import com.akeneokhaos.structure.StructuredItem;

/**
 * An Akeneo item ready to publish: its ledger identity (key, kind, structure), the Khaos {@code StockItem}
 * the mapping produced for it and, for SCS items, its relationship ({@code SCSParent} or {@code SCSChild}).
 * {@code deliveryRank} puts SCS parents (0) before their children (1) in what Khaos takes.
 * {@code takesCodeFrom} is the ledger row of an item whose Akeneo product or model is gone and whose stock
 * code this item claims: the writer retires that item, freeing the code, before publishing this one.
 * Built with {@link #builder}, so that its many text fields are named where they are set.
 */
public final class MappedItem implements StructuredItem {

	private final Builder values;

	private MappedItem(Builder values) {
		this.values = values;
	}

	/** An item keyed {@code itemKey} in the ledger, published as Khaos item {@code stockId}. */
	public static Builder builder(String itemKey, ItemKind kind, String stockId, MappedStockItem stockItem) {
		return new Builder(itemKey, kind, stockId, stockItem);
	}

	@Override
	public String itemKey() {
		return values.itemKey;
	}

	@Override
	public ItemKind kind() {
		return values.kind;
	}

	@Override
	public @Nullable String akeneoUuid() {
		return values.akeneoUuid;
	}

	@Override
	public @Nullable String sku() {
		return values.sku;
	}

	@Override
	public @Nullable String family() {
		return values.family;
	}

	@Override
	public @Nullable String parentCode() {
		return values.parentCode;
	}

	@Override
	public @Nullable String akeneoUpdated() {
		return values.akeneoUpdated;
	}

	@Override
	public List<String> categories() {
		return values.categories;
	}

	@Override
	public String stockId() {
		return values.stockId;
	}

	public MappedStockItem stockItem() {
		return values.stockItem;
	}

	public @Nullable ObjectNode relationship() {
		return values.relationship;
	}

	public int deliveryRank() {
		return values.deliveryRank;
	}

	@Override
	public @Nullable LedgerEntry takesCodeFrom() {
		return values.takesCodeFrom;
	}

	@Override
	public @Nullable String stockCode() {
		return values.stockItem.stockCode();
	}

	@Override
	public @Nullable String parentStockId() {
		if (values.relationship == null) {
			return null;
		}
		String parent = values.relationship.at("/SCSChild/ParentStockID").asString("");
		return parent.isEmpty() ? null : parent;
	}

	/** The same item on another Khaos item (the ledger's, or the successor of a replaced one). */
	MappedItem withStockId(String newStockId) {
		Builder copy = values.copy();
		copy.stockId = newStockId;
		return new MappedItem(copy);
	}

	@Override
	public String toString() {
		return "MappedItem[" + values.itemKey + " " + values.kind + " -> " + values.stockId + "]";
	}

	/** Sets the optional parts of a {@link MappedItem}; each is null (or rank 0) unless set. */
	public static final class Builder {

		private final String itemKey;

		private final ItemKind kind;

		private String stockId;

		private final MappedStockItem stockItem;

		private @Nullable String akeneoUuid;

		private @Nullable String sku;

		private @Nullable String family;

		private @Nullable String parentCode;

		private @Nullable String akeneoUpdated;

		private List<String> categories = List.of();

		private @Nullable ObjectNode relationship;

		private int deliveryRank = OutboxEntry.RANK_PARENTS;

		private @Nullable LedgerEntry takesCodeFrom;

		private Builder(String itemKey, ItemKind kind, String stockId, MappedStockItem stockItem) {
			this.itemKey = Objects.requireNonNull(itemKey, "itemKey");
			this.kind = Objects.requireNonNull(kind, "kind");
			this.stockId = Objects.requireNonNull(stockId, "stockId");
			this.stockItem = Objects.requireNonNull(stockItem, "stockItem");
		}

		public Builder akeneoUuid(@Nullable String uuid) {
			this.akeneoUuid = uuid;
			return this;
		}

		public Builder sku(@Nullable String sku) {
			this.sku = sku;
			return this;
		}

		public Builder family(@Nullable String family) {
			this.family = family;
			return this;
		}

		public Builder parentCode(@Nullable String parentCode) {
			this.parentCode = parentCode;
			return this;
		}

		public Builder akeneoUpdated(@Nullable String updated) {
			this.akeneoUpdated = updated;
			return this;
		}

		public Builder categories(List<String> categories) {
			this.categories = List.copyOf(categories);
			return this;
		}

		/** The SCS relationship and the rank it is delivered at (parents before children). */
		public Builder relationship(@Nullable ObjectNode relationship, int deliveryRank) {
			this.relationship = relationship;
			this.deliveryRank = deliveryRank;
			return this;
		}

		public Builder takesCodeFrom(@Nullable LedgerEntry holder) {
			this.takesCodeFrom = holder;
			return this;
		}

		public MappedItem build() {
			return new MappedItem(copy());
		}

		private Builder copy() {
			Builder copy = new Builder(itemKey, kind, stockId, stockItem);
			copy.akeneoUuid = akeneoUuid;
			copy.sku = sku;
			copy.family = family;
			copy.parentCode = parentCode;
			copy.akeneoUpdated = akeneoUpdated;
			copy.categories = categories;
			copy.relationship = relationship;
			copy.deliveryRank = deliveryRank;
			copy.takesCodeFrom = takesCodeFrom;
			return copy;
		}

	}

}
