package com.akeneokhaos.akeneo;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An Akeneo attribute definition: its type decides how its values are read. Akeneo 7 allows several
 * identifier attributes; only the main one ({@code is_main_identifier}) holds the SKU.
 */
public record Attribute(String code, String type, boolean localizable, boolean scopable,
		@Nullable String metricFamily, @Nullable String defaultMetricUnit, Map<String, String> labels,
		boolean mainIdentifier) {

	public static final String IDENTIFIER = "pim_catalog_identifier";

	public Attribute {
		labels = Map.copyOf(labels);
		mainIdentifier = mainIdentifier && IDENTIFIER.equals(type);
	}

	/** An attribute as Akeneo before version 7 describes it: an identifier is the main one. */
	public Attribute(String code, String type, boolean localizable, boolean scopable, @Nullable String metricFamily,
			@Nullable String defaultMetricUnit, Map<String, String> labels) {
		this(code, type, localizable, scopable, metricFamily, defaultMetricUnit, labels, IDENTIFIER.equals(type));
	}

}
