package com.akeneokhaos.writeback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.SyncExceptions;
import com.akeneokhaos.problems.Violation;
import com.akeneokhaos.publish.MappedItem;
import com.akeneokhaos.publish.RunReferenceData;

/**
 * Decides, in a product publishing step, the status each product should show in Akeneo, and asks for a write-back
 * (in the chunk's transaction) when the product does not show it already: {@code rejected} with the sentence of
 * every broken rule; for a valid product {@code confirmed} once Khaos has confirmed its item, {@code rejected} while
 * Khaos has not confirmed it past the grace period (the open {@code khaos-not-confirmed} exception says why), else
 * {@code pending}. Does nothing in a job that does not write back.
 */
public class WriteBackRecorder implements ItemProcessListener<AkeneoProduct, MappedItem>,
		ItemWriteListener<MappedItem>, SkipListener<AkeneoProduct, MappedItem>, ChunkListener<AkeneoProduct, MappedItem> {

	private final WriteBacks writeBacks;

	private final Ledger ledger;

	private final SyncExceptions exceptions;

	private final RunReferenceData reference;

	private final WriteBackProperties properties;

	private final String jobName;

	private final long jobExecutionId;

	private final Map<String, AkeneoProduct> processed = new HashMap<>();

	public WriteBackRecorder(WriteBacks writeBacks, Ledger ledger, SyncExceptions exceptions,
			RunReferenceData reference, WriteBackProperties properties, String jobName, long jobExecutionId) {
		this.writeBacks = writeBacks;
		this.ledger = ledger;
		this.exceptions = exceptions;
		this.reference = reference;
		this.properties = properties;
		this.jobName = jobName;
		this.jobExecutionId = jobExecutionId;
	}

	private boolean enabled() {
		return properties.enabledFor(jobName);
	}

	@Override
	public void beforeChunk(Chunk<AkeneoProduct> chunk) {
		processed.clear();
	}

	@Override
	public void afterProcess(AkeneoProduct product, MappedItem result) {
		if (enabled() && result != null) {
			processed.put(product.uuid(), product);
		}
	}

	@Override
	public void onSkipInProcess(AkeneoProduct product, Throwable failure) {
		if (!enabled()) {
			return;
		}
		StatusValues values = values();
		List<String> sentences = (failure instanceof ItemRejectedException rejection)
				? rejection.violations().stream().map(Violation::message).toList()
				: List.of("The product could not be prepared for Khaos: " + failure.getMessage());
		String sku = (failure instanceof ItemRejectedException rejection) ? rejection.sku() : null;
		requestUnlessShown(values, List.of(new Wanted(product,
				WriteBack.of(product.uuid(), sku, OnboardingStatus.REJECTED, values.message(sentences)))));
	}

	@Override
	public void afterWrite(Chunk<? extends MappedItem> items) {
		if (!enabled()) {
			return;
		}
		List<String> uuids = new ArrayList<>();
		for (MappedItem item : items) {
			if (item.akeneoUuid() != null && processed.containsKey(item.akeneoUuid())) {
				uuids.add(item.akeneoUuid());
			}
		}
		Map<String, LedgerEntry> entries = ledger.findAll(uuids);
		Map<String, String> unconfirmed = exceptions.openMessages(uuids, Rule.KHAOS_NOT_CONFIRMED);
		StatusValues values = values();
		List<Wanted> wanted = new ArrayList<>();
		for (String uuid : uuids) {
			LedgerEntry entry = entries.get(uuid);
			String sku = (entry != null) ? entry.sku() : null;
			WriteBack writeBack = (entry != null && entry.confirmedAt() != null)
					? WriteBack.of(uuid, sku, OnboardingStatus.CONFIRMED, "")
					: unconfirmed.containsKey(uuid)
							? WriteBack.of(uuid, sku, OnboardingStatus.REJECTED,
									values.message(List.of(unconfirmed.get(uuid))))
							: WriteBack.of(uuid, sku, OnboardingStatus.PENDING, "");
			wanted.add(new Wanted(processed.get(uuid), writeBack));
		}
		requestUnlessShown(values, wanted);
	}

	private void requestUnlessShown(StatusValues values, List<Wanted> wanted) {
		writeBacks.request(wanted.stream()
			.filter(want -> !values.shows(want.product(), want.writeBack()))
			.map(Wanted::writeBack)
			.toList(), jobName, jobExecutionId);
	}

	private StatusValues values() {
		return StatusValues.of(properties, reference.get());
	}

	private record Wanted(AkeneoProduct product, WriteBack writeBack) {
	}

}
