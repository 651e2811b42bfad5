package com.akeneokhaos.akeneo.reader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;

import com.akeneokhaos.akeneo.CursorPage;

/**
 * Reads one or several Akeneo {@code search_after} lists page by page, restartably. Several searches are read one
 * after the other, each to its end, and hand out their union: Akeneo cannot OR conditions on different properties
 * in one search, so a job wanting "updated since, or in these categories, or these uuids" gives one search per
 * property. An empty list of searches reads nothing.
 * <p>
 * The execution context keeps the index of the search being read, the URL of the page being consumed, the index of
 * the next item in it, the next page's URL and the key of the last item read (see {@link ReadPosition}). A restart
 * re-fetches just that page of that search and continues right after the last committed item, re-aligned on its key
 * if the page changed in between; the searches before it are not read again.
 * <p>
 * Within one {@link #open} session an item that an earlier search already handed out is skipped, so the union holds
 * each item once. The keys handed out are kept in memory for that only, and only while a later search remains
 * (never for a single search). They are not saved: after a restart an item of an earlier search may be handed out
 * again by a later one, which is harmless only because the writers downstream are idempotent. Not thread-safe.
 * <p>
 * It reads pages ahead ({@link PagesAhead}): when it opens, the pages from its position on are requested on a thread
 * of its own, up to {@code pagesAhead} of them not yet handed out, while the step processes and writes the current
 * ones, so Akeneo is kept busy while the step writes and the next chunk rarely waits for it. Those requests go
 * through the same client, so they count against the client's in-flight limit like any other. Pages read ahead that
 * are not needed (the step stopped or failed) are dropped; an error reading one ahead is thrown when it is needed.
 * @param <T> the item type
 */
abstract class SearchAfterReader<T> extends AbstractItemStreamItemReader<T> {

	private final Log logger = LogFactory.getLog(getClass());

	private final List<@Nullable String> searches;

	private final boolean saveState;

	private final String lastKeyName;

	private final String itemNoun;

	private final Set<String> handedOut = new HashSet<>();

	private int searchIndex;

	private @Nullable String pageUrl;

	private @Nullable CursorPage<T> page;

	private int index;

	private @Nullable String lastKey;

	private final int pagesAhead;

	private @Nullable PagesAhead<T> ahead;

	private @Nullable ExecutorService readAheadThread;

	/**
	 * @param searches the Akeneo {@code search} filters (JSON objects) to read one after the other; a null one
	 * reads every item
	 * @param lastKeyName the execution context key (after the reader's name) of the last item's key
	 * @param itemNoun what an item is called in log messages, e.g. "product"
	 * @param pagesAhead how many pages may be read ahead and not handed out yet (at least 1)
	 */
	SearchAfterReader(String name, List<@Nullable String> searches, boolean saveState, String lastKeyName,
			String itemNoun, int pagesAhead) {
		this.searches = searches;
		this.pagesAhead = pagesAhead;
		this.saveState = saveState;
		this.lastKeyName = lastKeyName;
		this.itemNoun = itemNoun;
		setName(name);
	}

	/** The URL of the first page of a search (null: every item). */
	abstract String firstPageUrl(@Nullable String searchJson);

	abstract CursorPage<T> fetchPage(String url);

	/** The stable key of an item, used to re-align on a restart and to skip items already handed out. */
	abstract String keyOf(T item);

	@Override
	public void open(ExecutionContext executionContext) {
		ReadPosition saved = saveState ? ReadPosition.load(executionContext, this::getExecutionContextKey, lastKeyName)
				: null;
		moveTo((saved != null) ? checked(saved) : startOf(0));
		handedOut.clear();
		readAhead(searchIndex, pageUrl);
	}

	@Override
	public @Nullable T read() {
		while (pageUrl != null) {
			CursorPage<T> current = (page != null) ? page : fetch(pageUrl);
			if (index < current.items().size()) {
				T item = current.items().get(index++);
				lastKey = keyOf(item);
				if (firstInSession(lastKey)) {
					return item;
				}
			}
			else {
				turnPage(current.nextUrl());
			}
		}
		return null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		save(executionContext, position());
	}

	@Override
	public void close() {
		page = null;
		handedOut.clear();
		dropReadAhead();
		if (readAheadThread != null) {
			stop(readAheadThread);
			readAheadThread = null;
		}
	}

