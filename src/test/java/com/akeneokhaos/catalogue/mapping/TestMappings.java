package com.akeneokhaos.catalogue.mapping;

import java.nio.file.Path;

/** Mapping files for tests: the fields Khaos requires, plus whatever a test adds. */
public final class TestMappings {

	public static final String ORIGIN = "test-mapping.yml";

	public static final String DEFAULTS = """
			defaults: { locale: en_GB, scope: ecommerce, currency: GBP, category-tree: master }
			""";

	public static final String REQUIRED_FIELDS = """
			  StockCode: { attribute: sku }
			  ShortDescription: { attribute: name }
			  StockType1.Name: { category-level: 1 }
			  StockType2.Name: { category-level: 2 }
			""";

	private TestMappings() {
	}

	/** The required fields plus the given field lines (each like {@code "Height: { attribute: height }"}). */
	public static CatalogueMapping with(String... fieldLines) {
		return CatalogueMapping.parse(yamlWith(fieldLines), ORIGIN);
	}

	public static String yamlWith(String... fieldLines) {
		StringBuilder yaml = new StringBuilder(DEFAULTS).append("fields:\n").append(REQUIRED_FIELDS);
		for (String line : fieldLines) {
			yaml.append("  ").append(line).append('\n');
		}
		return yaml.toString();
	}

	public static CatalogueMapping shipped() {
		return CatalogueMapping.load(Path.of("jobs/catalogue-mapping.yml"));
	}

	public static StockItemMapper mapper(String... fieldLines) {
		return new StockItemMapper(with(fieldLines), TestCatalogue.referenceData());
	}

}
