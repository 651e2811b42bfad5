package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

import tools.jackson.databind.JsonNode;

/** Compares JSON by value: 12.5 equals 12.50 and 120 equals 120.0, object key order does not matter. */
public final class JsonAssertions {

	private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
		if (a.isNumber() && b.isNumber()) {
			return a.decimalValue().compareTo(b.decimalValue());
		}
		return a.equals(b) ? 0 : 1;
	};

	private JsonAssertions() {
	}

	public static void assertJson(JsonNode actual, String expectedJson) {
		JsonNode expected = ProductBuilder.json(expectedJson);
		if (!actual.equals(NUMBERS_BY_VALUE, expected)) {
			assertThat(actual.toPrettyString()).isEqualTo(expected.toPrettyString());
		}
	}

}
