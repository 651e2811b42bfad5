package com.akeneokhaos.akeneo;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An Akeneo attribute definition: its type decides how its values are read. */
public record Attribute(String code, String type, boolean localizable, boolean scopable,
		@Nullable String metricFamily, @Nullable String defaultMetricUnit, Map<String, String> labels) {

	public static final String IDENTIFIER = "pim_catalog_identifier";

	public Attribute {
		labels = Map.copyOf(labels);
	}

}
