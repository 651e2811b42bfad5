package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Maps a chunk's items on every core at once: the step's thread maps one slice of the chunk while worker
 * threads map the others, then it collects every result. Mapping and validating a product, or hashing and
 * rendering an item for the outbox, depends on nothing but that item and the run's settings, so the results
 * are the same on one thread or several; what depends on order (claiming stock codes, what a chunk retires and
 * writes) stays on the step's thread, item after item.
 * One instance serves every step of the application ({@code sync.chunk-mapping.threads}).
 */
class ChunkMapping implements DisposableBean {

	/** Fewer items than this per thread are mapped on the step's thread alone. */
	private static final int SMALLEST_SLICE = 8;

	private final int threads;

	private final ExecutorService workers;

	ChunkMapping(int threads) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1");
		}
		this.threads = threads;
		CustomizableThreadFactory factory = new CustomizableThreadFactory("chunk-mapping-");
		factory.setDaemon(true);
		this.workers = Executors.newFixedThreadPool(Math.max(1, threads - 1), factory);
	}

	/**
	 * Each item's result, by item instance; an item whose mapping threw is left out (the caller maps it again
	 * on its own and reports the failure there).
	 */
	<T, R> Map<T, R> mapAll(List<T> items, Function<T, R> mapping) {
		List<List<T>> slices = slices(items);
		List<Future<Map<T, R>>> others = new ArrayList<>(slices.size() - 1);
		for (List<T> slice : slices.subList(1, slices.size())) {
			others.add(workers.submit(() -> mapSlice(slice, mapping)));
		}
		Map<T, R> results = mapSlice(slices.get(0), mapping);
		for (Future<Map<T, R>> other : others) {
			results.putAll(collect(other, others));
		}
		return results;
	}

	private <T> List<List<T>> slices(List<T> items) {
		int count = Math.max(1, Math.min(threads, items.size() / SMALLEST_SLICE));
		List<List<T>> slices = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			slices.add(items.subList(items.size() * i / count, items.size() * (i + 1) / count));
		}
		return slices;
	}

	private static <T, R> Map<T, R> mapSlice(List<T> slice, Function<T, R> mapping) {
		Map<T, R> results = new IdentityHashMap<>();
		for (T item : slice) {
			try {
				results.put(item, mapping.apply(item));
			}
			catch (RuntimeException ex) {
				// left out: the caller maps it again and fails there
			}
		}
		return results;
	}

	private static <R> R collect(Future<R> slice, List<? extends Future<?>> all) {
		try {
			return slice.get();
		}
		catch (InterruptedException ex) {
			all.forEach(future -> future.cancel(true));
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while mapping a chunk", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("A chunk's mapping failed", ex.getCause());
		}
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
	}

}
