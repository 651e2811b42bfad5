package com.akeneokhaos.akeneo;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Where {@link AkeneoProductReader} stands: the page being consumed, the index of the next item in it,
 * the next page and the uuid of the last item handed out. A null page URL means all products were read.
 */
record ReadPosition(@Nullable String pageUrl, int index, @Nullable String nextUrl, @Nullable String lastUuid) {

	static final String PAGE_URL = "page.url";

	static final String INDEX = "page.index";

	static final String NEXT_URL = "next.url";

	static final String LAST_UUID = "last.uuid";

	static final String FINISHED = "finished";

	/** The saved position, or null when the context holds none (a first run). */
	static @Nullable ReadPosition load(ExecutionContext context, UnaryOperator<String> key) {
		if (context.containsKey(key.apply(FINISHED))) {
			return new ReadPosition(null, 0, null, null);
		}
		if (!context.containsKey(key.apply(PAGE_URL))) {
			return null;
		}
		return new ReadPosition(context.getString(key.apply(PAGE_URL)), context.getInt(key.apply(INDEX), 0),
				context.get(key.apply(NEXT_URL), String.class), context.get(key.apply(LAST_UUID), String.class));
	}

	void save(ExecutionContext context, UnaryOperator<String> key) {
		if (pageUrl == null) {
			context.remove(key.apply(PAGE_URL));
			context.putString(key.apply(FINISHED), "true");
			return;
		}
		context.putString(key.apply(PAGE_URL), pageUrl);
		context.putInt(key.apply(INDEX), index);
		context.putString(key.apply(NEXT_URL), nextUrl);
		context.putString(key.apply(LAST_UUID), lastUuid);
	}

}
