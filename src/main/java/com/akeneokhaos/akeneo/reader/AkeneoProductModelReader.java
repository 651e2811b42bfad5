package com.akeneokhaos.akeneo.reader;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProductModel;
import com.akeneokhaos.akeneo.CursorPage;

/**
 * Reads Akeneo product models, roots and sub-models, page by page ({@code search_after}, primary-key order) for a
 * chunk-oriented step: every model, those of one search filter, or the union of several searches read one after
 * the other, each model once per {@link #open} session (see {@link AkeneoProductReader}).
 * <p>
 * Restartable like {@link AkeneoProductReader}: the execution context keeps the index of the search being read,
 * the URL of the page being consumed, the index of the next item in it, the next page's URL and the code of the
 * last model read ({@code <name>.last.code}), so a restart re-fetches just that page and continues right after the
 * last committed model. Akeneo's key order does not promise roots before their sub-models. Not thread-safe: use
 * it in a single-threaded step.
 */
public class AkeneoProductModelReader extends SearchAfterReader<AkeneoProductModel> {

	private final AkeneoClient client;

	AkeneoProductModelReader(AkeneoClient client, String name, List<@Nullable String> searches, boolean saveState) {
		super(name, searches, saveState, ReadPosition.LAST_CODE, "product model", client.pagesAhead());
		this.client = client;
	}

	public static AkeneoProductModelReaderBuilder builder() {
		return new AkeneoProductModelReaderBuilder();
	}

	@Override
	String firstPageUrl(@Nullable String searchJson) {
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
