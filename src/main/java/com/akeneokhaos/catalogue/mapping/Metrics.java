package com.akeneokhaos.catalogue.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Akeneo metric units the sync can convert, per measurement family, as the factor to the family's base
 * unit. Results keep {@value #DECIMALS} decimals (a tenth of a gram in kilograms), enough for Khaos
 * weights and dimensions without float noise.
 */
final class Metrics {

	static final int DECIMALS = 4;

	private static final Map<String, Map<String, BigDecimal>> FAMILIES = Map.of(
			"Weight", units("MICROGRAM", "0.000001", "MILLIGRAM", "0.001", "GRAM", "1", "KILOGRAM", "1000", "TON",
					"1000000", "GRAIN", "0.06479891", "OUNCE", "28.349523125", "POUND", "453.59237"),
			"Length", units("MILLIMETER", "0.001", "CENTIMETER", "0.01", "DECIMETER", "0.1", "METER", "1",
					"DEKAMETER", "10", "HECTOMETER", "100", "KILOMETER", "1000", "INCH", "0.0254", "FOOT", "0.3048",
					"FEET", "0.3048", "YARD", "0.9144", "MILE", "1609.344"),
			"Volume", units("CUBIC_MILLIMETER", "0.000001", "MILLILITER", "0.001", "CUBIC_CENTIMETER", "0.001",
					"CENTILITER", "0.01", "DECILITER", "0.1", "LITER", "1", "CUBIC_DECIMETER", "1", "CUBIC_METER",
					"1000", "CUBIC_INCH", "0.016387064", "CUBIC_FOOT", "28.316846592", "LIQUID_GALLON",
					"3.785411784"));

	private Metrics() {
	}

	static boolean knowsFamily(String family) {
		return FAMILIES.containsKey(family);
	}

	static Set<String> units(String family) {
		return FAMILIES.getOrDefault(family, Map.of()).keySet();
	}

	/** The amount in {@code toUnit}, or empty if either unit is not in the family. */
	static Optional<BigDecimal> convert(String family, BigDecimal amount, String fromUnit, String toUnit) {
		Map<String, BigDecimal> factors = FAMILIES.getOrDefault(family, Map.of());
		BigDecimal from = factors.get(fromUnit);
		BigDecimal to = factors.get(toUnit);
		if (from == null || to == null) {
			return Optional.empty();
		}
		BigDecimal converted = amount.multiply(from).divide(to, MathContext.DECIMAL64);
		return Optional.of(Numbers.normalize(converted.setScale(DECIMALS, RoundingMode.HALF_UP)));
	}

	private static Map<String, BigDecimal> units(String... unitsAndFactors) {
		Map<String, BigDecimal> factors = new HashMap<>();
		for (int i = 0; i < unitsAndFactors.length; i += 2) {
			factors.put(unitsAndFactors[i], new BigDecimal(unitsAndFactors[i + 1]));
		}
		return Map.copyOf(factors);
	}

}
