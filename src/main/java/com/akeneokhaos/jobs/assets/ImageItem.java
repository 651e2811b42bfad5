package com.akeneokhaos.jobs.assets;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;

/**
 * A product's images as Khaos gets them: its Khaos item (StockID, code, delivery rank from the ledger), the
 * {@code Images} list ({@code Name}, {@code Filename} = URL, the main image first) and the assets it shows.
 */
record ImageItem(String uuid, String stockId, @Nullable String stockCode, int deliveryRank, ArrayNode images,
		List<ImageLedger.AssetRef> assets) {

	ImageItem {
		assets = List.copyOf(assets);
	}

}
