package com.akeneokhaos.jobs.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.Asset;
import com.akeneokhaos.akeneo.AssetFamily;
import com.akeneokhaos.catalogue.mapping.ImageMapping;
import com.akeneokhaos.catalogue.mapping.ImageMapping.ImageSource;
import com.akeneokhaos.jobs.assets.ImageLedger.AssetRef;

/**
 * How a product's images are found: an asset's main media (a media link's full URL or prefix + data + suffix, a
 * media file's share link or the template), product attributes through their template or as written, in the sources'
 * order, at most {@code max}, each URL checked.
 */
class ProductImagesTest {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final AssetFamily LINKS = new AssetFamily("packshots", "media",
			Map.of("media", new AssetFamily.Attribute("media", "media_link", "https://cdn.example.com/p/", ".jpg")));

	private static final AssetFamily FILES = new AssetFamily("photos", "file",
			Map.of("file", new AssetFamily.Attribute("file", "media_file", null, null)));

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			link: prefix + data + suffix | packshots | shoe-1     | -                                | -                              | -                                           | https://cdn.example.com/p/shoe-1.jpg
			link: Akeneo's full URL      | packshots | shoe-1     | https://other.example.com/s.jpg  | -                              | -                                           | https://other.example.com/s.jpg
			file: share link             | photos    | 1/2/ab_f.png | -                              | https://share.example.com/f.png | -                                          | https://share.example.com/f.png
			file: template               | photos    | 1/2/ab_f.png | -                              | -                              | https://cdn.example.com/{asset_family}/{asset_code}/{filename} | https://cdn.example.com/photos/a1/f.png
			""")
	void anAssetsMainMediaGivesItsUrl(String name, String family, String data, @Nullable String fullUrl,
			@Nullable String shareLink, @Nullable String template, String expected) {
		// given
		AssetFamily assetFamily = family.equals("photos") ? FILES : LINKS;
		ProductImages images = images(new ImageMapping(List.of(new ImageSource.AssetCollection("assets")), 10, true,
				template), Map.of("assets", assetFamily));
		Asset asset = asset(assetFamily, "a1", data, fullUrl, shareLink);

		// when
		ProductImages.Result result = images.of(product(Map.of("assets", collection("a1"))),
				Map.of(new AssetRef(assetFamily.code(), "a1"), asset));

		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.images().path(0).path("Filename").asString()).isEqualTo(expected);
		assertThat(result.images().path(0).path("Name").asString()).isEqualTo("a1");
		assertThat(result.assets()).containsExactly(new AssetRef(assetFamily.code(), "a1"));
	}

	@Test
	void aFileWithoutShareLinkOrTemplateIsAProblem() {
		// given
		ProductImages images = images(new ImageMapping(List.of(new ImageSource.AssetCollection("assets")), 10, true,
				null), Map.of("assets", FILES));

		// when
		ProductImages.Result result = images.of(product(Map.of("assets", collection("a1"))),
				Map.of(new AssetRef("photos", "a1"), asset(FILES, "a1", "1/2/ab_f.png", null, null)));

		// then
		assertThat(result.images()).isEmpty();
		assertThat(result.problems()).singleElement().asString().contains("a1").contains("media-file-url-template");
	}

	@Test
	void sourcesInOrderAtMostMaxAssetsAkeneoNoLongerHasLeftOut() {
		// given assets, then an image attribute through a template, then a text attribute holding a URL
		ProductImages images = images(new ImageMapping(List.of(new ImageSource.AssetCollection("assets"),
				new ImageSource.ProductAttribute("main_image", "https://cdn.example.com/img/{code}"),
				new ImageSource.ProductAttribute("image_url", null)), 3, true, null), Map.of("assets", LINKS));
		AkeneoProduct product = product(Map.of("assets", collection("a1", "gone", "a2"), "main_image",
				JSON.stringNode("1/2/ab_main photo.png"), "image_url", JSON.stringNode("https://cdn.example.com/x.jpg")));
		Map<AssetRef, Asset> assets = new HashMap<>();
		assets.put(new AssetRef("packshots", "a1"), asset(LINKS, "a1", "one", null, null));
		assets.put(new AssetRef("packshots", "a2"), asset(LINKS, "a2", "two", null, null));

		// when
		ProductImages.Result result = images.of(product, assets);

		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.images().valueStream().map(image -> image.path("Filename").asString()).toList())
			.containsExactly("https://cdn.example.com/p/one.jpg", "https://cdn.example.com/p/two.jpg",
					"https://cdn.example.com/img/1/2/ab_main%20photo.png");
		assertThat(result.assets()).containsExactly(new AssetRef("packshots", "a1"), new AssetRef("packshots", "gone"),
				new AssetRef("packshots", "a2"));
	}

	@Test
	void aUrlKhaosCannotTakeIsAProblemNamingWhereItCameFrom() {
		// given
		ProductImages images = images(new ImageMapping(List.of(new ImageSource.ProductAttribute("image_url", null)), 10,
				true, null), Map.of());

		// when
		ProductImages.Result result = images.of(product(Map.of("image_url", JSON.stringNode("http://cdn.example.com/x.jpg"))),
				Map.of());

		// then
		assertThat(result.images()).isEmpty();
		assertThat(result.problems()).singleElement().asString().contains("is not https").contains("attribute image_url");
	}

	@ParameterizedTest
	@CsvSource({ "0/0/9/d/009d38fe_allie_jean.png, allie_jean.png", "plain.jpg, plain.jpg", "a_b.jpg, a_b.jpg" })
	void aMediaFileCodesFileName(String code, String filename) {
		assertThat(ProductImages.filename(code)).isEqualTo(filename);
	}

	private static ProductImages images(ImageMapping mapping, Map<String, AssetFamily> families) {
		return new ProductImages(new ImageSourcing(mapping, families), "en_GB", "ecommerce");
	}

	private static JsonNode collection(String... codes) {
		return JSON.arrayNode().addAll(Arrays.stream(codes).map(JSON::stringNode).toList());
	}

	private static AkeneoProduct product(Map<String, JsonNode> values) {
		Map<String, List<AkeneoValue>> all = new HashMap<>();
		values.forEach((code, data) -> all.put(code, List.of(new AkeneoValue(null, null, data))));
		return new AkeneoProduct("0b9c2c4e-1f7a-4d1e-9a51-6a1f0c8e2d11", "shoes", null, true, List.of(), all, null);
	}

	private static Asset asset(AssetFamily family, String code, String data, @Nullable String fullUrl,
			@Nullable String shareLink) {
		return new Asset(family.code(), code, Map.of(family.attributeAsMainMedia(),
				List.of(new Asset.Value(null, null, JSON.stringNode(data), fullUrl, shareLink))), null);
	}

}
