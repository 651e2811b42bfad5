package com.akeneokhaos.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.AssetCatalogue;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.khaos.KhaosSimulator;
import com.akeneokhaos.sandbox.khaos.KhaosStockItem;
import com.akeneokhaos.structure.StockIds;

/**
 * Gives a synced sandbox catalogue images for asset-url-sync, as a merchandiser does in Akeneo's Asset Manager: the
 * {@code packshots} asset family (main media a media link, prefix {@value AssetCatalogue#PACKSHOT_PREFIX}) and
 * {@value #PACKSHOTS_PER_PRODUCT} packshots on each of {@value #PRODUCTS} valid simple products Khaos holds (confirmed,
 * not discontinued, without an open problem). Afterwards it changes two products' images: one asset's file replaced
 * (same asset code, a new link, which does not move its product's {@code updated}) and another product's packshots
 * reordered. Returns one line per change, and reads back what Khaos shows and what a run sent. The service reads the
 * images through the mapping file {@link #writeMapping()} writes: the shipped one plus an {@code images:} section.
 */
final class AssetScenario {

	static final String MAPPING_FILE = "target/sandbox-catalogue-mapping.yml";

	/** Appended to the shipped mapping: asset-url-sync is the only job that reads it. */
	static final String IMAGES_SECTION = """

			# Added by the sandbox (SandboxRun): images for asset-url-sync
			images:
			  max: 5
			  sources:
			    - { asset-collection: packshots }
			""";

	private static final String SHIPPED_MAPPING = "jobs/catalogue-mapping.yml";

	private static final int PRODUCTS = 200;

	private static final int PACKSHOTS_PER_PRODUCT = 3;

	private final GeneratedCatalogue catalogue;

	private final AkeneoSimulator akeneo;

	private final KhaosSimulator khaos;

	private final JdbcClient jdbc;

	private final List<String> products = new ArrayList<>();

	private String replaced = "";

	private String reordered = "";

	AssetScenario(GeneratedCatalogue catalogue, AkeneoSimulator akeneo, KhaosSimulator khaos, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.akeneo = akeneo;
		this.khaos = khaos;
		this.jdbc = jdbc;
	}

