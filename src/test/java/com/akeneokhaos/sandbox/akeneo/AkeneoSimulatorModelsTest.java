package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;
import com.akeneokhaos.support.TestClock;

class AkeneoSimulatorModelsTest {

	private static final String MODELS = "/api/rest/v1/product-models";

	private static final String VARIANTS = "/api/rest/v1/families/clothing/variants";

	private final TestClock clock = new TestClock(Instant.parse("2025-03-01T00:00:00Z"));

	private GeneratedCatalogue catalogue;

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	@BeforeEach
	void startSimulator() {
		catalogue = CatalogueGenerator.generate(CatalogueSpec.of(5, 40).withModels(5, 4, 2).withFiveAxisModels(1));
		simulator = new AkeneoSimulator().clock(clock).start().load(catalogue);
		client = new SimulatorTestClient(simulator);
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void searchAfterServesEveryModelExactlyOnceInCodeOrder() {
		// when
		List<JsonNode> served = client.walk(MODELS + "?pagination_type=search_after&limit=4");

		// then
		List<String> expected = catalogue.productModels().stream().map(m -> m.get("code").asString()).toList();
		assertThat(expected).hasSize(10 + 5 * ModelGenerator.SUB_MODELS);
		assertThat(codes(served)).containsExactlyElementsOf(expected);
		assertThat(served).allSatisfy(item -> assertThat(item.get("_links").get("self").get("href").asString())
			.isEqualTo(simulator.baseUrl() + MODELS + "/" + item.get("code").asString()));
		assertThat(simulator.requestCount(MODELS)).as("five full pages, then the empty page after them").isEqualTo(6);
	}

	@Test
	void pagePaginationServesEveryModelExactlyOnce() {
		// when
		Reply first = client.get(MODELS + "?limit=7&with_count=true");
		List<JsonNode> served = client.walk(MODELS + "?limit=7");

		// then
		assertThat(first.body().get("current_page").asInt()).isEqualTo(1);
		assertThat(first.body().get("items_count").asInt()).isEqualTo(catalogue.productModels().size());
		assertThat(first.body().get("_links").get("next").get("href").asString())
			.isEqualTo(simulator.baseUrl() + MODELS + "?page=2&limit=7&with_count=true");
		assertThat(codes(served)).doesNotHaveDuplicates().hasSize(catalogue.productModels().size());
	}

	@Test
	void servesAModelInTheSpecShapeAndAnswers404ForAnUnknownOne() {
		// when
		Reply model = client.get(MODELS + "/MD-000001");
		Reply unknown = client.get(MODELS + "/MD-999999");

		// then
		assertThat(model.status()).isEqualTo(200);
		ObjectNode expected = catalogue.productModel("MD-000001").orElseThrow();
		assertThat(model.body().get("values")).isEqualTo(expected.get("values"));
		assertThat(model.body().get("family_variant").asString()).isEqualTo(expected.get("family_variant").asString());
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().get("message").asString()).contains("MD-999999");
	}

	@Test
	void filtersModelsOnUpdatedAndParent() {
		// given
		clock.advance(Duration.ofDays(1));
		simulator.updateProductModel("MD-000003", m -> ((ObjectNode) m.get("values")).remove("ean"));
		String updated = encode("{\"updated\":[{\"operator\":\">\",\"value\":\"2025-03-01 00:00:00\"}]}");
		String roots = encode("{\"parent\":[{\"operator\":\"EMPTY\"}]}");

		// when
		List<JsonNode> changed = client.walk(MODELS + "?pagination_type=search_after&search=" + updated);
		List<JsonNode> rootModels = client.walk(MODELS + "?pagination_type=search_after&limit=100&search=" + roots);

		// then
		assertThat(codes(changed)).containsExactly("MD-000003");
		assertThat(codes(rootModels)).containsExactlyElementsOf(catalogue.rootModelCodes());
	}

	@Test
	void rejectsALimitAbove100AndUnknownFilters() {
		// when
		Reply tooMany = client.get(MODELS + "?limit=101");
		Reply badFilter = client
			.get(MODELS + "?search=" + encode("{\"flavour\":[{\"operator\":\"IN\",\"value\":[\"red\"]}]}"));

		// then
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(badFilter.status()).isEqualTo(422);
	}

	@Test
	void needsATokenAndSuffersTheSameFaultsAsProducts() {
		// given
		simulator.failNextRequests(1, 503);

		// when
		Reply failed = client.get(MODELS);
		Reply anonymous = client.get(MODELS, null);
		Reply ok = client.get(MODELS);

		// then
		assertThat(failed.status()).isEqualTo(503);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(ok.status()).isEqualTo(200);
		assertThat(simulator.requestCount(MODELS)).isEqualTo(3);
	}

