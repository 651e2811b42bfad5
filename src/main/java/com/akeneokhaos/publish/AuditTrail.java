package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.LedgerEvent;
import com.akeneokhaos.ledger.Retirement;

/**
 * What the audit trail says about one publication: a creation, an update, or a structure change (kind or
 * parent model changed, told in words with what Khaos gets), and any stock code change on the same StockID.
 */
final class AuditTrail {

	private AuditTrail() {
	}

	/** A retired item: discontinued and renamed to free its stock code. */
	static LedgerEvent retired(Retirement retired) {
		return new LedgerEvent(retired.archiveKey(), "DISCONTINUED", retired.historyDetail());
	}

	/**
	 * The published {@code item}, known to the ledger as {@code previous} (null when new), {@code created} as a
	 * new Khaos item or, when {@code replaced} is set, as the successor of the product's former Khaos item.
	 */
	static LedgerEvent published(MappedItem item, boolean created, @Nullable LedgerEntry previous,
			@Nullable Retirement replaced) {
		String key = item.itemKey();
		if (replaced != null && previous != null) {
			return new LedgerEvent(key, "STRUCTURE_CHANGED", "Was " + describe(previous.kind(), previous.parentCode())
					+ ", now " + describe(item.kind(), item.parentCode()) + ": " + replaced.historyDetail()
					+ "; published as new Khaos item " + item.stockId() + " with stock code " + item.stockCode()
					+ (item.relationship() == null ? " standing alone" : structure(item)));
		}
		if (created || previous == null) {
			return new LedgerEvent(key, "CREATED", "Published as new Khaos item " + item.stockId() + " with stock code "
					+ item.stockCode() + structure(item));
		}
		String codeChange = Objects.equals(previous.stockCode(), item.stockCode()) ? ""
				: "; stock code changed from " + previous.stockCode() + " to " + item.stockCode() + " on the same StockID";
		if (previous.kind() != item.kind() || !Objects.equals(previous.parentCode(), item.parentCode())) {
			return new LedgerEvent(key, "STRUCTURE_CHANGED", "Was " + describe(previous.kind(), previous.parentCode())
					+ ", now " + describe(item.kind(), item.parentCode()) + ": republished Khaos item " + item.stockId()
					+ " (same StockID, stock history kept)" + structure(item) + codeChange);
		}
		if (item.stockItem().always().at("/Options/Discontinued").asBoolean(false)) {
			return new LedgerEvent(key, "DISCONTINUED", "Disabled in Akeneo: Khaos item " + item.stockId() + " (stock code "
					+ item.stockCode() + ") discontinued and taken off the web, not deleted; enabling the product in "
					+ "Akeneo sells it again" + codeChange);
		}
		return new LedgerEvent(key, "UPDATED", "Published changes to Khaos item " + item.stockId() + " with stock code "
				+ item.stockCode() + structure(item) + codeChange);
	}

	private static String describe(ItemKind kind, @Nullable String parentCode) {
		return switch (kind) {
			case SIMPLE -> "a simple product";
			case MODEL -> "a product model (SCS parent)";
			case VARIANT -> "a variant of model '" + parentCode + "'";
		};
	}

	/** Where the item stands in its SCS structure, as published: a parent's headings, a child's values. */
	private static String structure(MappedItem item) {
		ObjectNode relationship = item.relationship();
		if (relationship == null) {
			return "";
		}
		if (relationship.has("SCSParent")) {
			return " as SCS parent with headings " + joined(relationship.at("/SCSParent/Headings"));
		}
		return " as SCS child of " + relationship.at("/SCSChild/ParentStockID").asString("") + " with values "
				+ joined(relationship.at("/SCSChild/SCSValues"));
	}

	private static String joined(JsonNode values) {
		List<String> texts = new ArrayList<>();
		values.forEach(value -> texts.add(value.asString("")));
		return "[" + String.join(", ", texts) + "]";
	}

}
