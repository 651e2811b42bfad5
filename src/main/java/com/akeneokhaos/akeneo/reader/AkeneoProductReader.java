package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.CursorPage;

import org.jspecify.annotations.Nullable;

/**
 * Reads Akeneo products page by page ({@code search_after}, primary-key order) for a chunk-oriented step.
 * <p>
 * It is restartable: the execution context keeps the URL of the page being consumed, the index of the next
 * item in it, the next page's URL and the uuid of the last item read. It keeps URLs rather than a count of
 * items read because the {@code search_after} cursor is opaque and has no offset: resuming from a count
 * would re-read every page from the start, and products created or deleted meanwhile would shift the
 * count so that items are read twice or skipped. A page URL is a fixed position in key order, so a restart
 * re-fetches just that page and continues right after the last committed item (re-aligned on its uuid if
 * the page changed in between). Not thread-safe: use it in a single-threaded step.
 */
public class AkeneoProductReader extends SearchAfterReader<AkeneoProduct> {

	private final AkeneoClient client;

	private final @Nullable String searchJson;

	AkeneoProductReader(AkeneoClient client, String name, @Nullable String searchJson, boolean saveState) {
		super(name, saveState, ReadPosition.LAST_UUID, "product");
		this.client = client;
		this.searchJson = searchJson;
	}

	public static AkeneoProductReaderBuilder builder() {
		return new AkeneoProductReaderBuilder();
	}

	@Override
	String firstPageUrl() {
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
