package com.akeneokhaos.jobs.assets;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.Asset;
import com.akeneokhaos.jobs.assets.ImageLedger.AssetRef;
import com.akeneokhaos.ledger.ItemKind;
import com.akeneokhaos.ledger.Ledger;
import com.akeneokhaos.ledger.LedgerEntry;
import com.akeneokhaos.ledger.LedgerStatus;
import com.akeneokhaos.outbox.OutboxEntry;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Turns a product into its Khaos images. Before each chunk it reads, in a few requests, the assets the chunk's
 * products name ({@code code IN}, per family; an asset Akeneo no longer has is left out) and their ledger rows; a
 * product Khaos does not hold (not published, or discontinued) is filtered out: a later run sends its images once
 * another job has published it.
 */
class ImageProcessor implements ItemProcessor<AkeneoProduct, ImageItem>, ChunkListener<AkeneoProduct, ImageItem> {

	private final ProductImages images;

	private final AkeneoClient akeneo;

	private final Ledger ledger;

	private final Map<AssetRef, Asset> assets = new HashMap<>();

	private final Map<String, LedgerEntry> entries = new HashMap<>();

	ImageProcessor(ProductImages images, AkeneoClient akeneo, Ledger ledger) {
		this.images = images;
		this.akeneo = akeneo;
		this.ledger = ledger;
	}

	@Override
	public void beforeChunk(Chunk<AkeneoProduct> chunk) {
		assets.clear();
		entries.clear();
		Map<String, Set<String>> codes = new HashMap<>();
		chunk.getItems().forEach(product -> images.assetCodes(product)
			.forEach((family, list) -> codes.computeIfAbsent(family, f -> new TreeSet<>()).addAll(list)));
		codes.forEach((family, list) -> akeneo.assets(family, list)
			.forEach(asset -> assets.put(new AssetRef(family, asset.code()), asset)));
		entries.putAll(ledger.findAll(chunk.getItems().stream().map(AkeneoProduct::uuid).toList()));
	}

	@Override
	public @Nullable ImageItem process(AkeneoProduct product) {
		LedgerEntry entry = entries.get(product.uuid());
		if (entry == null || !entry.wasPublished() || entry.status() == LedgerStatus.DISCONTINUED) {
			return null;
		}
		ProductImages.Result result = images.of(product, assets);
		if (!result.problems().isEmpty()) {
			List<Violation> violations = result.problems()
				.stream()
				.map(problem -> new Violation(Rule.IMAGE_URL_INVALID, "Images", null,
						"Khaos cannot show this product's images: " + problem + ". Its images in Khaos stay as they were."))
				.toList();
			throw new ItemRejectedException(product.uuid(), entry.sku(), violations);
		}
		int rank = (entry.kind() == ItemKind.VARIANT) ? OutboxEntry.RANK_CHILDREN : OutboxEntry.RANK_PARENTS;
		return new ImageItem(product.uuid(), entry.stockId(), entry.stockCode(), rank, result.images(),
				result.assets());
	}

}
