package com.akeneokhaos.publish;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Maps a chunk's items on every core at once: the step's thread and worker threads take the chunk's items one at a
 * time until none is left, then the step's thread collects every result. Mapping and validating a product, or hashing
 * and rendering an item for the outbox, depends on nothing but that item and the run's settings, so the results are
 * the same on one thread or several; what depends on order (claiming stock codes, what a chunk retires and writes)
 * stays on the step's thread, item after item. A worker that is slow to start (its core busy elsewhere) leaves its
 * items to the step's thread instead of making it wait: the step only ever waits for the items workers are mapping.
 * One instance serves every step of the application ({@code sync.chunk-mapping.threads}).
 */
class ChunkMapping implements DisposableBean {

	/** How the worker threads' names start. */
	static final String THREAD_NAME_PREFIX = "chunk-mapping-";

	/** A chunk gets no more threads than it has items for this many each (fewer than this: the step's alone). */
	private static final int FEWEST_ITEMS_PER_THREAD = 8;

	private final int threads;

	private final ExecutorService workers;

	ChunkMapping(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		this.threads = threads;
		CustomizableThreadFactory factory = new CustomizableThreadFactory(THREAD_NAME_PREFIX);
		factory.setDaemon(true);
		this.workers = Executors.newFixedThreadPool(Math.max(1, threads - 1), factory);
	}

	/**
	 * Each item's result, by item instance; an item whose mapping threw an exception is left out (the caller maps it
	 * again on its own and reports the failure there). An {@link Error} on any thread is thrown here.
	 */
	<T, R> Map<T, R> mapAll(List<T> items, Function<T, R> mapping) {
		ItemsToMap<T, R> chunk = new ItemsToMap<>(items, mapping);
		int helpers = Math.min(threads, items.size() / FEWEST_ITEMS_PER_THREAD) - 1;
		for (int i = 0; i < helpers; i++) {
			workers.execute(chunk::mapWhileAnyLeft);
		}
		chunk.mapWhileAnyLeft();
		return chunk.results();
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

	/** One chunk being mapped: the next item to take, and each item's result once mapped. */
	private static final class ItemsToMap<T, R> {

		/** The result of an item whose mapping threw. */
		private static final Object FAILED = new Object();

		private final List<T> items;

		private final Function<T, R> mapping;

		private final AtomicInteger next = new AtomicInteger();

		private final Object[] results;

		/** Counts down once per item mapped (or failed): its result is written before. */
		private final CountDownLatch mapped;

		private volatile @Nullable Error error;

		ItemsToMap(List<T> items, Function<T, R> mapping) {
			this.items = items;
			this.mapping = mapping;
			this.results = new Object[items.size()];
			this.mapped = new CountDownLatch(items.size());
		}

		void mapWhileAnyLeft() {
			for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
				try {
					results[i] = mapping.apply(items.get(i));
				}
				catch (RuntimeException ex) {
					results[i] = FAILED; // left out: the caller maps it again and fails there
				}
				catch (Error failure) {
					results[i] = FAILED;
					error = failure;
					stopTaking();
				}
				finally {
					mapped.countDown();
				}
			}
		}

		/** No thread takes another item; those not taken yet count as done, so that the results are not awaited. */
		private void stopTaking() {
			for (int left = items.size() - next.getAndSet(items.size()); left > 0; left--) {
				mapped.countDown();
			}
		}

		/** Every item's result, once the items workers took are mapped too. */
		@SuppressWarnings("unchecked")
		Map<T, R> results() {
			try {
				mapped.await();
			}
			catch (InterruptedException ex) {
				stopTaking();
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while mapping a chunk", ex);
			}
			Error failure = error;
			if (failure != null) {
				throw failure;
			}
			Map<T, R> byItem = new IdentityHashMap<>();
			for (int i = 0; i < results.length; i++) {
				if (results[i] != FAILED) {
					byItem.put(items.get(i), (R) results[i]);
				}
			}
			return byItem;
		}

	}

}
