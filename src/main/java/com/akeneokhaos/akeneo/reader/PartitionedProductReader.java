package com.akeneokhaos.akeneo.reader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.CursorPage;

/**
 * Reads every Akeneo product in partitions, N requests at once (Akeneo SaaS serves 4 requests of one connection at
 * once; one {@code search_after} list is one request after another), and hands them out in uuid order, exactly as
 * one list read from start to end would.
 * <p>
 * The partitions are N searches of about 1/N of the products each, by creation date ({@link CreationRanges}), and
 * never more than N of their requests are under way at once (a plan saved by an earlier version may hold a few more
 * searches than N). Each is an {@link AkeneoProductReader} of one search that reads pages ahead. Each partition
 * lists its products in uuid order, so handing out the smallest of the partitions' next products merges them into
 * the order of a single read. That is what keeps a refresh's outcome independent of timing: the first product (in
 * uuid order) to claim a stock code keeps it, and the outbox holds the same entries in the same order, whatever
 * partition answered first.
 * <p>
 * Restartable: the plan (the partitions' searches) is saved in the execution context when the reader first opens,
 * and every partition saves its own position there (its page, index and last uuid, under
 * {@code <name>.p<i>.}), counting only products handed out. A restart reads each partition on from there with the
 * same plan: a partition read to its end is not read again, and one that failed goes on from its last committed
 * product. A plan of one partition reads under the reader's own name, as an {@link AkeneoProductReader} would.
 * Not thread-safe: use it in a single-threaded step.
 */
public class PartitionedProductReader extends AbstractItemStreamItemReader<AkeneoProduct> {

	private static final Log logger = LogFactory.getLog(PartitionedProductReader.class);

	static final String PLAN = "partitions";

	private final AkeneoClient client;

	private final int partitions;

	private final List<Partition> partitionsRead = new ArrayList<>();

	/** Requests of this reader's partitions under way at once, at most {@code partitions}. */
	private final Semaphore atOnce;

	PartitionedProductReader(AkeneoClient client, String name, int partitions) {
		this.client = client;
		this.partitions = partitions;
		this.atOnce = new Semaphore(partitions, true);
		setName(name);
	}

	public static PartitionedProductReaderBuilder builder() {
		return new PartitionedProductReaderBuilder();
	}

	@Override
	public void open(ExecutionContext executionContext) {
		List<@Nullable String> plan = plan(executionContext);
		executionContext.putString(getExecutionContextKey(PLAN), JsonMapper.shared().writeValueAsString(plan));
		partitionsRead.clear();
		for (int i = 0; i < plan.size(); i++) {
			String name = (plan.size() == 1) ? getName() : getName() + ".p" + (i + 1);
			Partition partition = new Partition(new Part(client, name, plan.get(i), atOnce));
			partition.part.open(executionContext);
			partitionsRead.add(partition);
		}
	}

	/** The smallest uuid of the partitions' next products (each partition lists its products in uuid order). */
	@Override
	public @Nullable AkeneoProduct read() {
		Partition next = null;
		for (Partition partition : partitionsRead) {
			AkeneoProduct head = partition.head();
			if (head != null && (next == null || head.uuid().compareTo(next.head().uuid()) < 0)) {
				next = partition;
			}
		}
		return (next != null) ? next.handOut() : null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		partitionsRead.forEach(partition -> partition.part.save(executionContext, partition.handedOutUpTo()));
	}

	@Override
	public void close() {
		partitionsRead.forEach(partition -> partition.part.close());
	}

	/** How many partitions this run reads (known once opened). */
	int partitionCount() {
		return partitionsRead.size();
	}

	/** The plan a run saved, else a new one (a context saved by a one-list reader is a plan of one partition). */
	private List<@Nullable String> plan(ExecutionContext executionContext) {
		String saved = executionContext.getString(getExecutionContextKey(PLAN), null);
		if (saved != null) {
			return JsonMapper.shared().readValue(saved, new TypeReference<List<@Nullable String>>() {
			});
		}
		if (ReadPosition.load(executionContext, this::getExecutionContextKey, ReadPosition.LAST_UUID) != null) {
			return Collections.singletonList(null);
		}
		List<@Nullable String> plan = CreationRanges.plan(client, partitions);
		logger.info("Reading every product in " + plan.size() + (plan.size() == 1 ? " part" : " parts at once"));
		return plan;
	}

	/**
	 * A partition being merged: its reader and its next product, read but not handed out yet. A restart must read
	 * that product again, so what the partition saves is its position before it read it.
	 */
	private static final class Partition {

		private final Part part;

		private @Nullable AkeneoProduct head;

		private @Nullable ReadPosition beforeHead;

		private boolean exhausted;

		Partition(Part part) {
			this.part = part;
		}

		@Nullable AkeneoProduct head() {
			if (head == null && !exhausted) {
				beforeHead = part.position();
				head = part.read();
				exhausted = (head == null);
			}
			return head;
		}

		AkeneoProduct handOut() {
			AkeneoProduct product = head;
			head = null;
			return product;
		}

		/** Where a restart reads this partition on from: its next product not handed out yet. */
		ReadPosition handedOutUpTo() {
			return (head != null && beforeHead != null) ? beforeHead : part.position();
		}

	}

	/** One partition: a product reader of one search whose requests wait for one of the reader's slots. */
	private static final class Part extends AkeneoProductReader {

		private final Semaphore atOnce;

		Part(AkeneoClient client, String name, @Nullable String search, Semaphore atOnce) {
			super(client, name, Collections.singletonList(search), true);
			this.atOnce = atOnce;
		}

		@Override
		CursorPage<AkeneoProduct> fetchPage(String url) {
			try {
				atOnce.acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ItemStreamException("Interrupted while waiting to read a page of products", ex);
			}
			try {
				return super.fetchPage(url);
			}
			finally {
				atOnce.release();
			}
		}

	}

}