	@Test
	void listsAFamilysVariantsWithPagePagination() {
		// when
		List<JsonNode> clothing = client.walk(VARIANTS + "?limit=2");
		List<JsonNode> electronics = client.walk("/api/rest/v1/families/electronics/variants");

		// then
		assertThat(codes(clothing)).containsExactly("clothing_by_colour_size", "clothing_by_size",
				"clothing_by_five_axes");
		assertThat(clothing.get(0).get("_links").get("self").get("href").asString())
			.isEqualTo(simulator.baseUrl() + VARIANTS + "/clothing_by_colour_size");
		assertThat(clothing.get(0).get("variant_attribute_sets").get(1).get("axes").get(0).asString())
			.isEqualTo("size");
		assertThat(electronics).isEmpty();
	}

	@Test
	void servesOneFamilyVariantAnd404sForUnknownOnes() {
		// when
		Reply byColour = client.get("/api/rest/v1/families/homeware/variants/homeware_by_colour");
		Reply wrongFamily = client.get("/api/rest/v1/families/homeware/variants/clothing_by_size");
		Reply noFamily = client.get("/api/rest/v1/families/garden/variants");

		// then
		assertThat(byColour.status()).isEqualTo(200);
		assertThat(byColour.body().get("variant_attribute_sets").get(0).get("axes").get(0).asString())
			.isEqualTo("colour");
		assertThat(wrongFamily.status()).isEqualTo(404);
		assertThat(noFamily.status()).isEqualTo(404);
		assertThat(noFamily.body().get("message").asString()).isEqualTo("Family \"garden\" does not exist.");
	}

	@Test
	void aSubModelIsServedWithItsRootsValuesMergedInAsAkeneoServesIt() {
		// given
		String root = "MD-000006";
		String sub = subModelOf(root);
		ObjectNode expected = (ObjectNode) catalogue.productModel(root).orElseThrow().get("values").deepCopy();
		expected.setAll((ObjectNode) catalogue.productModel(sub).orElseThrow().get("values"));

		// when
		Reply one = client.get(MODELS + "/" + sub);
		List<JsonNode> listed = client.walk(MODELS + "?pagination_type=search_after&limit=100");
		Reply rootModel = client.get(MODELS + "/" + root);

		// then
		assertThat(one.body().get("parent").asString()).isEqualTo(root);
		assertThat(one.body().get("values")).isEqualTo(expected);
		assertThat(listed).filteredOn(item -> item.get("code").asString().equals(sub)).singleElement()
			.satisfies(item -> assertThat(item.get("values")).isEqualTo(expected));
		assertThat(rootModel.body().get("values")).isEqualTo(catalogue.productModel(root).orElseThrow().get("values"));
		assertThat(simulator.productModel(sub).orElseThrow().get("values")).isEqualTo(expected);
	}

	@Test
	void aChangeToARootsValuesShowsOnItsSubModels() {
		// given
		String root = "MD-000007";
		String sub = subModelOf(root);
		clock.advance(Duration.ofDays(1));

		// when
		simulator.updateProductModel(root, m -> ModelValues.putOption((ObjectNode) m.get("values"), "season", "winter"));
		Reply served = client.get(MODELS + "/" + sub);

		// then
		assertThat(served.body().get("values").get("season").get(0).get("data").asString()).isEqualTo("winter");
		assertThat(served.body().get("values").get("colour"))
			.isEqualTo(catalogue.productModel(sub).orElseThrow().get("values").get("colour"));
	}

	@Test
	void variantsAreServedWithTheirParentByProductsUuid() {
		// given
		String uuid = catalogue.variantUuidsOf("MD-000001").get(0);

		// when
		Reply variant = client.get(SimulatorTestClient.PRODUCTS + "/" + uuid);

		// then
		assertThat(variant.body().get("parent").asString()).isEqualTo("MD-000001");
		assertThat(variant.body().get("values").get("size")).isNotNull();
	}

	private String subModelOf(String root) {
		return catalogue.productModels().stream().filter(model -> root.equals(model.path("parent").asString(null)))
			.map(model -> model.get("code").asString())
			.findFirst()
			.orElseThrow();
	}

	private static List<String> codes(List<? extends JsonNode> items) {
		return items.stream().map(item -> item.get("code").asString()).toList();
	}

}