	/** Writes the shipped mapping plus {@link #IMAGES_SECTION} to {@value #MAPPING_FILE}; returns its path. */
	static Path writeMapping() {
		try {
			Path file = Path.of(MAPPING_FILE);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Files.readString(Path.of(SHIPPED_MAPPING), StandardCharsets.UTF_8) + IMAGES_SECTION,
					StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Creates the packshots and links them from the chosen products. */
	List<String> givePackshots() {
		products.addAll(chooseProducts());
		List<String> applied = new ArrayList<>();
		if (products.isEmpty()) {
			applied.add("NOT given: Khaos holds no valid simple product");
			return applied;
		}
		akeneo.givePackshots(products, PACKSHOTS_PER_PRODUCT);
		applied.add("asset family " + AssetCatalogue.PACKSHOTS + " created (main media '" + AssetCatalogue.PACKSHOT_MEDIA
				+ "', a media link with prefix " + AssetCatalogue.PACKSHOT_PREFIX + ") and the asset collection attribute "
				+ AssetCatalogue.PACKSHOTS);
		applied.add("%d packshots each on %d valid simple products Khaos holds (%s ... %s)".formatted(
				PACKSHOTS_PER_PRODUCT, products.size(), sku(products.get(0)), sku(products.get(products.size() - 1))));
		return applied;
	}

	/** How many items Khaos holds with images, one example item's image URLs, and the downloads Akeneo served. */
	List<String> imagesInKhaos() {
		List<String> lines = new ArrayList<>();
		long withImages = khaos.items().values().stream().filter(item -> !urls(item).isEmpty()).count();
		lines.add("Khaos holds %d of its %d stock items with images".formatted(withImages, khaos.items().size()));
		if (!products.isEmpty()) {
			lines.add(itemImages(StockIds.forProduct(products.get(0)), "for example"));
		}
		lines.add("download requests the Akeneo simulator served (media files, asset files): " + downloads());
		return lines;
	}

	/** Replaces one asset's file (same code, a new link) and reverses another product's packshots. */
	List<String> changeImages() {
		List<String> applied = new ArrayList<>();
		if (products.size() < 2) {
			applied.add("NOT changed: fewer than two products have packshots");
			return applied;
		}
		replaced = products.get(Math.min(3, products.size() - 2));
		reordered = products.get(Math.min(11, products.size() - 1));
		String code = AssetCatalogue.packshotCode(replaced, 2);
		ObjectNode asset = akeneo.asset(AssetCatalogue.PACKSHOTS, code).orElseThrow();
		String link = replaced + "-2-reshoot.jpg";
		((ObjectNode) asset.path("values").path(AssetCatalogue.PACKSHOT_MEDIA).path(0)).put("data", link);
		akeneo.putAsset(AssetCatalogue.PACKSHOTS, asset);
		applied.add("asset " + code + " (packshot 2 of " + sku(replaced) + "): file replaced, link now " + link
				+ " (the product's updated date does not move)");
		akeneo.updateProduct(reordered, product -> reverse((ArrayNode) product.path("values")
			.path(AssetCatalogue.PACKSHOTS)
			.path(0)
			.path("data")));
		applied.add("product " + sku(reordered) + ": its packshots reordered (3, 2, 1)");
		return applied;
	}

	/** Per item an execution put in the outbox: its StockID, stock code and the Images it sent. */
	List<String> sent(long execution) {
		return jdbc.sql("SELECT stock_id, stock_code, payload FROM khaos_outbox WHERE job_execution_id = ? ORDER BY id")
			.param(execution)
			.query((rs, n) -> "StockID %s (%s): %s".formatted(rs.getString(1), rs.getString(2),
					urls(JsonMapper.shared().readTree(rs.getString(3)).path("Images"))))
			.list();
	}

	/** Whether the execution sent exactly the two changed products, once each. */
	boolean sentExactlyTheChanged(long execution) {
		List<String> stockIds = jdbc.sql("SELECT stock_id FROM khaos_outbox WHERE job_execution_id = ?")
			.param(execution)
			.query(String.class)
			.list();
		return !replaced.isEmpty() && stockIds.size() == 2
				&& new HashSet<>(stockIds).equals(Set.of(StockIds.forProduct(replaced), StockIds.forProduct(reordered)));
	}

	/** The two changed items' Images as Khaos holds them now. */
	List<String> changedInKhaos() {
		if (replaced.isEmpty()) {
			return List.of();
		}
		return List.of(itemImages(StockIds.forProduct(replaced), "file replaced"),
				itemImages(StockIds.forProduct(reordered), "reordered"));
	}

	/** Requests for a media file's or an asset file's bytes: asset-url-sync must never download one. */
	long downloads() {
		return akeneo.downloadRequests();
	}

	/**
	 * Valid simple products (generated so, no parent in Akeneo now) that Khaos holds and sells: confirmed in the
	 * ledger, not discontinued, no open problem; in uuid order.
	 */
	private List<String> chooseProducts() {
		Set<String> valid = new HashSet<>(catalogue.validUuids());
		List<String> confirmed = jdbc.sql("""
				SELECT l.akeneo_uuid FROM sync_ledger l
				WHERE l.status = 'CONFIRMED' AND l.item_key = l.akeneo_uuid
				  AND NOT EXISTS (SELECT 1 FROM sync_exception e WHERE e.item_key = l.item_key AND e.resolved_at IS NULL)
				ORDER BY l.akeneo_uuid
				""").query(String.class).list();
		return confirmed.stream()
			.filter(valid::contains)
			.filter(uuid -> khaos.item(StockIds.forProduct(uuid)).filter(item -> !item.discontinued()).isPresent())
			.filter(uuid -> akeneo.product(uuid)
				.filter(p -> p.path("parent").isNull() || p.path("parent").isMissingNode())
				.isPresent())
			.limit(PRODUCTS)
			.toList();
	}

	private String itemImages(String stockId, String what) {
		Optional<KhaosStockItem> item = khaos.item(stockId);
		return "%s: item %s (%s), Images %s".formatted(what, stockId,
				item.map(KhaosStockItem::stockCode).orElse("not in Khaos"),
				item.map(AssetScenario::urls).map(List::toString).orElse("[]"));
	}

	private static List<String> urls(KhaosStockItem item) {
		return urls(item.fields().path("Images"));
	}

	private static List<String> urls(JsonNode images) {
		return images.valueStream().map(image -> image.path("Filename").asString("")).toList();
	}

	private String sku(String uuid) {
		return akeneo.product(uuid)
			.map(p -> p.path("values").path("sku").path(0).path("data").asString(""))
			.orElse(uuid);
	}

	private static void reverse(ArrayNode codes) {
		List<JsonNode> list = new ArrayList<>(codes.valueStream().toList());
		Collections.reverse(list);
		codes.removeAll();
		codes.addAll(list);
	}

}
