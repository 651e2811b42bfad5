package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

/**
 * The search filters a delta sync uses beyond {@code updated}: {@code family} on products, {@code categories} on
 * product models, and select attribute values on both, with their operators and Akeneo's 422s. Each search is
 * checked against the same selection made in Java over everything the simulator serves, so a variant or sub-model
 * is matched on the values and categories it is served with.
 */
class AkeneoSimulatorDeltaFiltersTest {

	private static final String MODELS = "/api/rest/v1/product-models";

	private static final String GLOSS_ON_ECOMMERCE = "00000000-0000-4000-8000-00000000f001";

	private static final String GLOSS_ON_PRINT = "00000000-0000-4000-8000-00000000f002";

	private static final String WITHOUT_FAMILY = "00000000-0000-4000-8000-00000000f003";

	/** A clothing root model of the {@code clothing_by_size} family variant, which holds materials itself. */
	private static final String SIZE_ROOT = "MD-000001";

	/** A clothing root model of {@code clothing_by_colour_size}: materials are its sub-models' (level 1). */
	private static final String COLOUR_SIZE_ROOT = "MD-000005";

	/** A sub-model of {@link #COLOUR_SIZE_ROOT} with no categories and no values of its own but its colour. */
	private static final String BARE_SUB_MODEL = COLOUR_SIZE_ROOT + "-GRY";

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(11, 300).withModels(4, 4, 2));

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	private static List<JsonNode> products;

	private static List<JsonNode> models;

	private static List<JsonNode> categories;

	@BeforeAll
	static void addFixturesAndReadEverything() {
		AkeneoSimulator simulator = AKENEO.simulator();
		simulator.addAttribute(finishAttribute());
		List.of("matt", "gloss").forEach(code -> simulator.addAttributeOption(option("finish", code)));
		simulator.addProduct(product(GLOSS_ON_ECOMMERCE, "clothing", finish("gloss", "en_GB", "ecommerce"),
				finish("matt", "fr_FR", "ecommerce")));
		simulator.addProduct(product(GLOSS_ON_PRINT, "clothing", finish("gloss", "en_GB", "print")));
		simulator.addProduct(product(WITHOUT_FAMILY, null));
		simulator.updateProductModel(SIZE_ROOT, model -> ((ObjectNode) model.get("values")).remove("materials"));
		simulator.addModel(bareSubModel());
		products = AKENEO.client().walk(PRODUCTS + "?pagination_type=search_after&limit=100");
		models = AKENEO.client().walk(MODELS + "?pagination_type=search_after&limit=100");
		categories = AKENEO.client().walk("/api/rest/v1/categories?limit=100");
	}

	static Stream<Arguments> productFilters() {
		return Stream.of(
				Arguments.of("{\"family\":[{\"operator\":\"IN\",\"value\":[\"clothing\"]}]}",
						familyIn(Set.of("clothing"))),
				Arguments.of("{\"family\":[{\"operator\":\"NOT IN\",\"value\":[\"clothing\",\"homeware\"]}]}",
						familyIn(Set.of("clothing", "homeware")).negate()),
				Arguments.of("{\"family\":[{\"operator\":\"EMPTY\"}]}", hasFamily().negate()),
				Arguments.of("{\"family\":[{\"operator\":\"NOT EMPTY\"}]}", hasFamily()),
				Arguments.of("{\"brand\":[{\"operator\":\"IN\",\"value\":[\"northwind\",\"fenwick\"]}]}",
						optionIn("brand", "northwind", "fenwick")),
				Arguments.of("{\"brand\":[{\"operator\":\"NOT IN\",\"value\":[\"northwind\"]}]}",
						optionIn("brand", "northwind").negate()),
				Arguments.of("{\"brand\":[{\"operator\":\"NOT EMPTY\"}]}", optionIn("brand", Words.BRANDS)),
				Arguments.of("{\"brand\":[{\"operator\":\"EMPTY\"}]}",
						hasFamily().and(optionIn("brand", Words.BRANDS).negate())),
				Arguments.of("{\"season\":[{\"operator\":\"EMPTY\"}]}",
						familyIn(Set.of("clothing")).and(optionIn("season", Words.SEASONS).negate())),
				Arguments.of("{\"materials\":[{\"operator\":\"IN\",\"value\":[\"wool\"]}]}", optionIn("materials", "wool")),
				Arguments.of("{\"materials\":[{\"operator\":\"NOT IN\",\"value\":[\"wool\",\"cotton\"]}]}",
						optionIn("materials", "wool", "cotton").negate()),
				Arguments.of("{\"colour\":[{\"operator\":\"IN\",\"value\":[\"red\",\"navy\"]}]}",
						optionIn("colour", "red", "navy")),
				Arguments.of("{\"family\":[{\"operator\":\"IN\",\"value\":[\"clothing\"]}],"
						+ "\"brand\":[{\"operator\":\"IN\",\"value\":[\"northwind\"]}]}",
						familyIn(Set.of("clothing")).and(optionIn("brand", "northwind"))),
				Arguments.of("{\"finish\":[{\"operator\":\"IN\",\"value\":[\"gloss\"],\"locale\":\"en_GB\","
						+ "\"scope\":\"ecommerce\"}]}", uuidIs(GLOSS_ON_ECOMMERCE)),
				Arguments.of("{\"finish\":[{\"operator\":\"IN\",\"value\":[\"gloss\"],\"locale\":\"en_GB\","
						+ "\"scope\":\"print\"}]}", uuidIs(GLOSS_ON_PRINT)),
				Arguments.of("{\"finish\":[{\"operator\":\"NOT EMPTY\",\"locale\":\"fr_FR\",\"scope\":\"ecommerce\"}]}",
						uuidIs(GLOSS_ON_ECOMMERCE)),
				Arguments.of("{\"finish\":[{\"operator\":\"NOT IN\",\"value\":[\"gloss\"],\"locale\":\"en_GB\","
						+ "\"scope\":\"ecommerce\"}]}", uuidIs(GLOSS_ON_ECOMMERCE).negate()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("productFilters")
	void filtersProductsAsAkeneoDoes(String search, Predicate<JsonNode> expected) {
		// when
		List<String> found = SimulatorTestClient.uuids(AKENEO.client().walk(
				PRODUCTS + "?pagination_type=search_after&limit=100&search=" + encode(search)));

		// then
		assertThat(found).isNotEmpty().isEqualTo(SimulatorTestClient.uuids(products.stream().filter(expected).toList()));
	}

	/** Runs after {@code @BeforeAll}, so its category codes come from what the simulator serves. */
	static Stream<Arguments> modelFilters() {
		String sizeRootCategory = categoryOf(SIZE_ROOT);
		String colourSizeRootCategory = categoryOf(COLOUR_SIZE_ROOT);
		String department = departmentOf(sizeRootCategory);
		return Stream.of(
				Arguments.of(categories("IN", sizeRootCategory, colourSizeRootCategory),
						categoryIn(Set.of(sizeRootCategory, colourSizeRootCategory))),
				Arguments.of(categories("NOT IN", sizeRootCategory), categoryIn(Set.of(sizeRootCategory)).negate()),
				Arguments.of(categories("IN CHILDREN", department), categoryIn(descendantsOf(department))),
				Arguments.of(categories("NOT IN CHILDREN", department), categoryIn(descendantsOf(department)).negate()),
				Arguments.of(categories("IN OR UNCLASSIFIED", sizeRootCategory),
						categoryIn(Set.of(sizeRootCategory)).or(m -> m.get("categories").isEmpty())),
				Arguments.of("{\"family\":[{\"operator\":\"IN\",\"value\":[\"homeware\"]}]}", familyIn(Set.of("homeware"))),
				Arguments.of("{\"family\":[{\"operator\":\"NOT EMPTY\"}]}", hasFamily()),
				Arguments.of("{\"colour\":[{\"operator\":\"IN\",\"value\":[\"red\",\"navy\",\"black\"]}]}",
						optionIn("colour", "red", "navy", "black")),
				Arguments.of("{\"colour\":[{\"operator\":\"NOT EMPTY\"}]}", isSubModel()),
				Arguments.of("{\"brand\":[{\"operator\":\"IN\",\"value\":[\"northwind\",\"fenwick\",\"marlow\"]}]}",
						optionIn("brand", "northwind", "fenwick", "marlow")),
				Arguments.of("{\"materials\":[{\"operator\":\"NOT IN\",\"value\":[\"wool\"]}]}",
						optionIn("materials", "wool").negate()),
				Arguments.of("{\"materials\":[{\"operator\":\"EMPTY\"}]}",
						holdsMaterials().and(optionIn("materials", Words.MATERIALS).negate())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modelFilters")
	void filtersProductModelsAsAkeneoDoes(String search, Predicate<JsonNode> expected) {
		// when
		List<String> found = codes(AKENEO.client().walk(
				MODELS + "?pagination_type=search_after&limit=100&search=" + encode(search)));

		// then
		assertThat(found).isNotEmpty().isEqualTo(codes(models.stream().filter(expected).toList()));
	}

	@Test
	void aSubModelIsServedAndMatchedWithItsRootsValuesAndCategories() {
		// given
		JsonNode root = AKENEO.client().get(MODELS + "/" + COLOUR_SIZE_ROOT).body();
		String brand = root.get("values").get("brand").get(0).get("data").asString();
		String category = root.get("categories").get(0).asString();

		// when
		JsonNode sub = AKENEO.client().get(MODELS + "/" + BARE_SUB_MODEL).body();
		List<String> byBrand = codes(AKENEO.client().walk(MODELS + "?pagination_type=search_after&limit=100&search="
				+ encode("{\"brand\":[{\"operator\":\"IN\",\"value\":[\"" + brand + "\"]}]}")));
		List<String> byCategory = codes(AKENEO.client().walk(MODELS + "?pagination_type=search_after&limit=100&search="
				+ encode(categories("IN", category))));

		// then
		assertThat(sub.get("categories")).isEqualTo(root.get("categories"));
		assertThat(sub.get("values").get("brand")).isEqualTo(root.get("values").get("brand"));
		assertThat(byBrand).contains(COLOUR_SIZE_ROOT, BARE_SUB_MODEL);
		assertThat(byCategory).contains(COLOUR_SIZE_ROOT, BARE_SUB_MODEL);
	}

	@Test
	void emptyMatchesOnlyItemsWhoseFamilyHoldsTheAttributeAtTheirLevel() {
		// when
		List<String> modelsWithoutMaterials = codes(AKENEO.client().walk(MODELS + "?pagination_type=search_after"
				+ "&limit=100&search=" + encode("{\"materials\":[{\"operator\":\"EMPTY\"}]}")));
		List<JsonNode> productsWithoutFinish = AKENEO.client().walk(PRODUCTS + "?pagination_type=search_after&search="
				+ encode("{\"finish\":[{\"operator\":\"EMPTY\",\"locale\":\"en_GB\",\"scope\":\"ecommerce\"}]}"));

		// then
		assertThat(modelsWithoutMaterials).as("materials are common attributes of clothing_by_size")
			.contains(SIZE_ROOT)
			.as("materials belong to the sub-models of clothing_by_colour_size")
			.doesNotContain(COLOUR_SIZE_ROOT);
		assertThat(productsWithoutFinish).as("no family has the finish attribute").isEmpty();
	}

	@Test
	void optionsAddedToANewSelectAttributeAreListedUnderIt() {
		// when
		List<JsonNode> options = AKENEO.client().walk("/api/rest/v1/attributes/finish/options");

		// then
		assertThat(codes(options)).containsExactly("matt", "gloss");
	}

	static Stream<Arguments> refusedSearches() {
		Stream<Arguments> searches = Stream.of(
				Arguments.of("{\"flavour\":[{\"operator\":\"IN\",\"value\":[\"x\"]}]}",
						"Filter on property \"flavour\" is not supported or does not support operator \"IN\""),
				Arguments.of("{\"brand\":[{\"operator\":\"=\",\"value\":\"northwind\"}]}",
						"Filter on property \"brand\" is not supported or does not support operator \"=\""),
				Arguments.of("{\"name\":[{\"operator\":\"CONTAINS\",\"value\":\"x\",\"locale\":\"en_GB\"}]}",
						"Filter on property \"name\" (attribute type pim_catalog_text) is not supported by the simulator"),
				Arguments.of("{\"finish\":[{\"operator\":\"IN\",\"value\":[\"gloss\"]}]}",
						"Attribute \"finish\" expects a locale, none given."),
				Arguments.of("{\"finish\":[{\"operator\":\"EMPTY\",\"locale\":\"en_GB\"}]}",
						"Attribute \"finish\" expects a scope, none given."),
				Arguments.of("{\"finish\":[{\"operator\":\"IN\",\"value\":[\"gloss\"],\"locale\":\"de_DE\","
						+ "\"scope\":\"ecommerce\"}]}",
						"Attribute \"finish\" expects an existing and activated locale, \"de_DE\" given."),
				Arguments.of("{\"finish\":[{\"operator\":\"IN\",\"value\":[\"gloss\"],\"locale\":\"en_GB\","
						+ "\"scope\":\"mobile\"}]}", "Attribute \"finish\" expects an existing scope, \"mobile\" given."),
				Arguments.of("{\"brand\":[{\"operator\":\"IN\",\"value\":[\"northwind\"],\"locale\":\"en_GB\"}]}",
						"Attribute \"brand\" does not expect a locale, \"en_GB\" given."),
				Arguments.of("{\"brand\":[{\"operator\":\"NOT EMPTY\",\"scope\":\"ecommerce\"}]}",
						"Attribute \"brand\" does not expect a scope, \"ecommerce\" given."),
				Arguments.of("{\"brand\":[{\"operator\":\"IN\",\"value\":[\"acme\"]}]}",
						"Object \"option\" with code \"acme\" does not exist"),
				Arguments.of("{\"materials\":[{\"operator\":\"NOT IN\",\"value\":[\"cotton\",\"kevlar\"]}]}",
						"Object \"options\" with code \"kevlar\" does not exist"),
				Arguments.of("{\"brand\":[{\"operator\":\"IN\",\"value\":\"northwind\"}]}",
						"Property \"brand\" expects an array of strings as data, \"\"northwind\"\" given."),
				Arguments.of("{\"family\":[{\"operator\":\"IN\",\"value\":[\"garden\"]}]}",
						"Object \"family\" with code \"garden\" does not exist"),
				Arguments.of("{\"family\":[{\"operator\":\"NOT IN\",\"value\":[]}]}",
						"Property \"family\" expects an array of strings as data, \"[]\" given."),
				Arguments.of("{\"family\":[{\"operator\":\"=\",\"value\":\"clothing\"}]}",
						"Filter on property \"family\" is not supported or does not support operator \"=\""),
				Arguments.of("{\"categories\":[{\"operator\":\"IN\",\"value\":[\"no_such_category\"]}]}",
						"Property \"categories\" expects a valid category code. The category does not exist, "
								+ "\"no_such_category\" given."));
		return searches.flatMap(search -> Stream.of(PRODUCTS, MODELS)
			.map(list -> Arguments.of(list, search.get()[0], search.get()[1])));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("refusedSearches")
	void refusesWhatAkeneoRefusesWithItsMessage(String list, String search, String message) {
		// when
		Reply reply = AKENEO.client().get(list + "?pagination_type=search_after&search=" + encode(search));

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("code").asInt()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).isEqualTo(message);
	}

	private static Predicate<JsonNode> familyIn(Set<String> families) {
		return item -> item.path("family").isString() && families.contains(item.get("family").asString());
	}

	private static Predicate<JsonNode> hasFamily() {
		return item -> item.path("family").isString();
	}

	private static Predicate<JsonNode> isSubModel() {
		return model -> model.get("parent").isString();
	}

	private static Predicate<JsonNode> uuidIs(String uuid) {
		return item -> item.get("uuid").asString().equals(uuid);
	}

	private static Predicate<JsonNode> optionIn(String attribute, List<Words.Labelled> options) {
		return optionIn(attribute, options.stream().map(Words.Labelled::code).toArray(String[]::new));
	}

	/** The item's value of a non-localizable, non-scopable select attribute is, or includes, one of the codes. */
	private static Predicate<JsonNode> optionIn(String attribute, String... options) {
		Set<String> wanted = Set.of(options);
		return item -> {
			JsonNode data = item.path("values").path(attribute).path(0).path("data");
			Set<String> chosen = new HashSet<>();
			if (data.isArray()) {
				data.forEach(option -> chosen.add(option.asString()));
			}
			else if (data.isString()) {
				chosen.add(data.asString());
			}
			return chosen.stream().anyMatch(wanted::contains);
		};
	}

	private static Predicate<JsonNode> categoryIn(Set<String> codes) {
		return item -> item.get("categories").valueStream().map(JsonNode::asString).anyMatch(codes::contains);
	}

	/** Models that hold materials: all but the roots of the family variants that set them at level 1. */
	private static Predicate<JsonNode> holdsMaterials() {
		Set<String> atLevelOne = Set.of(VariantAxes.BY_COLOUR_SIZE, VariantAxes.BY_FIVE_AXES);
		return model -> !"electronics".equals(model.get("family").asString())
				&& !(model.get("parent").isNull() && atLevelOne.contains(model.get("family_variant").asString()));
	}

	private static String categories(String operator, String... codes) {
		return "{\"categories\":[{\"operator\":\"" + operator + "\",\"value\":[\"" + String.join("\",\"", codes)
				+ "\"]}]}";
	}

	private static String categoryOf(String modelCode) {
		return models.stream().filter(m -> m.get("code").asString().equals(modelCode)).findFirst().orElseThrow()
			.get("categories").get(0).asString();
	}

	/** The level-1 category (below the {@code master} root) above a category. */
	private static String departmentOf(String code) {
		String current = code;
		while (true) {
			String child = current;
			String parent = categories.stream().filter(c -> c.get("code").asString().equals(child)).findFirst()
				.orElseThrow().path("parent").asString(null);
			if (Departments.MASTER.equals(parent)) {
				return current;
			}
			current = parent;
		}
	}

	private static Set<String> descendantsOf(String code) {
		Set<String> all = new HashSet<>(Set.of(code));
		Deque<String> pending = new ArrayDeque<>(all);
		while (!pending.isEmpty()) {
			String parent = pending.pop();
			categories.stream().filter(c -> parent.equals(c.path("parent").asString(null)))
				.map(c -> c.get("code").asString())
				.filter(all::add)
				.forEach(pending::push);
		}
		return all;
	}

	private static ObjectNode finishAttribute() {
		ObjectNode attribute = Json.object();
		attribute.put("code", "finish");
		attribute.put("type", "pim_catalog_simpleselect");
		attribute.put("group", "marketing");
		attribute.put("localizable", true);
		attribute.put("scopable", true);
		attribute.set("labels", Json.labels("Finish", "Finition"));
		return attribute;
	}

	private static ObjectNode option(String attribute, String code) {
		ObjectNode option = Json.object();
		option.put("code", code);
		option.put("attribute", attribute);
		option.set("labels", Json.labels(code, code));
		return option;
	}

	private static ObjectNode bareSubModel() {
		ObjectNode sub = Json.object();
		sub.put("code", BARE_SUB_MODEL);
		sub.put("family", "clothing");
		sub.put("family_variant", VariantAxes.BY_COLOUR_SIZE);
		sub.put("parent", COLOUR_SIZE_ROOT);
		sub.putArray("categories");
		ModelValues.putOption(sub.putObject("values"), "colour", "grey");
		return sub;
	}

	private static ObjectNode finish(String option, String locale, String scope) {
		ObjectNode value = Json.object();
		value.put("locale", locale);
		value.put("scope", scope);
		value.put("data", option);
		return value;
	}

	private static ObjectNode product(String uuid, String family, ObjectNode... finishes) {
		ObjectNode product = Json.object();
		product.put("uuid", uuid);
		product.put("enabled", true);
		product.put("family", family);
		product.putArray("categories").add("tops");
		product.putNull("parent");
		ObjectNode values = product.putObject("values");
		values.putArray("sku").addObject().putNull("locale").putNull("scope").put("data", "KH-" + uuid.substring(30));
		if (finishes.length > 0) {
			ArrayNode finish = values.putArray("finish");
			List.of(finishes).forEach(finish::add);
		}
		return product;
	}

	private static List<String> codes(List<? extends JsonNode> items) {
		return items.stream().map(item -> item.get("code").asString()).toList();
	}

}
