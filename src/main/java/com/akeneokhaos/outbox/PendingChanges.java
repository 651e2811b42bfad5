package com.akeneokhaos.outbox;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The changes of one ProvidedStock page, one per StockID: when several entries for an item wait in the same
 * page (say its creation, then a rename before KCC polled), KCC gets them as one item, each later entry's
 * fields over the earlier ones ({@code Options} flag by flag, as Khaos applies them), so no field the
 * creation needs is lost. The item keeps the latest relationship sent and its latest entry's delivery rank
 * (as {@link PageTagger} orders pages), and items go by rank, then in the order their first entry was written.
 */
final class PendingChanges {

	private PendingChanges() {
	}

	static List<OutboxRow> collapse(List<OutboxRow> rowsInIdOrder, JsonMapper json) {
		Map<String, OutboxRow> byStockId = new LinkedHashMap<>();
		Map<String, Long> firstId = new LinkedHashMap<>();
		for (OutboxRow row : rowsInIdOrder) {
			firstId.putIfAbsent(row.stockId(), row.id());
			byStockId.merge(row.stockId(), row, (earlier, later) -> merge(earlier, later, json));
		}
		return byStockId.values()
			.stream()
			.sorted(Comparator.comparingInt(OutboxRow::deliveryRank).thenComparing(r -> firstId.get(r.stockId())))
			.toList();
	}

	private static OutboxRow merge(OutboxRow earlier, OutboxRow later, JsonMapper json) {
		ObjectNode payload = (ObjectNode) json.readTree(earlier.payload());
		for (Map.Entry<String, JsonNode> field : json.readTree(later.payload()).properties()) {
			JsonNode current = payload.get(field.getKey());
			if ("Options".equals(field.getKey()) && current instanceof ObjectNode options
					&& field.getValue() instanceof ObjectNode laterOptions) {
				options.setAll(laterOptions);
			}
			else {
				payload.set(field.getKey(), field.getValue());
			}
		}
		String relationship = (later.relationship() != null) ? later.relationship() : earlier.relationship();
		return new OutboxRow(later.id(), later.stockId(), later.deliveryRank(),
				json.writeValueAsString(payload), relationship);
	}

}
