package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerCategories;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.LedgerEvent;
import com.akeneokhaos.ledger.LedgerStatus;
import com.akeneokhaos.ledger.Retirement;
import com.akeneokhaos.outbox.Outbox;
import com.akeneokhaos.outbox.OutboxEntry;
import com.akeneokhaos.outbox.OutboxEntry.ChangeType;
import com.akeneokhaos.outbox.PayloadHash;
import com.akeneokhaos.structure.ChunkReleases;
import com.akeneokhaos.structure.Discontinuation;
import com.akeneokhaos.structure.Replacements;
import com.akeneokhaos.structure.StockIds;

/**
 * Publishes mapped items: for each one whose payload differs from what the ledger last published, an
 * outbox entry plus the ledger update, all in the chunk's transaction. Unchanged items only get their
 * ledger row marked as seen. {@code on-create} fields go out only the first time an item is published.
 * A chunk costs one ledger lookup and at most six statements whatever its size: the outbox, ledger and
 * history rows as three JDBC batches, the update of the unchanged ones (and of the categories of those whose
 * categories changed) and, when it holds SCS children, the mark on their parents (plus a few for each item retired to free its stock code, see {@link Replacements}).
 * Items are staged in order (what they retire depends on the items before them), then hashed and rendered on every
 * core at once ({@link ChunkMapping}), then planned in order again.
 */
public class PublishingWriter implements ItemWriter<MappedItem> {

	private final Ledger ledger;

	private final Outbox outbox;

	private final JsonMapper json;

	private final Replacements replacements;

	private final PublishingRun run;

	private final ChunkMapping chunkMapping;

	/** The plan of a chunk whose write failed part-way, kept for the retry of that same chunk. */
	private @Nullable Plan retrying;

	PublishingWriter(Ledger ledger, Outbox outbox, JsonMapper json, Replacements replacements, PublishingRun run,
			ChunkMapping chunkMapping) {
		this.chunkMapping = chunkMapping;
		this.ledger = ledger;
		this.outbox = outbox;
		this.json = json;
		this.replacements = replacements;
		this.run = run;
	}

	@Override
	public void write(Chunk<? extends MappedItem> chunk) {
		Plan plan = (retrying != null && retrying.chunk == chunk) ? retrying : plan(chunk);
		retrying = plan;
		plan.carryOut();
		retrying = null;
	}

	/**
	 * What a chunk needs written, worked out once against the ledger. Each step is one batch; when one fails
	 * (a lock wait timeout undoes only that statement) and the step retries the write in the same
	 * transaction, the same chunk resumes at the step that failed, so a retry neither appends an outbox
	 * entry twice nor loses the ledger or history rows of items whose outbox entry was already appended.
	 */
	private Plan plan(Chunk<? extends MappedItem> chunk) {
		Map<String, LedgerEntry> known = ledger.findAll(chunk.getItems().stream().map(MappedItem::itemKey).toList());
		ChunkReleases releases = replacements.forChunk(chunk.getItems(), known);
		List<Staged> staged = new ArrayList<>(chunk.size());
		for (MappedItem mapped : chunk) {
			LedgerEntry entry = known.get(mapped.itemKey());
			Retirement replaced = releases.replacing(entry, mapped);
			MappedItem item = onItsKhaosItem(mapped, entry, replaced);
			staged.add(new Staged(item, entry, replaced, releases.holdersOfCodeOf(item)));
		}
		Map<Staged, Rendered> rendered = chunkMapping.mapAll(staged, this::render);
		Plan plan = new Plan(chunk);
		for (Staged next : staged) {
			Rendered done = rendered.get(next);
			plan.add(next, (done != null) ? done : render(next)); // one that failed fails again here, as it was
		}
		return plan;
	}

	/** Its hash and, unless it is unchanged, what its outbox entry says: item by item, on every core at once. */
	private Rendered render(Staged staged) {
		MappedItem item = staged.item();
		String hash = hash(item);
		if (staged.replaced() == null && isUnchanged(staged.entry(), hash)) {
			return new Rendered(hash, false, null, null);
		}
		LedgerEntry entry = staged.entry();
		boolean create = entry == null || !entry.wasPublished() || staged.replaced() != null;
		ObjectNode payload = withStockId(item, create ? item.stockItem().forCreate() : item.stockItem().always());
		if (!create && entry.status() == LedgerStatus.DISCONTINUED) {
			payload.withObject("/Options").put("Discontinued", false);
		}
		return new Rendered(hash, create, json.writeValueAsString(payload),
				(item.relationship() != null) ? json.writeValueAsString(item.relationship()) : null);
	}

