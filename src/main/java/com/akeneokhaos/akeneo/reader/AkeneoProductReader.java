package com.akeneokhaos.akeneo.reader;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.CursorPage;

/**
 * Reads Akeneo products page by page ({@code search_after}, primary-key order) for a chunk-oriented step: every
 * product, those of one search filter, or the union of several searches read one after the other (a delta job's
 * "updated since", "in these categories", "these uuids", which Akeneo cannot OR in one search). Within one
 * {@link #open} session a product an earlier search handed out is skipped; after a restart it may be handed out
 * again by a later search, which the idempotent writers downstream take as a repeat.
 * <p>
 * It is restartable: the execution context keeps the index of the search being read, the URL of the page being
 * consumed, the index of the next item in it, the next page's URL and the uuid of the last item read. It keeps
 * URLs rather than a count of items read because the {@code search_after} cursor is opaque and has no offset:
 * resuming from a count would re-read every page from the start, and products created or deleted meanwhile would
 * shift the count so that items are read twice or skipped. A page URL is a fixed position in key order, so a
 * restart re-fetches just that page and continues right after the last committed item (re-aligned on its uuid if
 * the page changed in between), without reading the searches before it again. Not thread-safe: use it in a
 * single-threaded step.
 */
public class AkeneoProductReader extends SearchAfterReader<AkeneoProduct> {

	private final AkeneoClient client;

	AkeneoProductReader(AkeneoClient client, String name, List<@Nullable String> searches, boolean saveState) {
		super(name, searches, saveState, ReadPosition.LAST_UUID, "product", client.pagesAhead());
		this.client = client;
	}

	public static AkeneoProductReaderBuilder builder() {
		return new AkeneoProductReaderBuilder();
	}

	@Override
	String firstPageUrl(@Nullable String searchJson) {
		return client.productsFirstPageUrl(searchJson);
	}

	@Override
	CursorPage<AkeneoProduct> fetchPage(String url) {
		return client.productsPage(url);
	}

	@Override
	String keyOf(AkeneoProduct item) {
		return item.uuid();
	}

}
