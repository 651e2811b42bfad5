package com.akeneokhaos.jobs.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.outbox.OutboxEntry;
import com.akeneokhaos.outbox.PayloadHash;

/**
 * Publishes the images that changed, in the chunk's transaction: an outbox entry carrying only the item's identity
 * and {@code Images} (Khaos replaces the fields sent, so nothing else of the item can be touched), the list recorded
 * as sent, and which assets each product shows now. A product whose first list is empty gets no entry.
 */
class ImageWriter implements ItemWriter<ImageItem> {

	private final ImageLedger images;

	private final Outbox outbox;

	private final long jobExecutionId;

	ImageWriter(ImageLedger images, Outbox outbox, long jobExecutionId) {
		this.images = images;
		this.outbox = outbox;
		this.jobExecutionId = jobExecutionId;
	}

	@Override
	public void write(Chunk<? extends ImageItem> chunk) {
		Map<String, String> sent = images.hashes(chunk.getItems().stream().map(ImageItem::uuid).toList());
		List<OutboxEntry> entries = new ArrayList<>();
		for (ImageItem item : chunk.getItems()) {
			String hash = PayloadHash.of(item.images());
			String before = sent.get(item.uuid());
			if (!hash.equals(before) && !(before == null && item.images().isEmpty())) {
				entries.add(entry(item, hash));
			}
			if (!hash.equals(before)) {
				images.recordSent(item, hash, jobExecutionId);
			}
			images.recordUsage(item.uuid(), item.assets());
		}
		outbox.append(entries, jobExecutionId);
	}

	private static OutboxEntry entry(ImageItem item, String hash) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode().put("StockID", item.stockId());
		if (item.stockCode() != null) {
			payload.put("StockCode", item.stockCode());
		}
		payload.set("Images", item.images());
		return new OutboxEntry(item.stockId(), item.uuid(), item.stockCode(), OutboxEntry.ChangeType.UPDATE,
				item.deliveryRank(), payload.toString(), null, hash);
	}

}
