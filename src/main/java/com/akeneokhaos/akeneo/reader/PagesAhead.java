package com.akeneokhaos.akeneo.reader;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ItemStreamException;

import com.akeneokhaos.akeneo.CursorPage;

/**
 * Pages of a reader requested ahead on a thread of their own, one after the other from a first URL (each page's
 * next URL is in the page before it), while the step works on the pages already read: at most {@code depth} pages
 * fetched or being fetched and not yet taken. The reader takes them in the same order; a page it asks for that is
 * not the next one here (it moved elsewhere) is not here, and it reads that one itself. A failure reading ahead is
 * kept in its page's place and thrown when that page is taken; the chain stops there.
 * @param <T> the item type
 */
final class PagesAhead<T> {

	private final BlockingQueue<Fetched<T>> fetched = new LinkedBlockingQueue<>();

	private final Semaphore room;

	private final Future<?> chain;

	/**
	 * @param first the URL of the first page to read ahead
	 * @param next the URL read after a page (its next page, or the next search's first), null after the last
	 */
	PagesAhead(ExecutorService thread, int depth, String first, Function<String, CursorPage<T>> fetch,
			Function<CursorPage<T>, @Nullable String> next) {
		this.room = new Semaphore(depth);
		this.chain = thread.submit(() -> readFrom(first, fetch, next));
	}

	private void readFrom(String first, Function<String, CursorPage<T>> fetch,
			Function<CursorPage<T>, @Nullable String> next) {
		String url = first;
		try {
			while (url != null) {
				room.acquire();
				CursorPage<T> page;
				try {
					page = fetch.apply(url);
				}
				catch (RuntimeException | Error failure) {
					fetched.add(new Fetched<>(url, null, failure));
					return;
				}
				fetched.add(new Fetched<>(url, page, null));
				url = next.apply(page);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt(); // stopped: what is not read ahead is read when needed
		}
		finally {
			fetched.add(Fetched.end());
		}
	}

	/**
	 * The page at this URL if it is the next one read ahead (waiting for it if need be), else null: the chain is
	 * then used up and the caller reads the page itself.
	 * @throws RuntimeException what reading the page ahead threw
	 */
	@Nullable CursorPage<T> take(String url) {
		Fetched<T> next;
		try {
			next = fetched.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ItemStreamException("Interrupted while waiting for an Akeneo page read ahead", ex);
		}
		if (!url.equals(next.url())) {
			cancel();
			return null;
		}
		room.release();
		if (next.failure() != null) {
			throw rethrown(next.failure());
		}
		return next.page();
	}

	/** Stops reading ahead: a request under way is interrupted, pages read ahead are dropped. */
	void cancel() {
		chain.cancel(true);
		fetched.clear();
	}

	private static RuntimeException rethrown(Throwable failure) {
		if (failure instanceof RuntimeException runtime) {
			return runtime;
		}
		throw (Error) failure;
	}

	/** A page read ahead, or why it could not be; the end of the chain has neither URL nor page. */
	private record Fetched<T>(@Nullable String url, @Nullable CursorPage<T> page, @Nullable Throwable failure) {

		static <T> Fetched<T> end() {
			return new Fetched<>(null, null, null);
		}

	}

}
