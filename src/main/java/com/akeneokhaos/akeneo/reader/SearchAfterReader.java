package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.CursorPage;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;

/**
 * Reads an Akeneo {@code search_after} list page by page, restartably: the execution context keeps the URL
 * of the page being consumed, the index of the next item in it, the next page's URL and the key of the last
 * item read (see {@link ReadPosition}). A restart re-fetches just that page and continues right after the
 * last committed item, re-aligned on its key if the page changed in between. Not thread-safe.
 * @param <T> the item type
 */
abstract class SearchAfterReader<T> extends AbstractItemStreamItemReader<T> {

	private final Log logger = LogFactory.getLog(getClass());

	private final boolean saveState;

	private final String lastKeyName;

	private final String itemNoun;

	private @Nullable String pageUrl;

	private @Nullable CursorPage<T> page;

	private int index;

	private @Nullable String lastKey;

	/**
	 * @param lastKeyName the execution context key (after the reader's name) of the last item's key
	 * @param itemNoun what an item is called in log messages, e.g. "product"
	 */
	SearchAfterReader(String name, boolean saveState, String lastKeyName, String itemNoun) {
		this.saveState = saveState;
		this.lastKeyName = lastKeyName;
		this.itemNoun = itemNoun;
		setName(name);
	}

	/** The URL of the first page, used when the context holds no saved position. */
	abstract String firstPageUrl();

	abstract CursorPage<T> fetchPage(String url);

	/** The stable key of an item, used to re-align on a restart. */
	abstract String keyOf(T item);

	@Override
	public void open(ExecutionContext executionContext) {
		ReadPosition saved = saveState ? ReadPosition.load(executionContext, this::getExecutionContextKey, lastKeyName)
				: null;
		ReadPosition start = (saved != null) ? saved : new ReadPosition(firstPageUrl(), 0, null, null);
		this.pageUrl = start.pageUrl();
		this.index = start.index();
		this.lastKey = start.lastKey();
		this.page = null;
	}

	@Override
	public @Nullable T read() {
		while (pageUrl != null) {
			CursorPage<T> current = (page != null) ? page : fetch(pageUrl);
			if (index < current.items().size()) {
				T item = current.items().get(index++);
				lastKey = keyOf(item);
				return item;
			}
			pageUrl = current.nextUrl();
			page = null;
			index = 0;
		}
		return null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (saveState) {
			position().save(executionContext, this::getExecutionContextKey, lastKeyName);
		}
	}

	@Override
	public void close() {
		page = null;
	}

	private ReadPosition position() {
		if (page != null && index >= page.items().size()) {
			return new ReadPosition(page.nextUrl(), 0, null, lastKey);
		}
		return new ReadPosition(pageUrl, index, (page != null) ? page.nextUrl() : null, lastKey);
	}

	private CursorPage<T> fetch(String url) {
		CursorPage<T> fetched = fetchPage(url);
		if (index > 0 && lastKey != null) {
			index = realign(fetched.items(), lastKey, index);
		}
		page = fetched;
		return fetched;
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
