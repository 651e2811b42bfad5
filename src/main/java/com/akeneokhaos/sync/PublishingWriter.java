package com.akeneokhaos.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sync.OutboxEntry.ChangeType;

/**
 * Publishes mapped items: for each one whose payload differs from what the ledger last published, an
 * outbox entry plus the ledger update, all in the chunk's transaction. Unchanged items only get their
 * ledger row marked as seen. {@code on-create} fields go out only the first time an item is published.
 */
public class PublishingWriter implements ItemWriter<MappedItem> {

	private final Ledger ledger;

	private final Outbox outbox;

	private final JsonMapper json;

	private final long jobExecutionId;

	public PublishingWriter(Ledger ledger, Outbox outbox, JsonMapper json, long jobExecutionId) {
		this.ledger = ledger;
		this.outbox = outbox;
		this.json = json;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void write(Chunk<? extends MappedItem> chunk) {
		Map<String, LedgerEntry> known = ledger.findAll(chunk.getItems().stream().map(MappedItem::itemKey).toList());
		List<String> unchanged = new ArrayList<>();
		for (MappedItem item : chunk) {
			LedgerEntry entry = known.get(item.itemKey());
			String hash = PayloadHash.of(withStockId(item, item.stockItem().always()));
			if (isUnchanged(entry, hash)) {
				unchanged.add(item.itemKey());
			}
			else {
				publish(item, entry, hash);
			}
		}
		ledger.recordSeen(unchanged, jobExecutionId);
	}

	private static boolean isUnchanged(LedgerEntry entry, String hash) {
		return entry != null && entry.wasPublished() && entry.status() != LedgerStatus.DISCONTINUED
				&& hash.equals(entry.payloadHash());
	}

	private void publish(MappedItem item, LedgerEntry entry, String hash) {
		boolean create = entry == null || !entry.wasPublished();
		ObjectNode payload = withStockId(item, create ? item.stockItem().forCreate() : item.stockItem().always());
		outbox.append(new OutboxEntry(item.stockId(), item.itemKey(), item.stockCode(),
				create ? ChangeType.CREATE : ChangeType.UPDATE, 0, json.writeValueAsString(payload), null, hash),
				jobExecutionId);
		ledger.recordPublished(item, hash, jobExecutionId, create);
	}

	private static ObjectNode withStockId(MappedItem item, ObjectNode fields) {
		ObjectNode payload = fields.objectNode();
		payload.put("StockID", item.stockId());
		fields.properties().forEach(e -> payload.set(e.getKey(), e.getValue()));
		return payload;
	}

}
