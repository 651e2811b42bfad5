package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.support.TestClock;

class AkeneoSimulatorStructureChangesTest {

	private static final String DELTA = PRODUCTS + "?pagination_type=search_after&limit=100&search="
			+ encode("{\"updated\":[{\"operator\":\">\",\"value\":\"2025-04-01 00:00:00\"}]}");

	private static final String MODEL_DELTA = "/api/rest/v1/product-models?pagination_type=search_after&search="
			+ encode("{\"updated\":[{\"operator\":\">\",\"value\":\"2025-04-01 00:00:00\"}]}");

	private static final String NOW = "2025-04-01T00:10:00+00:00";

	private final TestClock clock = new TestClock(Instant.parse("2025-04-01T00:00:00Z"));

	private GeneratedCatalogue catalogue;

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	@BeforeEach
	void startSimulator() {
		catalogue = CatalogueGenerator.generate(CatalogueSpec.of(6, 30).withModels(2, 2, 2));
		simulator = new AkeneoSimulator().clock(clock).start().load(catalogue);
		client = new SimulatorTestClient(simulator);
		clock.advance(Duration.ofMinutes(10));
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void aSimpleProductBecomesAVariantOfAnExistingModelKeepingItsUuid() {
		// given
		String uuid = simpleClothing();
		ObjectNode model = simulator.productModel("MD-000001").orElseThrow();
		String sku = sku(simulator.product(uuid).orElseThrow());

		// when
		ObjectNode variant = simulator.makeVariant(uuid, "MD-000001", Map.of("size", "xxl"));

		// then
		assertThat(variant.get("uuid").asString()).isEqualTo(uuid);
		assertThat(variant.get("parent").asString()).isEqualTo("MD-000001");
		assertThat(variant.get("updated").asString()).isEqualTo(NOW);
		assertThat(sku(variant)).isEqualTo(sku);
		assertThat(variant.get("values").get("size").get(0).get("data").asString()).isEqualTo("xxl");
		assertThat(variant.get("values").get("name")).isEqualTo(model.get("values").get("name"));
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA))).containsExactly(uuid);
		assertThat(client.get(PRODUCTS + "/" + uuid).body().get("parent").asString()).isEqualTo("MD-000001");
	}

	@Test
	void aNewModelIsCreatedFromASimpleProductWhichThenBecomesItsFirstVariant() {
		// given
		String uuid = simpleClothing();

		// when
		ObjectNode model = simulator.createModelFrom(uuid, "MD-NEW-1", "clothing_by_size");
		ObjectNode second = simulator.addVariant("00000000-0000-4000-8000-0000000000aa", "KH-NEW-1-M", "MD-NEW-1",
				Map.of("size", "m"));
		ObjectNode first = simulator.makeVariant(uuid, "MD-NEW-1", Map.of("size", "s"));

		// then
		assertThat(model.get("parent").isNull()).isTrue();
		assertThat(model.get("family").asString()).isEqualTo("clothing");
		assertThat(model.get("values").propertyNames()).contains("name").doesNotContain("sku", "size", "ean");
		assertThat(client.get("/api/rest/v1/product-models/MD-NEW-1").status()).isEqualTo(200);
		assertThat(codes(client.walk(MODEL_DELTA))).containsExactly("MD-NEW-1");
		assertThat(second.get("parent").asString()).isEqualTo("MD-NEW-1");
		assertThat(sku(second)).isEqualTo("KH-NEW-1-M");
		assertThat(second.get("values").get("name")).isEqualTo(first.get("values").get("name"));
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA)))
			.containsExactlyInAnyOrder(uuid, "00000000-0000-4000-8000-0000000000aa");
	}

	@Test
	void addModelStoresAModelUnderAnExistingParent() {
		// given
		ObjectNode sub = Json.object();
		sub.put("code", "MD-000003-GRY");
		sub.put("family", "clothing");
		sub.put("family_variant", "clothing_by_colour_size");
		sub.put("parent", "MD-000003");
		sub.putArray("categories");
		ModelValues.putOption(sub.putObject("values"), "colour", "grey");

		// when
		ObjectNode stored = simulator.addModel(sub);
		ObjectNode variant = simulator.addVariant("00000000-0000-4000-8000-0000000000bb", "KH-GRY-XS", "MD-000003-GRY",
				Map.of("size", "xs"));

		// then
		assertThat(stored.get("updated").asString()).isEqualTo(NOW);
		assertThat(variant.get("values").get("colour").get(0).get("data").asString()).isEqualTo("grey");
		assertThat(variant.get("values").get("name"))
			.isEqualTo(simulator.productModel("MD-000003").orElseThrow().get("values").get("name"));
		assertThatThrownBy(() -> simulator.addModel(orphan())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aVariantMovesToAnotherModelOfItsFamilyVariant() {
		// given
		List<String> subs = subModelsOf("MD-000003");
		String uuid = catalogue.variantUuidsOf(subs.get(0)).get(0);
		String size = simulator.product(uuid).orElseThrow().get("values").get("size").toString();
		ObjectNode target = simulator.productModel(subs.get(1)).orElseThrow();

		// when
		ObjectNode moved = simulator.moveVariant(uuid, subs.get(1));

		// then
		assertThat(moved.get("parent").asString()).isEqualTo(subs.get(1));
		assertThat(moved.get("values").get("colour")).isEqualTo(target.get("values").get("colour"));
		assertThat(moved.get("values").get("size").toString()).isEqualTo(size);
		assertThat(moved.get("updated").asString()).isEqualTo(NOW);
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA))).containsExactly(uuid);
		assertThatThrownBy(() -> simulator.moveVariant(uuid, "MD-000002")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aVariantIsDetachedIntoASimpleProductKeepingItsMergedValues() {
		// given
		String uuid = catalogue.variantUuidsOf("MD-000001").get(0);
		JsonNode before = simulator.product(uuid).orElseThrow().get("values");

		// when
		ObjectNode simple = simulator.detachVariant(uuid);

		// then
		assertThat(simple.get("parent").isNull()).isTrue();
		assertThat(simple.get("values")).isEqualTo(before);
		assertThat(simple.get("updated").asString()).isEqualTo(NOW);
		assertThat(client.get(PRODUCTS + "/" + uuid).body().get("parent").isNull()).isTrue();
	}

	@Test
	void changingTheAxesOfAFamilyVariantTouchesItsModelsAndVariants() {
		// when
		ObjectNode changed = simulator.changeFamilyVariantAxes("clothing", "clothing_by_colour_size",
				List.of(List.of("colour", "fit"), List.of("size")));

		// then
		JsonNode levelOne = changed.get("variant_attribute_sets").get(0);
		assertThat(levelOne.get("axes").toString()).isEqualTo("[\"colour\",\"fit\"]");
		assertThat(levelOne.get("attributes").toString()).isEqualTo("[\"colour\",\"fit\",\"materials\"]");
		assertThat(client.get("/api/rest/v1/families/clothing/variants/clothing_by_colour_size").body()
			.get("variant_attribute_sets").get(0).get("axes")).hasSize(2);
		List<String> touchedModels = codes(client.walk(MODEL_DELTA));
		assertThat(touchedModels).contains("MD-000003", "MD-000004").hasSize(2 + 2 * ModelGenerator.SUB_MODELS);
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA))).containsExactlyInAnyOrderElementsOf(
				concat(catalogue.variantUuidsOf("MD-000003"), catalogue.variantUuidsOf("MD-000004")));
	}

	@Test
	void updatingAModelPutsItsVariantsInTheDeltaWithTheNewValues() {
		// when
		simulator.updateProductModel("MD-000002", m -> ((ObjectNode) m.get("values")).remove("brand"));

		// then
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA)))
			.containsExactlyInAnyOrderElementsOf(catalogue.variantUuidsOf("MD-000002"));
		assertThat(catalogue.variantUuidsOf("MD-000002")).allSatisfy(uuid -> assertThat(
				simulator.product(uuid).orElseThrow().get("values").has("brand")).isFalse());
	}

	@Test
	void changingASkuKeepsTheUuid() {
		// given
		String uuid = catalogue.variantUuidsOf("MD-000001").get(1);

		// when
		ObjectNode changed = simulator.changeSku(uuid, "KH-RENAMED-1");

		// then
		assertThat(changed.get("uuid").asString()).isEqualTo(uuid);
		assertThat(sku(changed)).isEqualTo("KH-RENAMED-1");
		assertThat(changed.get("parent").asString()).isEqualTo("MD-000001");
		assertThat(sku(client.get(PRODUCTS + "/" + uuid).body())).isEqualTo("KH-RENAMED-1");
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA))).containsExactly(uuid);
	}

	@Test
	void disablingAProductBumpsItsUpdatedDate() {
		// given
		String uuid = simpleClothing();

		// when
		ObjectNode disabled = simulator.disableProduct(uuid);

		// then
		assertThat(disabled.get("enabled").asBoolean()).isFalse();
		assertThat(disabled.get("updated").asString()).isEqualTo(NOW);
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA))).containsExactly(uuid);
	}

	@Test
	void makingAVariantOfAVariantIsRefused() {
		// given
		String uuid = catalogue.variantUuidsOf("MD-000001").get(0);

		// when / then
		assertThatThrownBy(() -> simulator.makeVariant(uuid, "MD-000001", Map.of("size", "m")))
			.isInstanceOf(IllegalStateException.class);
	}

	private String simpleClothing() {
		return catalogue.validUuids().stream()
			.filter(uuid -> "clothing".equals(catalogue.product(uuid).orElseThrow().get("family").asString()))
			.findFirst().orElseThrow();
	}

	private List<String> subModelsOf(String root) {
		return catalogue.productModels().stream().filter(m -> root.equals(m.path("parent").asString(null)))
			.map(m -> m.get("code").asString()).toList();
	}

	private static ObjectNode orphan() {
		ObjectNode model = Json.object();
		model.put("code", "MD-ORPHAN");
		model.put("family", "clothing");
		model.put("family_variant", "clothing_by_colour_size");
		model.put("parent", "MD-NOPE");
		return model;
	}

	private static String sku(JsonNode product) {
		return product.get("values").get("sku").get(0).get("data").asString();
	}

	private static List<String> codes(List<? extends JsonNode> items) {
		return items.stream().map(item -> item.get("code").asString()).toList();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