	/**
	 * Stops the read-ahead thread and waits for it: a closed reader starts no request of its own (one the HTTP client
	 * had already sent when the thread was interrupted may still reach Akeneo).
	 */
	private void stop(ExecutorService thread) {
		thread.shutdownNow();
		try {
			if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
				logger.warn("A page read ahead by " + getName() + " is still being answered after the reader closed");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Saves a position of this reader (its current one, or one taken earlier by {@link #position()}). */
	void save(ExecutionContext executionContext, ReadPosition position) {
		if (saveState) {
			position.save(executionContext, this::getExecutionContextKey, lastKeyName);
		}
	}

	/** Where the reader stands now: a restart from this position reads the item after the last one read. */
	ReadPosition position() {
		if (page != null && index >= page.items().size()) {
			return after(page.nextUrl());
		}
		return new ReadPosition(searchIndex, pageUrl, index, (page != null) ? page.nextUrl() : null, lastKey);
	}

	/** Where reading goes once a page is consumed: its next page, else the next search, else the end. */
	private ReadPosition after(@Nullable String nextUrl) {
		if (nextUrl != null) {
			return new ReadPosition(searchIndex, nextUrl, 0, null, lastKey);
		}
		return startOf(searchIndex + 1);
	}

	private ReadPosition startOf(int search) {
		return (search < searches.size()) ? ReadPosition.startOf(search, firstPageUrl(searches.get(search)))
				: ReadPosition.end();
	}

	private ReadPosition checked(ReadPosition saved) {
		if (!saved.finished() && saved.searchIndex() >= searches.size()) {
			throw new ItemStreamException("The saved position of reader " + getName() + " is in search "
					+ (saved.searchIndex() + 1) + " but the reader has " + searches.size()
					+ " searches: restart it with the searches of the run that saved it");
		}
		return saved;
	}

	private void turnPage(@Nullable String nextUrl) {
		ReadPosition next = after(nextUrl);
		if (!next.finished() && next.searchIndex() != searchIndex) {
			logger.info("Read search " + (searchIndex + 1) + " of " + searches.size() + " (" + itemNoun
					+ "s) to its end; reading search " + (next.searchIndex() + 1));
		}
		moveTo(next);
	}

	private void moveTo(ReadPosition position) {
		searchIndex = position.searchIndex();
		pageUrl = position.pageUrl();
		index = position.index();
		lastKey = position.lastKey();
		page = null;
	}

	/**
	 * Whether no earlier search of this session handed the item out. Keys are remembered only while a later search
	 * remains: the last one (the only one, for a single search) lists each item once and nothing follows it.
	 */
	private boolean firstInSession(String key) {
		if (searchIndex < searches.size() - 1) {
			return handedOut.add(key);
		}
		return !handedOut.contains(key);
	}

	/** The page at this URL: read ahead (waiting for it if need be), else read now and the pages after it ahead. */
	private CursorPage<T> fetch(String url) {
		CursorPage<T> fetched = (ahead != null) ? ahead.take(url) : null;
		if (fetched == null) {
			fetched = fetchPage(url);
			ReadPosition next = after(fetched.nextUrl());
			readAhead(next.searchIndex(), next.pageUrl());
		}
		if (index > 0 && lastKey != null) {
			index = realign(fetched.items(), lastKey, index);
		}
		page = fetched;
		return fetched;
	}

	/** Reads the pages from this URL of this search on ahead (its pages, then those of the searches after it). */
	private void readAhead(int fromSearch, @Nullable String url) {
		dropReadAhead();
		if (url == null) {
			return;
		}
		if (readAheadThread == null) {
			readAheadThread = Executors.newSingleThreadExecutor(runnable -> {
				Thread thread = new Thread(runnable, getName() + "-read-ahead");
				thread.setDaemon(true);
				return thread;
			});
		}
		int[] search = { fromSearch }; // the search the chain is in: it runs ahead of the reader's own
		ahead = new PagesAhead<>(readAheadThread, pagesAhead, url, this::fetchPage, fetched -> {
			if (fetched.nextUrl() != null) {
				return fetched.nextUrl();
			}
			search[0]++;
			return (search[0] < searches.size()) ? firstPageUrl(searches.get(search[0])) : null;
		});
	}

	private void dropReadAhead() {
		if (ahead != null) {
			ahead.cancel();
			ahead = null;
		}
	}

	private int realign(List<T> items, String key, int savedIndex) {
		if (savedIndex <= items.size() && keyOf(items.get(savedIndex - 1)).equals(key)) {
			return savedIndex;
		}
		for (int i = 0; i < items.size(); i++) {
			if (keyOf(items.get(i)).equals(key)) {
				logger.info("Akeneo page changed since the last commit; resuming after " + itemNoun + " " + key);
				return i + 1;
			}
		}
		logger.warn("Last committed " + itemNoun + " " + key + " is no longer on its page; resuming at item "
				+ savedIndex);
		return savedIndex;
	}

}
