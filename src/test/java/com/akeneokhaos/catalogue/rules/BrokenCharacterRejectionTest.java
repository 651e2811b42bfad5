package com.akeneokhaos.catalogue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.catalogue.mapping.MappingResult;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestCatalogue;
import com.akeneokhaos.catalogue.mapping.TestMappings;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

class BrokenCharacterRejectionTest {

	private final ProductValidation validation = ProductValidation.forRun(TestMappings.shipped(),
			TestCatalogue.referenceData(), new StockItemValidator(ValidationProperties.defaults(), TestMappings.shipped()));

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "sku, StockCode", "name, ShortDescription" })
	void holdsBackAProductWithABrokenCharacterUnderItsOwnRuleOnly(String attribute, String field) {
		// given
		ProductBuilder product = ProductBuilder.valid("DRS-9").without(attribute);
		String broken = (attribute.equals("sku") ? "DRS-9" : "Linen dress") + "\ud83d";
		if (attribute.equals("name")) {
			product.localized(attribute, "en_GB", broken);
		}
		else {
			product.value(attribute, broken);
		}

		// when
		MappingResult result = validation.mapAndValidate(product.build());

		// then
		assertThat(result.problems()).extracting(Violation::rule, Violation::field)
			.containsExactly(tuple(Rule.TEXT_BROKEN_CHARACTER, field));
	}

}
