package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.CursorPage;

import org.jspecify.annotations.Nullable;

/**
 * Reads Akeneo product models, roots and sub-models, page by page ({@code search_after}, primary-key
 * order) for a chunk-oriented step.
 * <p>
 * Restartable like {@link AkeneoProductReader}: the execution context keeps the URL of the page being
 * consumed, the index of the next item in it, the next page's URL and the code of the last model read
 * ({@code <name>.last.code}), so a restart re-fetches just that page and continues right after the last
 * committed model. Akeneo's key order does not promise roots before their sub-models. Not thread-safe:
 * use it in a single-threaded step.
 */
public class AkeneoProductModelReader extends SearchAfterReader<AkeneoProductModel> {

	private final AkeneoClient client;

	private final @Nullable String searchJson;

	AkeneoProductModelReader(AkeneoClient client, String name, @Nullable String searchJson, boolean saveState) {
		super(name, saveState, ReadPosition.LAST_CODE, "product model");
		this.client = client;
		this.searchJson = searchJson;
	}

	public static AkeneoProductModelReaderBuilder builder() {
		return new AkeneoProductModelReaderBuilder();
	}

	@Override
	String firstPageUrl() {
		return client.productModelsFirstPageUrl(searchJson);
	}

	@Override
	CursorPage<AkeneoProductModel> fetchPage(String url) {
		return client.productModelsPage(url);
	}

	@Override
	String keyOf(AkeneoProductModel item) {
		return item.code();
	}

}
