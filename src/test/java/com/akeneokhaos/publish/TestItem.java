package com.akeneokhaos.publish;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.catalogue.mapping.MappedStockItem;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.outbox.OutboxEntry;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An item as the mapping hands it to the writer, with the fields the tests change. Its Khaos fields are
 * {@code StockCode}, {@code Description} and {@code Options.PublishOnWeb}, owned always, and
 * {@code TaxCode} and {@code Options.StockControlled}, owned on create only.
 */
record TestItem(String key, ItemKind kind, String stockId, String stockCode, String description,
		boolean publishOnWeb, int taxCode, @Nullable String parentCode, @Nullable ObjectNode relationship,
		int rank, @Nullable LedgerEntry takesCodeFrom) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** A simple product, standing alone; {@code scope} keeps its keys and codes apart from other tests'. */
	static TestItem simple(String scope, String name) {
		String upper = (scope + "-" + name).toUpperCase(Locale.ROOT);
		return new TestItem(scope + "/product-" + name, ItemKind.SIMPLE, "P-" + upper, "SKU-" + upper,
				"Product " + name, true, 1, null, null, OutboxEntry.RANK_PARENTS, null);
	}

	/** A product model: an SCS parent with these headings. */
	static TestItem model(String scope, String code, String... headings) {
		String upper = (scope + "-" + code).toUpperCase(Locale.ROOT);
		ObjectNode relationship = NODES.objectNode();
		relationship.putObject("SCSParent").set("Headings", strings(headings));
		return new TestItem(scope + "/model:" + code, ItemKind.MODEL, "M-" + upper, "MODEL-" + upper, "Model " + code,
				true, 1, null, relationship, OutboxEntry.RANK_PARENTS, null);
	}

	/** A variant of {@code parent}, in the parent's scope: an SCS child with these values. */
	static TestItem variant(String name, TestItem parent, String... values) {
		String scope = parent.key().substring(0, parent.key().indexOf('/'));
		String upper = (scope + "-" + name).toUpperCase(Locale.ROOT);
		ObjectNode relationship = NODES.objectNode();
		relationship.putObject("SCSChild")
			.put("ParentStockID", parent.stockId())
			.set("SCSValues", strings(values));
		return new TestItem(scope + "/product-" + name, ItemKind.VARIANT, "P-" + upper, "SKU-" + upper,
				"Variant " + name, true, 1, parent.key().substring(parent.key().indexOf("model:") + "model:".length()),
				relationship, OutboxEntry.RANK_CHILDREN, null);
	}

	TestItem withDescription(String newDescription) {
		return new TestItem(key, kind, stockId, stockCode, newDescription, publishOnWeb, taxCode, parentCode,
				relationship, rank, takesCodeFrom);
	}

	TestItem withPublishOnWeb(boolean onWeb) {
		return new TestItem(key, kind, stockId, stockCode, description, onWeb, taxCode, parentCode, relationship, rank,
				takesCodeFrom);
	}

	TestItem withStockCode(String newCode) {
		return new TestItem(key, kind, stockId, newCode, description, publishOnWeb, taxCode, parentCode, relationship,
				rank, takesCodeFrom);
	}

	TestItem withTaxCode(int newTaxCode) {
		return new TestItem(key, kind, stockId, stockCode, description, publishOnWeb, newTaxCode, parentCode,
				relationship, rank, takesCodeFrom);
	}

	/** The same item claiming the stock code of {@code holder}, whose Akeneo item is gone. */
	TestItem takingCodeOf(LedgerEntry holder) {
		return new TestItem(key, kind, stockId, holder.stockCode(), description, publishOnWeb, taxCode, parentCode,
				relationship, rank, holder);
	}

	MappedItem mapped() {
		ObjectNode always = NODES.objectNode()
			.put("StockCode", stockCode)
			.put("Description", description);
		always.putObject("Options").put("PublishOnWeb", publishOnWeb);
		ObjectNode onCreate = NODES.objectNode().put("TaxCode", taxCode);
		onCreate.putObject("Options").put("StockControlled", true);
		return MappedItem.builder(key, kind, stockId, new MappedStockItem(stockCode, always, onCreate))
			.akeneoUuid((kind == ItemKind.MODEL) ? null : UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString())
			.sku(stockCode)
			.family("shirts")
			.parentCode(parentCode)
			.akeneoUpdated("2026-03-01T08:00:00+00:00")
			.relationship((relationship != null) ? relationship.deepCopy() : null, rank)
			.takesCodeFrom(takesCodeFrom)
			.build();
	}

	/** What Khaos must get when the item is created: every field it owns. */
	ObjectNode createPayload() {
		ObjectNode payload = NODES.objectNode()
			.put("StockID", stockId)
			.put("StockCode", stockCode)
			.put("Description", description)
			.put("TaxCode", taxCode);
		payload.putObject("Options").put("PublishOnWeb", publishOnWeb).put("StockControlled", true);
		return payload;
	}

	/** What Khaos must get when the item changes: the fields owned always, and no others. */
	ObjectNode updatePayload() {
		ObjectNode payload = NODES.objectNode()
			.put("StockID", stockId)
			.put("StockCode", stockCode)
			.put("Description", description);
		payload.putObject("Options").put("PublishOnWeb", publishOnWeb);
		return payload;
	}

	@Override
	public String toString() {
		return key;
	}

	private static ArrayNode strings(String... values) {
		ArrayNode array = NODES.arrayNode();
		for (String value : values) {
			array.add(value);
		}
		return array;
	}

}
