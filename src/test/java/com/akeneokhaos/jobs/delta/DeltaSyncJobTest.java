package com.akeneokhaos.jobs.delta;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.ledger.ItemKeys;
import com.akeneokhaos.report.RunSummary;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's done-when list: each test refreshes a fresh catalogue, changes Akeneo the way a merchandiser
 * would, runs delta-sync and checks exactly what it published. "Nothing missed" is checked by a full refresh
 * afterwards that finds nothing left to publish.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class DeltaSyncJobTest extends DeltaJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261130L, 400).withDefectsSpreadEvenly(10)
		.withModels(4, 2, 3);

	@Test
	void aDeltaRightAfterARefreshPublishesNothingAndReadsOnePageOfEach() throws Exception {
		// given
		refresh();
		akeneo().resetObservations();

		// when
		JobExecution delta = delta();

		// then
		assertThat(delta.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(published(delta.getId())).isEmpty();
		assertThat(akeneo().requestCount("/api/rest/v1/products-uuid")).isEqualTo(1);
		assertThat(akeneo().requestCount("/api/rest/v1/product-models")).isEqualTo(1);
		RunSummary summary = summaries.of(delta.getId());
		assertThat(summary.count("read")).isZero();
	}

	@Test
	void oneProductsNameChangedPublishesOnlyThatProduct() throws Exception {
		// given
		refresh();
		String uuid = aValidSimpleProduct();
		akeneo().updateProduct(uuid, product -> rewriteText(product, "name", "Renamed"));

		// when
		JobExecution delta = delta();

		// then
		assertThat(published(delta.getId())).containsExactly(uuid);
		assertThat(payloads(delta.getId()).get(uuid)).contains("\"ShortDescription\":\"Renamed");
		assertThat(published(refresh().getId())).as("nothing left for a refresh").isEmpty();
	}

	@Test
	void aRootModelsDescriptionChangedPublishesItsParentAndVariantsOnly() throws Exception {
		// given
		refresh();
		String model = catalogue().rootModelCodes().get(0);
		akeneo().updateProductModel(model, m -> rewriteText(m, "description", "New fabric"));

		// when
		JobExecution delta = delta();

		// then
		assertThat(published(delta.getId())).containsExactlyInAnyOrderElementsOf(
				withParent(model, catalogue().variantUuidsOf(model)));
		assertThat(published(refresh().getId())).isEmpty();
	}

	@Test
	void familyVariantAxesChangedReheadTheParentAndRepublishItsChildrenOnly() throws Exception {
		// given
		refresh();
		String model = catalogue().productModels().stream()
			.filter(m -> m.get("parent").isNull() && "homeware_by_colour".equals(m.get("family_variant").asString()))
			.map(m -> m.get("code").asString())
			.findFirst()
			.orElseThrow();
		List<String> variants = catalogue().variantUuidsOf(model);
		for (int i = 0; i < variants.size(); i++) {
			String size = List.of("s", "m", "l").get(i % 3);
			akeneo().updateProduct(variants.get(i), product -> ((ObjectNode) product.get("values")).putArray("size")
				.addObject().putNull("locale").putNull("scope").put("data", size));
		}
		delta();

		// when
		akeneo().changeFamilyVariantAxes("homeware", "homeware_by_colour", List.of(List.of("colour", "size")));
		JobExecution delta = delta();

		// then
		Set<String> family = items(node -> "homeware".equals(node.path("family").asString("")));
		List<String> published = published(delta.getId());
		assertThat(published).contains(ItemKeys.forModel(model)).containsAll(variants);
		assertThat(family).containsAll(published);
		assertThat(payloads(delta.getId()).get(ItemKeys.forModel(model))).isNotNull();
		assertThat(published(refresh().getId())).isEmpty();
	}

	@Test
	void aCategoryMovedRepublishesExactlyTheProductsBelowItWithTheirNewStockType() throws Exception {
		// given
		refresh();
		Category moved = aSecondLevelCategoryWithProducts();
		Category newParent = anotherFirstLevelCategory(moved.parent());
		Set<String> below = productsIn(descendantsOf(moved.code()));

		// when
		akeneo().updateCategory(moved.code(), c -> c.put("parent", newParent.code()));
		JobExecution delta = delta();

		// then
		List<String> published = published(delta.getId());
		assertThat(published).isNotEmpty().doesNotHaveDuplicates();
		assertThat(below).containsAll(published);
		payloads(delta.getId()).values()
			.forEach(payload -> assertThat(payload).contains("\"StockType1\":{\"Name\":\"" + newParent.label("en_GB")));
		assertThat(published(refresh().getId())).isEmpty();
	}

	@Test
	void aCategoryRenamedRepublishesExactlyTheProductsBelowIt() throws Exception {
		// given
		refresh();
		Category renamed = aSecondLevelCategoryWithProducts();
		Set<String> below = productsIn(descendantsOf(renamed.code()));

		// when
		akeneo().updateCategory(renamed.code(), c -> c.putObject("labels").put("en_GB", "Renamed department"));
		JobExecution delta = delta();

		// then
		List<String> published = published(delta.getId());
		assertThat(published).isNotEmpty();
		assertThat(below).containsAll(published);
		assertThat(published(refresh().getId())).isEmpty();
	}

	@Test
	void aCategoryDeletedReEvaluatesTheProductsItHeld() throws Exception {
		// given
		refresh();
		Category deleted = aSecondLevelCategoryWithProducts();
		Set<String> held = productsIn(descendantsOf(deleted.code()));

		// when
		akeneo().deleteCategory(deleted.code());
		JobExecution delta = delta();

		// then
		Set<String> touched = new java.util.TreeSet<>(published(delta.getId()));
		touched.addAll(rejected(delta.getId()));
		assertThat(touched).isNotEmpty();
		assertThat(held).containsAll(touched);
		JobExecution refresh = refresh();
		assertThat(published(refresh.getId())).as("the refresh finds nothing the delta missed").isEmpty();
	}

	@Test
	void anOptionLabelReadAsLabelRepublishesExactlyTheItemsUsingIt() throws Exception {
		// given
		refresh();
		String brand = aBrandInUse();
		Set<String> using = itemsWithBrand(brand);

		// when
		akeneo().updateAttributeOption("brand", brand, Map.of("en_GB", "Relabelled brand", "fr_FR", "Marque"));
		JobExecution delta = delta();

		// then
		List<String> published = published(delta.getId());
		assertThat(published).isNotEmpty();
		assertThat(using).containsAll(published);
		payloads(delta.getId()).values()
			.forEach(payload -> assertThat(payload).contains("\"Manufacturer\":{\"Name\":\"Relabelled brand\"}"));
		assertThat(published(refresh().getId())).isEmpty();
	}

	@Test
	void aProductChangedTwiceInsideTheOverlapIsPublishedOnceWithItsFinalState() throws Exception {
		// given
		refresh();
		String uuid = aValidSimpleProduct();
		akeneo().updateProduct(uuid, product -> rewriteText(product, "name", "First"));
		akeneo().updateProduct(uuid, product -> rewriteText(product, "name", "Second"));

		// when
		JobExecution first = delta();
		JobExecution second = delta();

		// then
		assertThat(published(first.getId(), second.getId())).containsExactly(uuid);
		assertThat(payloads(first.getId()).get(uuid)).contains("\"ShortDescription\":\"Second").doesNotContain("First");
		assertThat(summaries.of(second.getId()).count("read")).as("still inside the overlap").isEqualTo(1);
	}

	@Test
	void aDeltaAndARefreshOfTheSameChangesPublishTheSamePayloads() throws Exception {
		// given
		refresh();
		String uuid = aValidSimpleProduct();
		String brand = aBrandInUse();
		Runnable change = () -> {
			akeneo().updateProduct(uuid, product -> rewriteText(product, "name", "Changed"));
			akeneo().updateAttributeOption("brand", brand, Map.of("en_GB", "Changed brand"));
		};
		Runnable undo = () -> {
			akeneo().updateProduct(uuid, product -> rewriteText(product, "name", "Original"));
			akeneo().updateAttributeOption("brand", brand, Map.of("en_GB", "Original brand"));
		};
		change.run();
		Map<String, String> byDelta = payloads(delta().getId());
		undo.run();
		refresh();

		// when
		change.run();
		Map<String, String> byRefresh = payloads(refresh().getId());

		// then
		assertThat(byDelta).isNotEmpty().isEqualTo(byRefresh);
	}

	private String aValidSimpleProduct() {
		Set<String> variants = Set.copyOf(catalogue().variantUuids());
		return catalogue().validUuids().stream().filter(uuid -> !variants.contains(uuid)).findFirst().orElseThrow();
	}

	private static List<String> withParent(String model, List<String> variants) {
		List<String> items = new java.util.ArrayList<>(variants);
		items.add(ItemKeys.forModel(model));
		return items;
	}

	private Category aSecondLevelCategoryWithProducts() {
		return catalogue().referenceData().categories().values().stream()
			.filter(c -> catalogue().referenceData().categoryPath(c.code()).size() == 3)
			.filter(c -> "master".equals(catalogue().referenceData().categoryPath(c.code()).get(0).code()))
			.filter(c -> productsIn(descendantsOf(c.code())).size() >= 5)
			.sorted(java.util.Comparator.comparing(Category::code))
			.findFirst()
			.orElseThrow();
	}

	private Category anotherFirstLevelCategory(String notThis) {
		return catalogue().referenceData().categories().values().stream()
			.filter(c -> "master".equals(c.parent()) && !c.code().equals(notThis))
			.sorted(java.util.Comparator.comparing(Category::code))
			.findFirst()
			.orElseThrow();
	}

	private Set<String> descendantsOf(String code) {
		return catalogue().referenceData().categories().keySet().stream()
			.filter(c -> catalogue().referenceData().categoryPath(c).stream().anyMatch(p -> p.code().equals(code)))
			.collect(Collectors.toSet());
	}

	/** Items (products and models) in any of these categories now. */
	private Set<String> productsIn(Set<String> categories) {
		return items(node -> node.path("categories").valueStream().anyMatch(c -> categories.contains(c.asString())));
	}

	private String aBrandInUse() {
		return catalogue().validUuids().stream()
			.map(uuid -> akeneo().product(uuid).orElseThrow().at("/values/brand/0/data").asString(""))
			.filter(brand -> !brand.isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private Set<String> itemsWithBrand(String brand) {
		return items(node -> brand.equals(node.at("/values/brand/0/data").asString("")));
	}

	private Set<String> items(Predicate<JsonNode> test) {
		Set<String> items = catalogue().uuids().stream()
			.filter(uuid -> akeneo().product(uuid).map(test::test).orElse(false))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		catalogue().rootModelCodes().stream()
			.filter(code -> akeneo().productModel(code).map(test::test).orElse(false))
			.forEach(code -> items.add(ItemKeys.forModel(code)));
		return items;
	}

	private static void rewriteText(ObjectNode item, String attribute, String text) {
		item.get("values").get(attribute).forEach(value -> ((ObjectNode) value).put("data", text + " " + attribute));
	}

}
