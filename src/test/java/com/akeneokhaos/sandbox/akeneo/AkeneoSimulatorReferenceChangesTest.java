package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;
import com.akeneokhaos.support.TestClock;

/**
 * The reference data changes of the scenario API (deleting, moving and renaming categories, relabelling options,
 * changing channels and locales) as a delta sync sees them: visible through the reference endpoints and searches,
 * yet none puts a product or product model in an {@code updated >} delta, as in Akeneo. A product model change, by
 * contrast, does put the models and variants below it in the delta.
 */
class AkeneoSimulatorReferenceChangesTest {

	private static final String API = "/api/rest/v1/";

	private static final String MODELS = API + "product-models";

	private static final String SINCE_LOAD = encode(
			"{\"updated\":[{\"operator\":\">\",\"value\":\"2025-05-01 00:00:00\"}]}");

	/** A root model of {@code clothing_by_colour_size}, with sub-models. */
	private static final String TWO_LEVEL_ROOT = "MD-000003";

	private final TestClock clock = new TestClock(Instant.parse("2025-05-01T00:00:00Z"));

	private GeneratedCatalogue catalogue;

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	@BeforeEach
	void startSimulator() {
		catalogue = CatalogueGenerator.generate(CatalogueSpec.of(8, 120).withModels(2, 2, 2));
		simulator = new AkeneoSimulator().clock(clock).start().load(catalogue);
		client = new SimulatorTestClient(simulator);
		clock.advance(Duration.ofMinutes(10));
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void deletingACategoryRemovesItsSubtreeAndUnlinksItEverywhereWithoutTouchingUpdated() {
		// given
		String category = simulator.productModel(TWO_LEVEL_ROOT).orElseThrow().get("categories").get(0).asString();
		Set<String> subtree = subtree(category);
		Map<String, String> updatedBefore = updatedByUuid();

		// when
		List<String> deleted = simulator.deleteCategory(category);

		// then
		assertThat(deleted).containsExactlyInAnyOrderElementsOf(subtree).isSorted();
		assertThat(client.get(API + "categories/" + category).status()).isEqualTo(404);
		assertThat(client.walk(API + "categories?limit=100")).extracting(c -> c.get("code").asString())
			.doesNotContainAnyElementsOf(subtree);
		assertThat(allProducts()).flatMap(item -> categories(item)).doesNotContainAnyElementsOf(subtree);
		assertThat(allModels()).flatMap(item -> categories(item)).doesNotContainAnyElementsOf(subtree);
		assertThat(updatedByUuid()).isEqualTo(updatedBefore);
		assertThat(delta()).isEmpty();
		assertThat(modelDelta()).isEmpty();
	}

	@Test
	void aModelAndItsVariantsUnlinkedFromTheirOnlyCategoryBecomeUnclassified() {
		// given
		String category = simulator.productModel(TWO_LEVEL_ROOT).orElseThrow().get("categories").get(0).asString();
		String unclassified = encode("{\"categories\":[{\"operator\":\"UNCLASSIFIED\"}]}");

		// when
		simulator.deleteCategory(category);

		// then
		assertThat(codes(client.walk(MODELS + "?pagination_type=search_after&limit=100&search=" + unclassified)))
			.contains(TWO_LEVEL_ROOT);
		assertThat(SimulatorTestClient.uuids(client.walk(PRODUCTS + "?pagination_type=search_after&limit=100&search="
				+ unclassified))).containsAll(catalogue.variantUuidsOf(TWO_LEVEL_ROOT));
		assertThat(client.get(MODELS + "?search=" + encode("{\"categories\":[{\"operator\":\"IN\",\"value\":[\""
				+ category + "\"]}]}")).status()).as("an unknown category now").isEqualTo(422);
	}

	@Test
	void aTreeNoChannelUsesCanBeDeletedButNotAChannelsTree() {
		// when
		List<String> deleted = simulator.deleteCategory(Departments.PRINT_TREE);

		// then
		assertThat(deleted).containsExactly("print_autumn_winter_2024", "print_catalogue", "print_spring_summer_2024");
		assertThat(allProducts()).flatMap(item -> categories(item)).doesNotContainAnyElementsOf(deleted);
		assertThat(delta()).isEmpty();
		assertThatThrownBy(() -> simulator.deleteCategory(Departments.MASTER)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ecommerce");
		assertThat(client.get(API + "categories/" + Departments.MASTER).status()).isEqualTo(200);
	}

	static Stream<Arguments> categoryChanges() {
		return Stream.of(change("renamed", category -> category.set("labels", Json.labels("Tees", "Tees"))),
				change("moved", category -> category.put("parent", "footwear")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("categoryChanges")
	void aRenamedOrMovedCategoryIsServedWhileItsProductsStayOutOfTheDelta(String change, Consumer<ObjectNode> edit) {
		// given
		ObjectNode expected = (ObjectNode) client.get(API + "categories/tops").body().deepCopy();
		edit.accept(expected);

		// when
		simulator.updateCategory("tops", edit);

		// then
		JsonNode served = client.get(API + "categories/tops").body();
		assertThat(served.get("parent")).isEqualTo(expected.get("parent"));
		assertThat(served.get("labels")).isEqualTo(expected.get("labels"));
		assertThat(delta()).isEmpty();
		assertThat(modelDelta()).isEmpty();
	}

	@Test
	void aMovedCategoryTakesItsProductsIntoItsNewParentsChildren() {
		// given
		String inFootwear = PRODUCTS + "?pagination_type=search_after&limit=100&search="
				+ encode("{\"categories\":[{\"operator\":\"IN CHILDREN\",\"value\":[\"footwear\"]}]}");
		List<String> before = SimulatorTestClient.uuids(client.walk(inFootwear));
		List<String> inTops = SimulatorTestClient.uuids(client.walk(PRODUCTS + "?pagination_type=search_after&limit=100"
				+ "&search=" + encode("{\"categories\":[{\"operator\":\"IN CHILDREN\",\"value\":[\"tops\"]}]}")));

		// when
		simulator.updateCategory("tops", category -> category.put("parent", "footwear"));

		// then
		assertThat(inTops).isNotEmpty();
		assertThat(SimulatorTestClient.uuids(client.walk(inFootwear))).containsAll(before).containsAll(inTops);
	}

	@Test
	void relabellingAnOptionReplacesItsLabelsWithoutTouchingItsProducts() {
		// given
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("en_GB", "Northwind Ltd");

		// when
		ObjectNode option = simulator.updateAttributeOption("brand", "northwind", labels);

		// then
		JsonNode served = client.get(API + "attributes/brand/options/northwind").body();
		assertThat(served.get("labels").toString()).isEqualTo("{\"en_GB\":\"Northwind Ltd\"}");
		assertThat(option.get("labels")).isEqualTo(served.get("labels"));
		assertThat(client.walk(API + "attributes/brand/options?limit=100"))
			.filteredOn(o -> o.get("code").asString().equals("northwind")).singleElement()
			.satisfies(o -> assertThat(o.get("labels")).isEqualTo(served.get("labels")));
		assertThat(delta()).isEmpty();
	}

	@Test
	void aChangedChannelIsServedAndActivatesTheLocaleItGains() {
		// when
		simulator.updateChannel("print", channel -> {
			((ArrayNode) channel.get("locales")).add("de_DE");
			((ArrayNode) channel.get("currencies")).add("EUR");
			channel.put("category_tree", Departments.PRINT_TREE);
		});

		// then
		JsonNode print = client.get(API + "channels/print").body();
		assertThat(codes(print.get("locales"))).containsExactly("en_GB", "de_DE");
		assertThat(codes(print.get("currencies"))).containsExactly("GBP", "EUR");
		assertThat(print.get("category_tree").asString()).isEqualTo(Departments.PRINT_TREE);
		assertThat(client.get(API + "locales/de_DE").body().get("enabled").asBoolean()).isTrue();
		assertThat(delta()).isEmpty();
		assertThat(modelDelta()).isEmpty();
	}

	@Test
	void aLocaleNoChannelUsesAnyMoreIsDeactivated() {
		// when
		simulator.updateChannel("ecommerce", channel -> channel.putArray("locales").add("en_GB"));

		// then
		assertThat(client.get(API + "locales/fr_FR").body().get("enabled").asBoolean()).isFalse();
		assertThat(client.get(API + "locales/en_GB").body().get("enabled").asBoolean()).as("print still uses it")
			.isTrue();
		assertThat(client.get(PRODUCTS + "?locales=fr_FR").status()).isEqualTo(422);
		assertThat(delta()).isEmpty();
	}

	static Stream<Arguments> invalidChannelChanges() {
		return Stream.of(change("a tree that is not a root", channel -> channel.put("category_tree", "tops")),
				change("an unknown tree", channel -> channel.put("category_tree", "garden")),
				change("an unknown locale", channel -> ((ArrayNode) channel.get("locales")).add("xx_XX")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidChannelChanges")
	void aChannelNeedsARootTreeAndKnownLocales(String invalid, Consumer<ObjectNode> change) {
		// given
		JsonNode before = client.get(API + "channels/ecommerce").body();

		// when / then
		assertThatThrownBy(() -> simulator.updateChannel("ecommerce", change))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(client.get(API + "channels/ecommerce").body()).isEqualTo(before);
	}

	@ParameterizedTest
	@CsvSource({ "de_DE, true", "fr_FR, false" })
	void aLocaleIsEnabledOrDisabledAsLocalesAndTheLocalesParameterSeeIt(String code, boolean enabled) {
		// given
		String enabledLocales = API + "locales?search=" + encode("{\"enabled\":[{\"operator\":\"=\",\"value\":true}]}");

		// when
		simulator.enableLocale(code, enabled);

		// then
		assertThat(client.get(API + "locales/" + code).body().get("enabled").asBoolean()).isEqualTo(enabled);
		assertThat(codes(client.walk(enabledLocales)).contains(code)).isEqualTo(enabled);
		Reply products = client.get(PRODUCTS + "?locales=" + code);
		assertThat(products.status()).isEqualTo(enabled ? 200 : 422);
		assertThat(delta()).isEmpty();
	}

	@Test
	void updatingARootModelPutsItsSubModelsAndEveryVariantBelowInTheDelta() {
		// given
		List<String> subModels = catalogue.productModels().stream()
			.filter(m -> TWO_LEVEL_ROOT.equals(m.path("parent").asString(null)))
			.map(m -> m.get("code").asString())
			.toList();
		List<String> expectedModels = new ArrayList<>(List.of(TWO_LEVEL_ROOT));
		expectedModels.addAll(subModels);

		// when
		simulator.updateProductModel(TWO_LEVEL_ROOT, m -> ModelValues.putOption((ObjectNode) m.get("values"), "season",
				"all_year"));

		// then
		assertThat(subModels).isNotEmpty();
		assertThat(modelDelta()).containsExactlyInAnyOrderElementsOf(expectedModels);
		assertThat(delta()).containsExactlyInAnyOrderElementsOf(catalogue.variantUuidsOf(TWO_LEVEL_ROOT));
		assertThat(catalogue.variantUuidsOf(TWO_LEVEL_ROOT)).allSatisfy(uuid -> assertThat(
				simulator.product(uuid).orElseThrow().get("values").get("season").get(0).get("data").asString())
			.isEqualTo("all_year"));
	}

	private List<String> delta() {
		return SimulatorTestClient.uuids(client.walk(PRODUCTS + "?pagination_type=search_after&limit=100&search="
				+ SINCE_LOAD));
	}

	private List<String> modelDelta() {
		return codes(client.walk(MODELS + "?pagination_type=search_after&limit=100&search=" + SINCE_LOAD));
	}

	private List<JsonNode> allProducts() {
		return client.walk(PRODUCTS + "?pagination_type=search_after&limit=100");
	}

	private List<JsonNode> allModels() {
		return client.walk(MODELS + "?pagination_type=search_after&limit=100");
	}

	private Map<String, String> updatedByUuid() {
		Map<String, String> updated = new LinkedHashMap<>();
		allProducts().forEach(p -> updated.put(p.get("uuid").asString(), p.get("updated").asString()));
		return updated;
	}

	/** The category and every category below it, read from {@code GET categories}. */
	private Set<String> subtree(String code) {
		List<JsonNode> categories = client.walk(API + "categories?limit=100");
		Set<String> subtree = new HashSet<>(Set.of(code));
		Deque<String> pending = new ArrayDeque<>(subtree);
		while (!pending.isEmpty()) {
			String parent = pending.pop();
			categories.stream().filter(c -> parent.equals(c.path("parent").asString(null)))
				.map(c -> c.get("code").asString())
				.filter(subtree::add)
				.forEach(pending::push);
		}
		return subtree;
	}

	/** A named change, as parameterized tests take it. */
	private static Arguments change(String name, Consumer<ObjectNode> change) {
		return Arguments.of(name, change);
	}

	private static List<String> categories(JsonNode item) {
		return codes(item.get("categories"));
	}

	private static List<String> codes(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static List<String> codes(List<? extends JsonNode> items) {
		return items.stream().map(item -> item.get("code").asString()).toList();
	}

}
