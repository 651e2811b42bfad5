package com.akeneokhaos.jobs.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AssetCatalogue;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

/**
 * asset-url-sync end to end: one image entry per product carrying only the image fields, in order; exactly the
 * products whose URLs changed are sent again; a refresh neither removes nor re-sends images; a crash and a restart
 * send each product once; and never a download.
 */
class AssetUrlSyncJobTest extends AssetSyncTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1301L, 1000);

	@DynamicPropertySource
	static void mappingWithPackshots(DynamicPropertyRegistry registry) {
		registry.add("sync.mapping-file", () -> mappingWith(PACKSHOTS));
	}

	@AfterEach
	void neverDownloadsAFile() {
		assertThat(akeneo().downloadRequests()).isZero();
	}

	@Test
	void eachProductGetsOneEntryWithExactlyItsImagesInOrder() throws Exception {
		// given a catalogue Khaos holds, three packshots per product
		List<String> uuids = catalogue().uuids();
		refresh();
		akeneo().givePackshots(uuids, 3);

		// when
		JobExecution run = assetSync();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<JsonNode> entries = imageEntries(run.getId());
		assertThat(entries).hasSize(1000);
		assertThat(entries).allSatisfy(entry -> assertThat(entry.propertyNames()).containsExactly("StockID", "StockCode",
				"Images"));
		String uuid = uuids.get(7);
		JsonNode entry = entries.stream()
			.filter(e -> e.path("StockID").asString().equals(StockIds.forProduct(uuid)))
			.findFirst()
			.orElseThrow();
		assertThat(urls(entry)).containsExactly(url(uuid, 1), url(uuid, 2),
				url(uuid, 3));
		assertThat(entry.path("Images").path(0).path("Name").asString()).isEqualTo(AssetCatalogue.packshotCode(uuid, 1));
		assertThat(summaries.of(run.getId()).count("imagesPublished")).isEqualTo(1000);
	}

	@Test
	void onlyProductsWhoseUrlsChangedAreSentAgain() throws Exception {
		// given products and assets last changed an hour ago, well before the next run's window
		List<String> uuids = catalogue().uuids().subList(0, 40);
		akeneo().clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
		refresh();
		akeneo().givePackshots(uuids, 3);
		assetSync();
		akeneo().clock(Clock.systemUTC());
		String replaced = uuids.get(3);
		String reordered = uuids.get(11);
		String relabelled = uuids.get(20);

		// when an asset's file is replaced (same code, new link), another product's list reordered, and an asset
		// changed without its link changing
		akeneo().putAsset(AssetCatalogue.PACKSHOTS, withLink(AssetCatalogue.packshotCode(replaced, 2), "new-front.jpg"));
		akeneo().updateProduct(reordered, product -> reverse((ArrayNode) product.path("values").path("packshots")
			.path(0).path("data")));
		akeneo().putAsset(AssetCatalogue.PACKSHOTS, akeneo().asset(AssetCatalogue.PACKSHOTS,
				AssetCatalogue.packshotCode(relabelled, 1)).orElseThrow());
		JobExecution second = assetSync();

		// then
		assertThat(stockIdsOf(second.getId())).containsExactlyInAnyOrder(StockIds.forProduct(replaced),
				StockIds.forProduct(reordered));
		assertThat(urls(entryOf(second, replaced))).containsExactly(url(replaced, 1),
				AssetCatalogue.PACKSHOT_PREFIX + "new-front.jpg", url(replaced, 3));
		assertThat(urls(entryOf(second, reordered))).containsExactly(url(reordered, 3),
				url(reordered, 2), url(reordered, 1));
		assertThat(summaries.of(second.getId()).count("changedAssets")).isEqualTo(2);
		assertThat(summaries.of(second.getId()).count("read")).isEqualTo(3);
	}

	@Test
	void theOtherJobsNeitherRemoveNorResendTheImages() throws Exception {
		// given
		List<String> uuids = catalogue().uuids().subList(0, 30);
		refresh();
		khaos().pollOnce();
		akeneo().givePackshots(uuids, 3);
		assetSync();
		khaos().pollOnce();

		// when a product changes, a delta and a refresh run, and Khaos polls
		akeneo().updateProduct(uuids.get(1), product -> ((ObjectNode) product.path("values").path("name").path(0))
			.put("data", "Renamed"));
		JobExecution delta = delta();
		JobExecution refresh = refresh();
		khaos().pollOnce();

		// then
		assertThat(imageEntries(delta.getId())).hasSize(1).noneMatch(entry -> entry.has("Images"));
		assertThat(imageEntries(refresh.getId())).noneMatch(entry -> entry.has("Images"));
		assertThat(khaos().item(StockIds.forProduct(uuids.get(1))).orElseThrow().fields().path("Images")).hasSize(3);
		String uuid = uuids.get(0);
		assertThat(khaos().item(StockIds.forProduct(uuid)).orElseThrow().fields().path("Images")).hasSize(3);
		assertThat(summaries.of(refresh.getId()).count("published")).isZero();
	}

	@Test
	void aRunThatDiesMidwayIsRestartedAndSendsEachProductOnce() throws Exception {
		// given
		refresh();
		akeneo().givePackshots(catalogue().uuids(), 2);
		akeneo().failProductPagesFrom(4, 500);

		// when
		JobExecution failed = assetSync();
		long sentBeforeRestart = imageEntries(failed.getId()).size();
		akeneo().clearFaults();
		JobExecution restarted = restart(failed);

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(sentBeforeRestart).isPositive().isLessThan(1000);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> stockIds = new ArrayList<>(stockIdsOf(failed.getId()));
		stockIds.addAll(stockIdsOf(restarted.getId()));
		assertThat(stockIds).hasSize(1000).doesNotHaveDuplicates();
	}

	/** The URL Akeneo shows for a product's n-th generated packshot: its family's prefix and the link's data. */
	private static String url(String uuid, int position) {
		return AssetCatalogue.PACKSHOT_PREFIX + AssetCatalogue.packshotLink(uuid, position);
	}

	private JsonNode entryOf(JobExecution execution, String uuid) {
		return imageEntries(execution.getId()).stream()
			.filter(entry -> entry.path("StockID").asString().equals(StockIds.forProduct(uuid)))
			.findFirst()
			.orElseThrow();
	}

	private ObjectNode withLink(String code, String link) {
		ObjectNode asset = akeneo().asset(AssetCatalogue.PACKSHOTS, code).orElseThrow();
		((ObjectNode) asset.path("values").path(AssetCatalogue.PACKSHOT_MEDIA).path(0)).put("data", link);
		return asset;
	}

	private static void reverse(ArrayNode codes) {
		List<JsonNode> list = new ArrayList<>(codes.valueStream().toList());
		Collections.reverse(list);
		codes.removeAll();
		codes.addAll(list);
	}

}
