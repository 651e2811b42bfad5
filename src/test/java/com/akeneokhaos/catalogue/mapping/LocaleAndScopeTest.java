package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.akeneo.AkeneoProduct;

class LocaleAndScopeTest {

	private static AkeneoProduct product() {
		return ProductBuilder.product("u-1")
			.value("sku", "DRS-1")
			.localized("name", "fr_FR", "Robe")
			.localized("name", "en_GB", "Dress")
			.scoped("description", "en_GB", "print", "Printed catalogue text")
			.scoped("description", "fr_FR", "ecommerce", "Texte web")
			.scoped("description", "en_GB", "ecommerce", "Web text")
			.in("womens_dresses")
			.build();
	}

	@Test
	void readsLocalizableAndScopableValuesInTheDefaultLocaleAndScope() {
		// given
		StockItemMapper mapper = TestMappings.mapper("LongDescription: { attribute: description }");

		// when
		MappingResult result = mapper.map(product());

		// then
		assertThat(result.item().always().path("ShortDescription").stringValue()).isEqualTo("Dress");
		assertThat(result.item().always().path("LongDescription").stringValue()).isEqualTo("Web text");
	}

	@Test
	void readsInTheLocaleAndScopeAFieldAsksFor() {
		// given
		StockItemMapper mapper = TestMappings.mapper("LongDescription: { attribute: description, scope: print }",
				"UserDefinedFields.FrenchName: { attribute: name, locale: fr_FR }");

		// when
		MappingResult result = mapper.map(product());

		// then
		assertThat(result.item().always().path("LongDescription").stringValue()).isEqualTo("Printed catalogue text");
		assertThat(result.item().always().at("/UserDefinedFields/0/Value").stringValue()).isEqualTo("Robe");
	}

	@Test
	void omitsAFieldWhoseValueExistsOnlyInAnotherLocale() {
		// given
		StockItemMapper mapper = TestMappings.mapper();
		AkeneoProduct product = ProductBuilder.product("u-2")
			.value("sku", "DRS-2")
			.localized("name", "fr_FR", "Robe")
			.in("womens_dresses")
			.build();

		// when
		MappingResult result = mapper.map(product);

		// then
		assertThat(result.item().always().has("ShortDescription")).isFalse();
	}

	@Test
	void readsANonLocalizableValueWhateverTheLocale() {
		// given
		StockItemMapper mapper = TestMappings.mapper("Manufacturer.Name: { attribute: brand, locale: fr_FR }");

		// when
		MappingResult result = mapper.map(ProductBuilder.valid("DRS-3").value("brand", "acme").build());

		// then
		assertThat(result.item().always().at("/Manufacturer/Name").stringValue()).isEqualTo("acme");
	}

}
