package com.akeneokhaos.catalogue.rules;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.catalogue.mapping.MappingResult;
import com.akeneokhaos.catalogue.mapping.ProductBuilder;
import com.akeneokhaos.catalogue.mapping.TestCatalogue;
import com.akeneokhaos.catalogue.mapping.TestMappings;

class ProductValidationTest {

	private final ProductValidation validation = ProductValidation.forRun(TestMappings.shipped(),
			TestCatalogue.referenceData(), new StockItemValidator(ValidationProperties.defaults(), TestMappings.shipped()));

	@Test
	void acceptsAValidProduct() {
		// when
		MappingResult result = validation.mapAndValidate(ProductBuilder.valid("DRS-1").build());

		// then
		assertThat(result.accepted()).isTrue();
		assertThat(result.item().stockCode()).isEqualTo("DRS-1");
	}

	@Test
	void combinesUnreadableValuesAndBrokenRulesInOneList() {
		// given
		AkeneoProduct product = ProductBuilder.product("uuid-2")
			.value("sku", "AB CD")
			.localized("name", "en_GB", "Dress")
			.value("price", price("GBP", "twelve"))
			.in("womens")
			.build();

		// when
		MappingResult result = validation.mapAndValidate(product);

		// then
		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(Violation::rule)
			.containsExactly(Rule.PRICE_NOT_NUMERIC, Rule.STOCK_CODE_CHARACTERS, Rule.STOCK_TYPE2_MISSING);
	}

	@Test
	void refusesAnInvalidProductWithEveryViolation() {
		// given
		AkeneoProduct product = ProductBuilder.product("uuid-3").value("sku", "AB CD").build();

		// when
		MappingResult result = validation.mapAndValidate(product);

		// then
		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(Violation::rule)
			.containsExactly(Rule.STOCK_CODE_CHARACTERS, Rule.SHORT_DESCRIPTION_MISSING, Rule.STOCK_TYPE1_MISSING);
	}

	@Test
	void readsNoSkuFromABlankIdentifierWithoutInventingOne() {
		// given
		AkeneoProduct product = ProductBuilder.product("uuid-4").value("sku", " ").localized("name", "en_GB", "Dress")
			.build();

		// when / then
		assertThat(validation.mapper().sku(product)).isNull();
		assertThat(validation.mapAndValidate(product).accepted()).isFalse();
	}

	@Test
	void mapsTheStockCodeOfAValidProduct() {
		// when
		MappingResult result = validation.mapAndValidate(ProductBuilder.valid("DRS-5").build());

		// then
		assertThat(result.accepted()).isTrue();
		assertThat(result.item().always().path("StockCode").stringValue()).isEqualTo("DRS-5");
	}

}
