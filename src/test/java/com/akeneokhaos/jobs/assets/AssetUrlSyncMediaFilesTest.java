package com.akeneokhaos.jobs.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.AssetCatalogue;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.structure.StockIds;
import com.akeneokhaos.support.EndToEnd;

/**
 * Assets whose main media is a file: the family's public share link when Akeneo shares its files, else the
 * media-file URL template; never a download.
 */
class AssetUrlSyncMediaFilesTest extends AssetSyncTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1302L, 20);

	@DynamicPropertySource
	static void mappingWithPhotos(DynamicPropertyRegistry registry) {
		registry.add("sync.mapping-file", () -> mappingWith("""
				images:
				  https-only: false
				  media-file-url-template: "https://cdn.example.com/{asset_family}/{asset_code}/{filename}"
				  sources:
				    - { asset-collection: product_photos }
				"""));
	}

	@ParameterizedTest(name = "sharing enabled: {0}")
	@ValueSource(booleans = { false, true })
	void aMediaFileGoesAsItsShareLinkOrThroughTheTemplate(boolean sharing) throws Exception {
		// given
		List<String> uuids = catalogue().uuids();
		refresh();
		akeneo().addAssetFamily(AssetCatalogue.productPhotosFamily(sharing), AssetCatalogue.productPhotosAttributes());
		akeneo().giveProductPhotos(uuids, 2);

		// when
		JobExecution run = assetSync();

		// then
		String uuid = uuids.get(4);
		JsonNode entry = imageEntries(run.getId()).stream()
			.filter(e -> e.path("StockID").asString().equals(StockIds.forProduct(uuid)))
			.findFirst()
			.orElseThrow();
		List<String> urls = urls(entry);
		assertThat(imageEntries(run.getId())).hasSize(uuids.size());
		assertThat(urls).hasSize(2);
		if (sharing) {
			assertThat(urls).allSatisfy(url -> assertThat(url).startsWith(akeneo().baseUrl()).contains("/asset-share/"));
		}
		else {
			assertThat(urls).containsExactly(
					"https://cdn.example.com/product_photos/" + AssetCatalogue.photoCode(uuid, 1) + "/" + uuid + "-1.jpg",
					"https://cdn.example.com/product_photos/" + AssetCatalogue.photoCode(uuid, 2) + "/" + uuid + "-2.jpg");
		}
		assertThat(akeneo().downloadRequests()).isZero();
	}

}
