package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ProductBuilder.metric;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricConversionTest {

	@ParameterizedTest(name = "{1} {2} = {4} {3}")
	@CsvSource({ "Weight, 1250, GRAM, KILOGRAM, 1.25", "Weight, 2, KILOGRAM, GRAM, 2000",
			"Weight, 500, MILLIGRAM, GRAM, 0.5", "Weight, 1, TON, KILOGRAM, 1000", "Weight, 1, POUND, KILOGRAM, 0.4536",
			"Weight, 16, OUNCE, GRAM, 453.5924", "Weight, 1, GRAM, POUND, 0.0022", "Weight, 0, GRAM, KILOGRAM, 0",
			"Length, 12, INCH, CENTIMETER, 30.48", "Length, 1, FOOT, MILLIMETER, 304.8",
			"Length, 1, FEET, METER, 0.3048", "Length, 25, MILLIMETER, CENTIMETER, 2.5",
			"Length, 1, DECIMETER, CENTIMETER, 10", "Length, 120, CENTIMETER, METER, 1.2",
			"Volume, 1, LITER, MILLILITER, 1000", "Volume, 250, MILLILITER, CENTILITER, 25",
			"Volume, 1, CUBIC_CENTIMETER, MILLILITER, 1", "Volume, 2, CUBIC_METER, LITER, 2000" })
	void convertsBetweenUnitsOfAFamily(String family, String amount, String from, String to, String expected) {
		// when
		BigDecimal converted = Metrics.convert(family, new BigDecimal(amount), from, to).orElseThrow();

		// then
		assertThat(converted).isEqualByComparingTo(expected);
		assertThat(converted.toString()).doesNotContain("E");
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({ "weight, 450, GRAM, KILOGRAM, 0.45", "weight, 2.5, POUND, GRAM, 1133.9809",
			"height, 1200, MILLIMETER, CENTIMETER, 120", "depth, 2.5, INCH, CENTIMETER, 6.35",
			"volume, 75, CENTILITER, LITER, 0.75" })
	void mapsAMetricValueInTheFieldUnit(String attribute, String amount, String unit, String fieldUnit,
			String expected) {
		// given
		StockItemMapper mapper = TestMappings
			.mapper("UserDefinedFields.Measure: { attribute: " + attribute + ", unit: " + fieldUnit + " }");

		// when
		MappingResult result = mapper
			.map(ProductBuilder.valid("M-1").value(attribute, metric(amount, unit)).build());

		// then
		assertThat(result.problems()).isEmpty();
		assertThat(result.item().always().at("/UserDefinedFields/0/Value").decimalValue())
			.isEqualByComparingTo(expected);
	}

}
