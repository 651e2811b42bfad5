package com.akeneokhaos.sandbox.akeneo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;

import tools.jackson.databind.node.ObjectNode;

class CatalogueReferenceDataTest {

	@Test
	void definesTheAttributesTheMappingFileRefersTo() {
		// when
		ReferenceData reference = CatalogueGenerator.generate(CatalogueSpec.of(1, 10)).referenceData();

		// then
		assertThat(reference.attributes()).containsOnlyKeys("sku", "name", "description", "price", "cost_price",
				"weight", "height", "width", "depth", "brand", "season", "materials", "ean", "web_visible",
				"release_date", "lead_time_days");
		assertThat(reference.identifierAttribute()).map(a -> a.code()).contains("sku");
		assertThat(reference.attributes().get("weight").defaultMetricUnit()).isEqualTo("GRAM");
		assertThat(reference.options().get("brand")).hasSize(20);
		assertThat(reference.options().get("season")).containsOnlyKeys("spring_summer", "autumn_winter", "all_year");
		assertThat(reference.options().get("materials")).hasSize(10);
		assertThat(reference.locales()).containsExactly("en_GB", "fr_FR");
		assertThat(reference.channels().get("ecommerce").currencies()).containsExactly("GBP", "EUR");
		assertThat(reference.channels().get("print").locales()).containsExactly("en_GB");
		assertThat(reference.families()).containsOnlyKeys("clothing", "homeware", "electronics");
	}

	@Test
	void buildsAMasterTreeOfDepartmentsSubCategoriesAndRanges() {
		// when
		ReferenceData reference = CatalogueGenerator.generate(CatalogueSpec.of(1, 10)).referenceData();

		// then
		Map<Integer, List<Category>> byLevel = reference.categories().values().stream()
			.filter(c -> reference.categoryPath(c.code()).get(0).code().equals("master"))
			.collect(Collectors.groupingBy(c -> reference.categoryPath(c.code()).size() - 1));
		assertThat(byLevel.get(1)).hasSize(6).allSatisfy(c -> assertThat(c.label("en_GB")).hasSizeLessThanOrEqualTo(25));
		assertThat(byLevel.get(2)).hasSize(30).allSatisfy(c -> assertThat(c.label("en_GB")).hasSizeLessThanOrEqualTo(100));
		assertThat(byLevel.get(3)).hasSize(90);
		assertThat(reference.categories()).containsKey("print_catalogue");
	}

	@Test
	void addsTheLongLabelDepartmentOnlyWhenThatDefectIsRequested() {
		// given
		CatalogueSpec spec = CatalogueSpec.of(1, 20).withDefect(DefectKind.LONG_DEPARTMENT_LABEL, 1);

		// when
		GeneratedCatalogue catalogue = CatalogueGenerator.generate(spec);

		// then
		Category department = catalogue.referenceData().categories().get("seasonal_clearance_offers");
		assertThat(department.parent()).isEqualTo("master");
		assertThat(department.label("en_GB").length()).isBetween(26, 40);
		assertThat(CatalogueGenerator.generate(CatalogueSpec.of(1, 20)).referenceData().categories())
			.doesNotContainKey("seasonal_clearance_offers");
	}

	@Test
	void listsParentsBeforeChildren() {
		// when
		List<ObjectNode> categories = CatalogueGenerator.generate(CatalogueSpec.of(1, 10)).categories();

		// then
		List<String> codes = categories.stream().map(c -> c.get("code").asString()).toList();
		assertThat(categories).allSatisfy(c -> {
			if (!c.get("parent").isNull()) {
				assertThat(codes.indexOf(c.get("parent").asString())).isLessThan(codes.indexOf(c.get("code").asString()));
			}
		});
	}

}