	/** An item on its Khaos item, with what the ledger holds for it and what it retires. */
	private record Staged(MappedItem item, @Nullable LedgerEntry entry, @Nullable Retirement replaced,
			List<Retirement> holders) {
	}

	/** What decides whether an item changed, and its outbox entry's text when it did ({@code payload} null if not). */
	private record Rendered(String hash, boolean create, @Nullable String payload, @Nullable String relationship) {
	}

	/** The Khaos item the ledger holds for it, or the successor of the one being replaced. */
	private static MappedItem onItsKhaosItem(MappedItem item, @Nullable LedgerEntry entry,
			@Nullable Retirement replaced) {
		if (replaced != null) {
			return item.withStockId(StockIds.successor(replaced.old().stockId()));
		}
		return (entry != null) ? item.withStockId(entry.stockId()) : item;
	}

	/** What decides whether an item changed: its always-owned fields and, for SCS items, its relationship. */
	private static String hash(MappedItem item) {
		ObjectNode fields = withStockId(item, item.stockItem().always());
		if (item.relationship() == null) {
			return PayloadHash.of(fields);
		}
		ObjectNode both = fields.objectNode();
		both.set("item", fields);
		both.set("relationship", item.relationship());
		return PayloadHash.of(both);
	}

	private static boolean isUnchanged(LedgerEntry entry, String hash) {
		return entry != null && entry.wasPublished() && entry.status() != LedgerStatus.DISCONTINUED
				&& hash.equals(entry.payloadHash());
	}

	private static ObjectNode withStockId(MappedItem item, ObjectNode fields) {
		ObjectNode payload = fields.objectNode();
		payload.put("StockID", item.stockId());
		fields.properties().forEach(e -> payload.set(e.getKey(), e.getValue()));
		return payload;
	}

	private final class Plan {

		private final Chunk<? extends MappedItem> chunk;

		private final List<OutboxEntry> outbox = new ArrayList<>();

		private final List<Ledger.Publication> published = new ArrayList<>();

		private final List<String> unchanged = new ArrayList<>();

		private final List<MappedItem> recategorised = new ArrayList<>();

		private final List<Retirement> retired = new ArrayList<>();

		private final List<LedgerEvent> events = new ArrayList<>();

		private int stepsDone;

		Plan(Chunk<? extends MappedItem> chunk) {
			this.chunk = chunk;
		}

		/** The item's entry goes out after those of the items it retires; an unchanged item is only marked seen. */
		void add(Staged staged, Rendered rendered) {
			MappedItem item = staged.item();
			staged.holders().forEach(this::retire);
			if (staged.replaced() != null) {
				retire(staged.replaced());
			}
			if (rendered.payload() == null) {
				unchanged.add(item.itemKey());
				if (LedgerCategories.changed(staged.entry(), item)) {
					recategorised.add(item);
				}
				return;
			}
			outbox.add(new OutboxEntry(item.stockId(), item.itemKey(), item.stockCode(),
					rendered.create() ? ChangeType.CREATE : ChangeType.UPDATE, item.deliveryRank(), rendered.payload(),
					rendered.relationship(), rendered.hash()));
			published.add(new Ledger.Publication(item, rendered.hash(), rendered.create(), staged.entry(),
					staged.replaced()));
			events.add(AuditTrail.published(item, rendered.create(), staged.entry(), staged.replaced()));
		}

		/** The retired item's entry goes out before the item that takes its code. */
		private void retire(Retirement retirement) {
			retired.add(retirement);
			outbox.add(Discontinuation.freeing(retirement));
		}

		void carryOut() {
			if (stepsDone < 1) {
				PublishingWriter.this.outbox.append(outbox, run.jobExecutionId());
				stepsDone = 1;
			}
			if (stepsDone < 2) {
				ledger.recordPublished(published, run.jobExecutionId(), run.readsEverything());
				stepsDone = 2;
			}
			if (stepsDone < 3) {
				ledger.recordRetired(retired, run.jobExecutionId());
				stepsDone = 3;
			}
			if (stepsDone < 4) {
				List<LedgerEvent> history = new ArrayList<>(retired.stream().map(AuditTrail::retired).toList());
				history.addAll(events);
				ledger.recordHistory(history, run.jobExecutionId());
				stepsDone = 4;
			}
			ledger.recordSeen(unchanged, run.jobExecutionId(), run.readsEverything());
			ledger.categories().record(recategorised);
		}

	}

}
