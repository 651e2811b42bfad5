package com.akeneokhaos.sandbox.khaos;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Khaos rules an incoming item or relationship must pass; each check returns the refusal reason. */
final class StockRules {

	static final int MAX_STOCK_CODE = 30;

	static final int MAX_SHORT_DESCRIPTION = 250;

	static final int MAX_SCS_HEADINGS = 4;

	private static final List<String> TYPED_ON_CREATE = List.of("StockType1", "StockType2", "TaxRate");

	private static final List<String> PRICES_ON_CREATE = List.of("BuyPrice", "SellPrice");

	private StockRules() {
	}

	/** Rules on the item as sent: no nulls, stock code, fields required on create. */
	static Optional<String> checkItem(String stockId, ObjectNode incoming, boolean create, StockStore store) {
		Optional<String> nullPath = KhaosJson.firstNull(incoming, "item");
		if (nullPath.isPresent()) {
			return Optional.of("null value at " + nullPath.get());
		}
		Optional<String> code = KhaosJson.text(incoming, "StockCode").filter(c -> !c.isBlank());
		if (code.isEmpty()) {
			return Optional.of("StockCode missing");
		}
		if (code.get().length() > MAX_STOCK_CODE) {
			return Optional.of("StockCode longer than " + MAX_STOCK_CODE + " characters");
		}
		Optional<String> holder = store.holderOf(code.get()).filter(id -> !id.equals(stockId));
		if (holder.isPresent()) {
			return Optional.of("StockCode " + code.get() + " already used by StockID " + holder.get()
					+ " (codes are unique ignoring case)");
		}
		return checkFields(incoming, create);
	}

	/** Rules on the relationship the item will have, against the item as merged. */
	static Optional<String> checkRelationship(String stockId, ObjectNode merged, ObjectNode relationship,
			List<ObjectNode> sent, StockStore store) {
		for (ObjectNode entry : sent) {
			Optional<String> nullPath = KhaosJson.firstNull(entry, "relationship");
			if (nullPath.isPresent()) {
				return Optional.of("null value at " + nullPath.get());
			}
		}
		boolean parent = relationship.has("SCSParent");
		boolean child = relationship.has("SCSChild");
		if (parent && child) {
			return Optional.of("relationship is both SCSParent and SCSChild");
		}
		if (parent) {
			JsonNode headings = relationship.get("SCSParent").get("Headings");
			if (headings != null && headings.size() > MAX_SCS_HEADINGS) {
				return Optional.of("SCS parent has more than " + MAX_SCS_HEADINGS + " headings");
			}
			if (KhaosStockItem.option(merged, "StockControlled", true)) {
				return Optional.of("SCS parent must not be stock controlled");
			}
		}
		if (child) {
			Optional<String> parentId = KhaosJson.text(relationship.get("SCSChild"), "ParentStockID")
				.filter(id -> !id.isBlank());
			if (parentId.isEmpty()) {
				return Optional.of("SCSChild has no ParentStockID");
			}
			if (parentId.get().equals(stockId) || !store.contains(parentId.get())) {
				return Optional.of("SCS parent StockID " + parentId.get() + " does not exist");
			}
		}
		return Optional.empty();
	}

	private static Optional<String> checkFields(ObjectNode incoming, boolean create) {
		JsonNode description = incoming.get("ShortDescription");
		if (description != null && (!description.isString() || description.asString().isBlank())) {
			return Optional.of("ShortDescription invalid");
		}
		if (description != null && description.asString().length() > MAX_SHORT_DESCRIPTION) {
			return Optional.of("ShortDescription longer than " + MAX_SHORT_DESCRIPTION + " characters");
		}
		if (description == null && create) {
			return Optional.of("ShortDescription missing on create");
		}
		for (String field : TYPED_ON_CREATE) {
			Optional<String> reason = check(incoming, field, create, StockRules::identifiesType);
			if (reason.isPresent()) {
				return reason;
			}
		}
		for (String field : PRICES_ON_CREATE) {
			Optional<String> reason = check(incoming, field, create, StockRules::isPrice);
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> check(ObjectNode incoming, String field, boolean create,
			java.util.function.Predicate<JsonNode> valid) {
		JsonNode value = incoming.get(field);
		if (value == null) {
			return create ? Optional.of(field + " missing on create") : Optional.empty();
		}
		return valid.test(value) ? Optional.empty() : Optional.of(field + " invalid");
	}

	/** {@code {Name}}, {@code {ID}} or {@code {Code}}. */
	private static boolean identifiesType(JsonNode value) {
		return value.isObject() && List.of("Name", "ID", "Code").stream()
			.anyMatch(key -> KhaosJson.text(value, key).filter(s -> !s.isBlank()).isPresent());
	}

	/** {@code {Net}} or {@code {Gross}}. */
	private static boolean isPrice(JsonNode value) {
		return value.isObject() && (isNumber(value.get("Net")) || isNumber(value.get("Gross")));
	}

	private static boolean isNumber(JsonNode value) {
		return value != null && value.isNumber();
	}

}
