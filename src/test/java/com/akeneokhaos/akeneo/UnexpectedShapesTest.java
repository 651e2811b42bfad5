package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Akeneo items and values of shapes the sync does not expect are read, never break the page they are on:
 * whoever uses the value judges it.
 */
class UnexpectedShapesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "{\"code\":\"clothing\"}", "[\"clothing\"]", "42" })
	void aFamilyOfAnotherShapeIsReadAsItsJsonText(String family) {
		// given
		JsonNode node = JSON.readTree("{\"uuid\":\"u-1\",\"family\":" + family + ",\"values\":{}}");
		// when
		AkeneoProduct product = ProductJson.product(node);
		// then
		assertThat(product.family()).isEqualTo(JSON.readTree(family).isValueNode() ? family : JSON.readTree(family).toString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"name\":\"Shirt\"}", "{\"name\":[\"Shirt\", 3, null]}", "{\"name\":[{\"locale\":{\"x\":1}}]}",
			"{\"name\":[{\"scope\":[1],\"data\":{\"a\":[1]}}]}", "[1, 2]", "\"text\"",
			"{\"size_chart\":[{\"data\":[{\"size\":\"S\",\"chest\":{\"amount\":90}}]}]}" })
	void valuesOfUnexpectedShapesAreRead(String values) {
		// given
		JsonNode node = JSON.readTree("{\"uuid\":\"u-1\",\"values\":" + values + "}");
		// when
		AkeneoProduct product = ProductJson.product(node);
		// then
		assertThat(product.uuid()).isEqualTo("u-1");
	}

	@Test
	void onlyTheMainIdentifierHoldsTheSku() {
		// given
		Attribute extra = ReferenceJson.attribute(JSON.readTree(
				"{\"code\":\"a_gtin\",\"type\":\"pim_catalog_identifier\",\"is_main_identifier\":false}"));
		Attribute main = ReferenceJson.attribute(JSON.readTree("{\"code\":\"sku\",\"type\":\"pim_catalog_identifier\"}"));
		ReferenceData reference = new ReferenceData(Map.of("a_gtin", extra, "sku", main), Map.of(), Map.of(), Map.of(),
				List.of(), Map.of());
		// when
		Attribute identifier = reference.identifierAttribute().orElseThrow();
		// then
		assertThat(identifier.code()).isEqualTo("sku");
	}

}
