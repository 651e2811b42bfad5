package com.akeneokhaos.akeneo;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads that go to Akeneo at once, on a pool of {@link #THREADS} threads that lives as long as this object: what a
 * read throws is thrown by {@link #joined}, as reading on the caller's thread would have thrown it. The client's
 * in-flight limit still holds for every request.
 */
public final class AtOnce implements AutoCloseable {

	static final int THREADS = 4;

	private final ExecutorService pool;

	public AtOnce() {
		this(THREADS);
	}

	/** Reads on at most {@code threads} threads (and so at most that many requests at once). */
	public AtOnce(int threads) {
		this.pool = Executors.newFixedThreadPool(threads);
	}

	public <T> CompletableFuture<T> start(Supplier<T> read) {
		return CompletableFuture.supplyAsync(read, pool);
	}

	/** The read of each key, all started at once, in the keys' order. */
	public <K, V> Map<K, V> each(Collection<K> keys, Function<K, V> read) {
		Map<K, CompletableFuture<V>> reads = new LinkedHashMap<>();
		keys.forEach(key -> reads.put(key, start(() -> read.apply(key))));
		Map<K, V> results = new LinkedHashMap<>();
		reads.forEach((key, result) -> results.put(key, joined(result)));
		return results;
	}

	/** What the read returned, or what it threw. */
	public static <T> T joined(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

}
