package com.akeneokhaos.akeneo.reader;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Where a {@link SearchAfterReader} stands: the search being read (its index in the reader's list), the page
 * being consumed, the index of the next item in it, the next page and the key (product uuid, model code) of the
 * last item handed out. A null page URL means every search was read to its end. The last key is saved under a
 * name of the reader's choosing ({@link #LAST_UUID}, {@link #LAST_CODE}).
 * <p>
 * A context saved before readers read several searches has no {@link #SEARCH_INDEX}: it loads as search 0, the
 * only search those readers had.
 */
record ReadPosition(int searchIndex, @Nullable String pageUrl, int index, @Nullable String nextUrl,
		@Nullable String lastKey) {

	static final String SEARCH_INDEX = "search.index";

	static final String PAGE_URL = "page.url";

	static final String INDEX = "page.index";

	static final String NEXT_URL = "next.url";

	static final String LAST_UUID = "last.uuid";

	static final String LAST_CODE = "last.code";

	static final String FINISHED = "finished";

	/** The position after the last item of the last search. */
	static ReadPosition end() {
		return new ReadPosition(0, null, 0, null, null);
	}

	/** The start of a search: its first page, nothing read from it yet. */
	static ReadPosition startOf(int searchIndex, String firstPageUrl) {
		return new ReadPosition(searchIndex, firstPageUrl, 0, null, null);
	}

	/** The saved position, or null when the context holds none (a first run). */
	static @Nullable ReadPosition load(ExecutionContext context, UnaryOperator<String> key, String lastKeyName) {
		if (context.containsKey(key.apply(FINISHED))) {
			return end();
		}
		if (!context.containsKey(key.apply(PAGE_URL))) {
			return null;
		}
		return new ReadPosition(context.getInt(key.apply(SEARCH_INDEX), 0), context.getString(key.apply(PAGE_URL)),
				context.getInt(key.apply(INDEX), 0), context.get(key.apply(NEXT_URL), String.class),
				context.get(key.apply(lastKeyName), String.class));
	}

	boolean finished() {
		return pageUrl == null;
	}

	void save(ExecutionContext context, UnaryOperator<String> key, String lastKeyName) {
		if (pageUrl == null) {
			context.remove(key.apply(PAGE_URL));
			context.putString(key.apply(FINISHED), "true");
			return;
		}
		context.putInt(key.apply(SEARCH_INDEX), searchIndex);
		context.putString(key.apply(PAGE_URL), pageUrl);
		context.putInt(key.apply(INDEX), index);
		context.putString(key.apply(NEXT_URL), nextUrl);
		context.putString(key.apply(lastKeyName), lastKey);
	}

}
