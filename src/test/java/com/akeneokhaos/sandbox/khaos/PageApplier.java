package com.akeneokhaos.sandbox.khaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies one {@link StockChangesPage} to the store, in page order, enforcing {@link StockRules}. An item
 * takes the relationships sent for its StockID in the same page; a refused item takes neither. Updates
 * replace the top-level fields sent (and the {@code Options} flags sent, one by one); {@code Deleted}
 * StockIDs are discontinued, never removed.
 */
final class PageApplier {

	/** What a page changed: the StockIDs to upload, and the counts. */
	record Outcome(List<String> changed, int applied, int rejected) {
	}

	private final StockStore store;

	private final List<Rejection> rejections;

	PageApplier(StockStore store, List<Rejection> rejections) {
		this.store = store;
		this.rejections = rejections;
	}

	Outcome apply(StockChangesPage page) {
		Map<String, List<ObjectNode>> relationships = new LinkedHashMap<>();
		for (ObjectNode entry : page.relationships()) {
			String id = KhaosJson.text(entry, "StockID").orElse("");
			relationships.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
		}
		Set<String> changed = new LinkedHashSet<>();
		int applied = 0;
		int rejected = 0;
		for (ObjectNode incoming : page.items()) {
			String id = KhaosJson.text(incoming, "StockID").orElse("");
			List<ObjectNode> sent = id.isEmpty() ? List.of() : relationships.getOrDefault(id, List.of());
			relationships.remove(id);
			if (applyItem(id, incoming, sent)) {
				changed.add(id);
				applied++;
			}
			else {
				rejected++;
			}
		}
		for (Map.Entry<String, List<ObjectNode>> entry : relationships.entrySet()) {
			if (applyRelationship(entry.getKey(), entry.getValue())) {
				changed.add(entry.getKey());
				applied++;
			}
			else {
				rejected++;
			}
		}
		for (String id : page.deleted()) {
			Optional<KhaosStockItem> existing = store.get(id);
			if (existing.isPresent()) {
				ObjectNode fields = existing.get().fields().deepCopy();
				options(fields).put("Discontinued", true);
				store.put(new KhaosStockItem(id, existing.get().stockCode(), fields, existing.get().relationship()));
				changed.add(id);
				applied++;
			}
		}
		return new Outcome(List.copyOf(changed), applied, rejected);
	}

	private boolean applyItem(String id, ObjectNode incoming, List<ObjectNode> sent) {
		String code = KhaosJson.text(incoming, "StockCode").orElse("");
		if (id.isBlank()) {
			return reject("", code, "StockID missing");
		}
		Optional<KhaosStockItem> existing = store.get(id);
		Optional<String> reason = StockRules.checkItem(id, incoming, existing.isEmpty(), store);
		ObjectNode merged = merge(existing.map(KhaosStockItem::fields).orElse(null), incoming);
		ObjectNode relationship = relationship(existing, sent);
		if (reason.isEmpty()) {
			reason = StockRules.checkRelationship(id, merged, relationship, sent, store);
		}
		if (reason.isPresent()) {
			return reject(id, code, reason.get());
		}
		store.put(new KhaosStockItem(id, code, merged, relationship));
		return true;
	}

	private boolean applyRelationship(String id, List<ObjectNode> sent) {
		Optional<KhaosStockItem> existing = store.get(id);
		if (id.isBlank() || existing.isEmpty()) {
			return reject(id, "", "relationship for unknown StockID");
		}
		KhaosStockItem item = existing.get();
		ObjectNode relationship = relationship(existing, sent);
		Optional<String> reason = StockRules.checkRelationship(id, item.fields(), relationship, sent, store);
		if (reason.isPresent()) {
			return reject(id, item.stockCode(), reason.get());
		}
		store.put(new KhaosStockItem(id, item.stockCode(), item.fields(), relationship));
		return true;
	}

	private boolean reject(String id, String code, String reason) {
		rejections.add(new Rejection(id, code, reason));
		return false;
	}

	private static ObjectNode merge(ObjectNode stored, ObjectNode incoming) {
		ObjectNode merged = stored == null ? KhaosJson.object() : stored.deepCopy();
		for (Map.Entry<String, JsonNode> field : incoming.properties()) {
			JsonNode current = merged.get(field.getKey());
			if ("Options".equals(field.getKey()) && current != null && current.isObject()
					&& field.getValue().isObject()) {
				((ObjectNode) current).setAll((ObjectNode) field.getValue().deepCopy());
			}
			else {
				merged.set(field.getKey(), field.getValue().deepCopy());
			}
		}
		return merged;
	}

	/** The relationship sent in this page (entries combined, later wins), else the stored one. */
	private static ObjectNode relationship(Optional<KhaosStockItem> existing, List<ObjectNode> sent) {
		if (sent.isEmpty()) {
			return existing.map(item -> item.relationship().deepCopy()).orElseGet(KhaosJson::object);
		}
		ObjectNode combined = KhaosJson.object();
		for (ObjectNode entry : sent) {
			for (Map.Entry<String, JsonNode> field : entry.properties()) {
				if (!"StockID".equals(field.getKey())) {
					combined.set(field.getKey(), field.getValue().deepCopy());
				}
			}
		}
		return combined;
	}

	private static ObjectNode options(ObjectNode fields) {
		JsonNode options = fields.get("Options");
		return options != null && options.isObject() ? (ObjectNode) options : fields.putObject("Options");
	}

}
