package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Download;
import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;
import com.akeneokhaos.support.TestClock;

class AkeneoSimulatorAssetsTest {

	private static final String API = "/api/rest/v1/";

	private static final String FAMILIES = API + "asset-families";

	private static final String PACKSHOTS = FAMILIES + "/packshots/assets";

	private static final String PHOTOS = FAMILIES + "/product_photos/assets";

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(3, 12));

	private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

	private final TestClock clock = new TestClock(START);

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	private List<String> withPackshots;

	private List<String> withPhotos;

	@BeforeEach
	void startSimulator() {
		simulator = new AkeneoSimulator().clock(clock).start().load(CATALOGUE);
		client = new SimulatorTestClient(simulator);
		withPackshots = CATALOGUE.uuids().subList(0, 3);
		withPhotos = CATALOGUE.uuids().subList(3, 5);
		simulator.givePackshots(withPackshots, 2);
		simulator.giveProductPhotos(withPhotos, 1);
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void listsAssetFamiliesThroughSearchAfterCursors() {
		// given
		simulator.assetPageSize(1);

		// when
		List<JsonNode> pages = client.pages(FAMILIES);

		// then
		assertThat(pages).hasSize(3);
		assertThat(pages.stream().flatMap(page -> page.get("_embedded").get("items").valueStream()).toList())
			.extracting(family -> family.get("code").asString(),
					family -> family.get("_links").get("self").get("href").asString())
			.containsExactly(tuple("packshots", simulator.baseUrl() + FAMILIES + "/packshots"),
					tuple("product_photos", simulator.baseUrl() + FAMILIES + "/product_photos"));
		assertThat(pages.get(0).get("_links").get("first").get("href").asString())
			.isEqualTo(simulator.baseUrl() + FAMILIES);
		assertThat(SimulatorTestClient.nextHref(pages.get(0)))
			.isEqualTo(simulator.baseUrl() + FAMILIES + "?search_after=" + AssetEndpoint.encode("packshots"));
		assertThat(pages.get(2).get("_links").has("next")).isFalse();
	}

	@Test
	void servesOneAssetFamilyWithTheSpecFields() {
		// when
		Reply family = client.get(FAMILIES + "/packshots");

		// then
		assertThat(family.status()).isEqualTo(200);
		assertThat(family.body().propertyNames()).containsExactly("code", "labels", "attribute_as_main_media",
				"naming_convention", "product_link_rules", "transformations");
		assertThat(family.body().get("attribute_as_main_media").asString()).isEqualTo("media");
		assertThat(family.body().get("labels").get("en_GB").asString()).isEqualTo("Packshots");
		assertThat(family.body().get("product_link_rules").isArray()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "packshots, media, media_link, image", "packshots, alt_text, text, ",
			"product_photos, photo, media_file, image" })
	void servesAFamilysAttributesAsAPlainArrayAndOneByOne(String family, String code, String type, String mediaType) {
		// when
		Reply list = client.get(FAMILIES + "/" + family + "/attributes");
		Reply one = client.get(FAMILIES + "/" + family + "/attributes/" + code);

		// then
		assertThat(list.body().isArray()).isTrue();
		assertThat(list.body().valueStream().map(a -> a.get("code").asString()))
			.containsExactly(family.equals("packshots") ? "media" : "photo", "alt_text");
		JsonNode listed = list.body().valueStream().filter(a -> a.get("code").asString().equals(code)).findFirst()
			.orElseThrow();
		assertThat(one.body()).isEqualTo(listed);
		assertThat(one.body().get("type").asString()).isEqualTo(type);
		assertThat(AssetStore.text(one.body().path("media_type"), null)).isEqualTo(mediaType);
		assertThat(one.body().has("value_per_locale")).isTrue();
		assertThat(one.body().has("value_per_channel")).isTrue();
	}

	@Test
	void mediaLinkAttributesCarryTheirPrefixAndSuffix() {
		// when
		JsonNode media = client.get(FAMILIES + "/packshots/attributes/media").body();

		// then
		assertThat(media.get("prefix").asString()).isEqualTo("https://cdn.example.com/packshots/");
		assertThat(media.get("suffix").isNull()).isTrue();
	}

	@Test
	void pagesAssetsWithSearchAfterServingEachAssetOnce() {
		// given
		simulator.assetPageSize(2);

		// when
		List<JsonNode> pages = client.pages(PACKSHOTS);

		// then
		List<String> codes = pages.stream().flatMap(page -> page.get("_embedded").get("items").valueStream())
			.map(asset -> asset.get("code").asString()).toList();
		assertThat(pages).hasSize(4);
		assertThat(pages.subList(0, 3)).allSatisfy(page -> assertThat(page.get("_embedded").get("items")).hasSize(2));
		assertThat(codes).hasSize(6).doesNotHaveDuplicates().isSorted()
			.containsExactlyInAnyOrderElementsOf(withPackshots.stream()
				.flatMap(uuid -> List.of(AssetCatalogue.packshotCode(uuid, 1), AssetCatalogue.packshotCode(uuid, 2))
					.stream())
				.toList());
		assertThat(pages.subList(0, 3)).allSatisfy(page -> assertThat(SimulatorTestClient.nextHref(page))
			.contains("search_after=").doesNotContain("page=").doesNotContain("limit="));
	}

	@Test
	void ignoresALimitParameterAsAkeneoDoes() {
		// when
		Reply page = client.get(PACKSHOTS + "?limit=2");

		// then
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().get("_embedded").get("items")).hasSize(6);
		assertThat(page.body().get("_links").has("next")).isFalse();
	}

	@Test
	void assetsHaveTheSpecShape() {
		// given
		String code = AssetCatalogue.packshotCode(withPackshots.get(0), 1);

		// when
		Reply asset = client.get(PACKSHOTS + "/" + code);

		// then
		assertThat(asset.status()).isEqualTo(200);
		assertThat(asset.body().propertyNames()).containsExactly("code", "values", "created", "updated");
		JsonNode media = asset.body().get("values").get("media").get(0);
		assertThat(media.propertyNames()).containsExactly("locale", "channel", "data", "linked_data");
		assertThat(media.get("data").asString()).isEqualTo(withPackshots.get(0) + "-1.jpg");
		assertThat(media.get("linked_data").get("full_url").asString())
			.isEqualTo("https://cdn.example.com/packshots/" + withPackshots.get(0) + "-1.jpg");
		assertThat(asset.body().get("values").get("alt_text").get(0).get("locale").asString()).isEqualTo("en_GB");
		assertThat(asset.body().get("created").asString()).isEqualTo("2026-11-30T09:00:00+00:00");
	}

	@Test
	void mediaLinksComeWithoutLinkedDataWhenSwitchedOff() {
		// given
		simulator.assetLinkedData(false);

		// when
		JsonNode media = client.get(PACKSHOTS).body().get("_embedded").get("items").get(0).get("values").get("media")
			.get(0);

		// then
		assertThat(media.propertyNames()).containsExactly("locale", "channel", "data");
	}

	@ParameterizedTest
	@CsvSource({ "false, false", "true, true" })
	void mediaFileValuesLinkTheirDownloadAndTheirShareLinkOnlyWhenSharing(boolean sharing, boolean shareLink) {
		// given
		simulator.addAssetFamily(AssetCatalogue.productPhotosFamily(sharing), AssetCatalogue.productPhotosAttributes());
		String uuid = withPhotos.get(0);
		String file = AssetCatalogue.photoFileCode(uuid, 1);

		// when
		JsonNode photo = client.get(PHOTOS + "/" + AssetCatalogue.photoCode(uuid, 1)).body().get("values").get("photo")
			.get(0);

		// then
		assertThat(photo.get("data").asString()).isEqualTo(file);
		assertThat(photo.get("_links").get("download").get("href").asString())
			.isEqualTo(simulator.baseUrl() + "/api/rest/v1/asset-media-files/" + file);
		assertThat(photo.get("_links").has("share_link")).isEqualTo(shareLink);
		if (shareLink) {
			assertThat(photo.get("_links").get("share_link").get("href").asString())
				.isEqualTo(simulator.baseUrl() + "/asset-share/product_photos/photo/" + uuid + "-1.jpg");
		}
	}

	@Test
	void filtersAssetsUpdatedAfterADate() {
		// given
		String code = AssetCatalogue.packshotCode(withPackshots.get(1), 2);
		clock.advance(Duration.ofHours(2));
		ObjectNode changed = simulator.asset("packshots", code).orElseThrow();
		((ObjectNode) changed.get("values").get("alt_text").get(0)).put("data", "Retouched");
		simulator.putAsset("packshots", changed);

		// when
		List<JsonNode> after = client.walk(PACKSHOTS + "?search="
				+ encode("{\"updated\":[{\"operator\":\">\",\"value\":\"2026-11-30T10:00:00Z\"}]}"));
		List<JsonNode> before = client.walk(PACKSHOTS + "?search="
				+ encode("{\"updated\":[{\"operator\":\"<\",\"value\":\"2026-11-30T10:00:00+00:00\"}]}"));

		// then
		assertThat(after).extracting(a -> a.get("code").asString()).containsExactly(code);
		assertThat(after.get(0).get("updated").asString()).isEqualTo("2026-11-30T11:00:00+00:00");
		assertThat(after.get(0).get("created").asString()).isEqualTo("2026-11-30T09:00:00+00:00");
		assertThat(after.get(0).get("values").get("alt_text").get(0).get("data").asString()).isEqualTo("Retouched");
		assertThat(before).hasSize(5).extracting(a -> a.get("code").asString()).doesNotContain(code);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "IN|2", "NOT IN|4" })
	void filtersAssetsByCode(String operator, int expected) {
		// given two of the six packshots
		List<String> codes = client.walk(PACKSHOTS).stream().map(a -> a.get("code").asString()).limit(2).toList();
		String search = "{\"code\":[{\"operator\":\"" + operator + "\",\"value\":[\"" + codes.get(0) + "\",\""
				+ codes.get(1) + "\"]}]}";

		// when
		List<JsonNode> found = client.walk(PACKSHOTS + "?search=" + encode(search));

		// then
		assertThat(found).hasSize(expected);
		assertThat(found.stream().map(a -> a.get("code").asString()).anyMatch(codes::contains))
			.isEqualTo(operator.equals("IN"));
	}

	@Test
	void keepsTheSearchInTheNextLink() {
		// given
		simulator.assetPageSize(2);
		String search = "{\"updated\":[{\"operator\":\">\",\"value\":\"2026-11-30T08:00:00Z\"}]}";

		// when
		Reply first = client.get(PACKSHOTS + "?search=" + encode(search));

		// then
		assertThat(SimulatorTestClient.nextHref(first.body())).startsWith(simulator.baseUrl() + PACKSHOTS + "?search="
				+ encode(search).replace("+", "%20") + "&search_after=");
		assertThat(client.walk(PACKSHOTS + "?search=" + encode(search))).hasSize(6);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"{\"updated\":[{\"operator\":\">\",\"value\":\"2026-11-30 10:00:00\"}]}|422",
			"{\"updated\":[{\"operator\":\">\",\"value\":\"yesterday\"}]}|422",
			"{\"updated\":[{\"operator\":\"=\",\"value\":\"2026-11-30T10:00:00Z\"}]}|422",
			"{\"updated\":[{\"operator\":\"BETWEEN\",\"value\":\"2026-11-30T10:00:00Z\"}]}|422",
			"{\"updated\":{\"operator\":\">\",\"value\":\"2026-11-30T10:00:00Z\"}}|422",
			"{\"code\":[{\"operator\":\"=\",\"value\":\"a\"}]}|422", "{\"code\":[{\"operator\":\"IN\",\"value\":[]}]}|422",
			"[1]|422", "not json|400" })
	void refusesMalformedSearches(String search, int status) {
		// when
		Reply reply = client.get(PACKSHOTS + "?search=" + encode(search));

		// then
		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.body().get("code").asInt()).isEqualTo(status);
		assertThat(reply.body().get("message").asString()).isEqualTo(status == 422
				? "The search filters have an invalid format." : "The search query parameter must be a valid JSON.");
	}

	@Test
	void trimsAssetValuesToTheRequestedLocales() {
		// when
		JsonNode french = client.get(PACKSHOTS + "?locales=fr_FR").body().get("_embedded").get("items").get(0);
		Reply unknown = client.get(PACKSHOTS + "?locales=xx_XX");

		// then
		assertThat(french.get("values").propertyNames()).containsExactly("media");
		assertThat(unknown.status()).isEqualTo(422);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "asset-families/nope|Asset family \"nope\" does not exist.",
			"asset-families/nope/attributes|Asset family \"nope\" does not exist.",
			"asset-families/nope/assets|Asset family \"nope\" does not exist.",
			"asset-families/Packshots/assets|Asset family \"Packshots\" does not exist.",
			"asset-families/packshots/assets/nope|Asset \"nope\" does not exist.",
			"asset-families/packshots/attributes/nope|Attribute \"nope\" does not exist for the asset family \"packshots\".",
			"media-files/a/b/c/d/nope.jpg|Media file \"a/b/c/d/nope.jpg\" does not exist.",
			"media-files/a/b/c/d/nope.jpg/download|Media file \"a/b/c/d/nope.jpg\" does not exist.",
			"asset-media-files/a/b/c/d/nope.jpg|Media file \"a/b/c/d/nope.jpg\" does not exist." })
	void unknownCodesAnswer404(String path, String message) {
		// when
		Reply reply = client.get(API + path);

		// then
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body().get("message").asString()).isEqualTo(message);
	}

	@Test
	void servesProductMediaFileMetadata() {
		// given
		String code = AssetCatalogue.mediaFileCode("front.jpg");
		simulator.addMediaFile(AssetCatalogue.mediaFile(code, "front.jpg"));

		// when
		Reply file = client.get(API + "media-files/" + code);
		List<JsonNode> listed = client.walk(API + "media-files");

		// then
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body().propertyNames()).containsExactly("_links", "code", "original_filename", "mime_type", "size",
				"extension");
		assertThat(file.body().get("_links").get("download").get("href").asString())
			.isEqualTo(simulator.baseUrl() + API + "media-files/" + code + "/download");
		assertThat(file.body().get("original_filename").asString()).isEqualTo("front.jpg");
		assertThat(file.body().get("mime_type").asString()).isEqualTo("image/jpeg");
		assertThat(file.body().get("extension").asString()).isEqualTo("jpg");
		assertThat(file.body().get("size").asInt()).isEqualTo(MediaBytes.bytes("jpg").length);
		assertThat(listed).singleElement().satisfies(item -> assertThat(item.get("_links").get("self").get("href")
			.asString()).isEqualTo(simulator.baseUrl() + API + "media-files/" + code));
	}

	enum Binary {

		PRODUCT_MEDIA_FILE, ASSET_MEDIA_FILE, SHARE_LINK

	}

	@ParameterizedTest
	@EnumSource(Binary.class)
	void countsEveryDownloadButNoRead(Binary binary) {
		// given
		simulator.addAssetFamily(AssetCatalogue.productPhotosFamily(true), AssetCatalogue.productPhotosAttributes());
		String mediaFile = AssetCatalogue.mediaFileCode("front.jpg");
		simulator.addMediaFile(AssetCatalogue.mediaFile(mediaFile, "front.jpg"));
		client.walk(FAMILIES);
		client.get(FAMILIES + "/product_photos");
		client.get(FAMILIES + "/product_photos/attributes");
		client.get(FAMILIES + "/product_photos/attributes/photo");
		client.walk(PACKSHOTS);
		JsonNode photo = client.walk(PHOTOS).get(0).get("values").get("photo").get(0);
		client.get(PHOTOS + "/" + AssetCatalogue.photoCode(withPhotos.get(0), 1));
		JsonNode metadata = client.get(API + "media-files/" + mediaFile).body();
		long readsOnly = simulator.downloadRequests();
		String href = switch (binary) {
			case PRODUCT_MEDIA_FILE -> metadata.get("_links").get("download").get("href").asString();
			case ASSET_MEDIA_FILE -> photo.get("_links").get("download").get("href").asString();
			case SHARE_LINK -> photo.get("_links").get("share_link").get("href").asString();
		};

		// when
		Download download = client.download(href, binary != Binary.SHARE_LINK);

		// then
		assertThat(readsOnly).isZero();
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).isEqualTo("image/jpeg");
		assertThat(download.body()).startsWith((byte) 0xff, (byte) 0xd8);
		assertThat(simulator.downloadRequests()).isEqualTo(1);
		assertThat(simulator.requestLog()).last()
			.satisfies(request -> assertThat(simulator.baseUrl() + request.pathAndQuery()).isEqualTo(href));
	}

	@Test
	void downloadsNeedATokenExceptShareLinks() {
		// given
		String file = AssetCatalogue.photoFileCode(withPhotos.get(0), 1);

		// when
		Download anonymous = client.download(API + "asset-media-files/" + file, false);

		// then
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(simulator.downloadRequests()).isEqualTo(1);
	}

	@Test
	void productsServeAssetCollectionAndImageValuesUnchanged() {
		// given
		String uuid = CATALOGUE.uuids().get(7);
		String file = AssetCatalogue.mediaFileCode("side.png");
		simulator.addMediaFile(AssetCatalogue.mediaFile(file, "side.png"));
		simulator.addAttribute(AssetCatalogue.imageAttribute("picture"));
		ObjectNode values = Json.object();
		values.set("packshots", AssetCatalogue.assetCollectionValue(List.of("packshot_b", "packshot_a")));
		values.set("picture", AssetCatalogue.imageValue(simulator.baseUrl(), file));
		simulator.updateProduct(uuid, product -> ((ObjectNode) product.get("values")).setAll(values));

		// when
		JsonNode one = client.get(API + "products-uuid/" + uuid).body();
		JsonNode listed = client.walk(API + "products-uuid?pagination_type=search_after&limit=100").stream()
			.filter(product -> product.get("uuid").asString().equals(uuid)).findFirst().orElseThrow();
		Reply picture = client.get(API + "attributes/picture");

		// then
		assertThat(one.get("values").get("packshots")).isEqualTo(values.get("packshots"));
		assertThat(one.get("values").get("picture")).isEqualTo(values.get("picture"));
		assertThat(listed.get("values").get("packshots")).isEqualTo(values.get("packshots"));
		assertThat(listed.get("values").get("picture")).isEqualTo(values.get("picture"));
		assertThat(one.get("values").get("picture").get(0).get("_links").get("download").get("href").asString())
			.isEqualTo(client.get(API + "media-files/" + file).body().get("_links").get("download").get("href")
				.asString());
		assertThat(picture.body().get("type").asString()).isEqualTo("pim_catalog_image");
		assertThat(simulator.downloadRequests()).isZero();
	}

	@Test
	void givenPackshotsAreLinkedFromTheProductsInPositionOrder() {
		// given
		String uuid = withPackshots.get(2);

		// when
		JsonNode product = client.get(API + "products-uuid/" + uuid).body();
		JsonNode attribute = client.get(API + "attributes/packshots").body();

		// then
		assertThat(product.get("values").get("packshots").get(0).get("data").valueStream().map(JsonNode::asString))
			.containsExactly(AssetCatalogue.packshotCode(uuid, 1), AssetCatalogue.packshotCode(uuid, 2));
		assertThat(product.get("values").get("packshots").get(0).get("locale").isNull()).isTrue();
		assertThat(product.get("updated").asString()).isEqualTo("2026-11-30T09:00:00+00:00");
		assertThat(attribute.get("type").asString()).isEqualTo("pim_catalog_asset_collection");
		assertThat(attribute.get("reference_data_name").asString()).isEqualTo("packshots");
		assertThat(attribute.get("localizable").asBoolean()).isFalse();
		assertThat(attribute.get("scopable").asBoolean()).isFalse();
		assertThat(client.get(PACKSHOTS + "/" + AssetCatalogue.packshotCode(uuid, 2)).status()).isEqualTo(200);
	}

}
