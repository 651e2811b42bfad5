package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.JsonAssertions.assertJson;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.metric;
import static com.akeneokhaos.catalogue.mapping.ProductBuilder.price;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.akeneokhaos.akeneo.AkeneoProduct;

class ShippedMappingTest {

	@Test
	void loadsTheShippedMappingFile() {
		// given
		CatalogueMapping mapping = TestMappings.shipped();

		// when
		FieldMapping leadTime = mapping.field("LeadTime").orElseThrow();

		// then
		assertThat(mapping.defaults()).isEqualTo(new MappingDefaults("en_GB", "ecommerce", "GBP", "master"));
		assertThat(leadTime.owner()).isEqualTo(Ownership.NEVER);
		assertThat(mapping.published()).extracting(FieldMapping::path).doesNotContain("LeadTime");
		assertThat(mapping.field("BuyPrice.Net").orElseThrow().owner()).isEqualTo(Ownership.ON_CREATE);
	}

	@Test
	void mapsASampleProductOfTheTestCatalogue() {
		// given
		StockItemMapper mapper = new StockItemMapper(TestMappings.shipped(), TestCatalogue.referenceData());
		AkeneoProduct product = sample();

		// when
		MappingResult result = mapper.map(product);

		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.item().stockCode()).isEqualTo("DRS-0001");
		assertJson(result.item().always(), """
				{"StockCode":"DRS-0001","ShortDescription":"Linen maxi dress",
				 "LongDescription":"A long dress.\\n- Pure linen\\n- Made in Portugal",
				 "SellPrice":{"Net":49.99},"StockType1":{"Name":"Womenswear"},"StockType2":{"Name":"Dresses"},
				 "StockType3":{"Name":"Spring/Summer 2024"},"Manufacturer":{"Name":"Acme Outfitters"},
				 "AverageWeight":0.45,"Height":120,"Width":45,"Depth":2.5,"Options":{"PublishOnWeb":true},
				 "Barcodes":[{"Barcode":"5012345678900","Type":{"Name":"GTIN"}}],
				 "UserDefinedFields":[{"Name":"Materials","Value":"Linen, Cotton"},
				                      {"Name":"ReleaseDate","Value":"2024-03-01T00:00:00"}]}
				""");
		assertJson(result.item().onCreate(), """
				{"BuyPrice":{"Net":18.2},"TaxRate":{"Name":"Standard"},"Options":{"StockControlled":true}}
				""");
		assertJson(result.item().forCreate().path("Options"), """
				{"PublishOnWeb":true,"StockControlled":true}""");
	}

	static AkeneoProduct sample() {
		return ProductBuilder.product("7f8a1c2e-0000-4000-8000-000000000001")
			.value("sku", "DRS-0001")
			.localized("name", "en_GB", "Linen maxi dress")
			.localized("name", "fr_FR", "Robe longue en lin")
			.scoped("description", "en_GB", "ecommerce", "<p>A long dress.</p><ul><li>Pure linen</li><li>Made in Portugal</li></ul>")
			.scoped("description", "en_GB", "print", "<p>Print text</p>")
			.value("price", price("EUR", "56.00", "GBP", "49.99"))
			.value("cost_price", price("GBP", "18.20"))
			.value("weight", metric("450", "GRAM"))
			.value("height", metric("1200", "MILLIMETER"))
			.value("width", metric("45", "CENTIMETER"))
			.value("depth", metric("25.0000", "MILLIMETER"))
			.value("brand", "acme")
			.value("season", "ss24")
			.value("materials", List.of("linen", "cotton"))
			.value("ean", "5012345678900")
			.value("web_visible", true)
			.value("release_date", "2024-03-01T00:00:00+00:00")
			.value("lead_time_days", 12)
			.in("womens_dresses_maxi", "sale_summer")
			.build();
	}

}
