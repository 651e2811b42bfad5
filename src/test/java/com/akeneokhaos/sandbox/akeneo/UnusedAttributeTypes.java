package com.akeneokhaos.sandbox.akeneo;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * Attributes of the types a real Akeneo has and the mapping does not use (tables, reference data, assets,
 * product links, reference entities, a second identifier, files, a type newer than the sync), as Akeneo
 * lists them: the bad-catalogue corpus gives products values of each.
 */
final class UnusedAttributeTypes {

	static final String TABLE = "size_chart";

	static final String REFERENCE_DATA_SIMPLE = "fabric";

	static final String REFERENCE_DATA_MULTI = "swatches";

	static final String ASSETS = "packshots";

	static final String PRODUCT_LINK = "matching_item";

	static final String REFERENCE_ENTITY = "designer";

	static final String REFERENCE_ENTITIES = "designers";

	static final String EXTRA_IDENTIFIER = "gtin_id";

	static final String FILE = "manual";

	static final String IMAGE = "picture";

	static final String FUTURE = "future_grid";

	static final String UNMAPPED_METRIC = "strap_length";

	private UnusedAttributeTypes() {
	}

	static List<ObjectNode> attributes() {
		return List.of(attribute(TABLE, "pim_catalog_table"),
				attribute(REFERENCE_DATA_SIMPLE, "pim_reference_data_simpleselect").put("reference_data_name", "fabrics"),
				attribute(REFERENCE_DATA_MULTI, "pim_reference_data_multiselect").put("reference_data_name", "colors"),
				attribute(ASSETS, "pim_catalog_asset_collection").put("reference_data_name", "packshot"),
				attribute(PRODUCT_LINK, "pim_catalog_product_link"),
				attribute(REFERENCE_ENTITY, "akeneo_reference_entity").put("reference_data_name", "designer"),
				attribute(REFERENCE_ENTITIES, "akeneo_reference_entity_collection").put("reference_data_name", "designer"),
				attribute(EXTRA_IDENTIFIER, "pim_catalog_identifier").put("is_main_identifier", false),
				attribute(FILE, "pim_catalog_file"), attribute(IMAGE, "pim_catalog_image"),
				attribute(FUTURE, "pim_catalog_grid_of_the_future"),
				attribute(UNMAPPED_METRIC, "pim_catalog_metric").put("metric_family", "Length")
					.put("default_metric_unit", "CENTIMETER"));
	}

	private static ObjectNode attribute(String code, String type) {
		ObjectNode json = Json.object();
		json.put("code", code);
		json.put("type", type);
		json.put("group", "other");
		json.put("localizable", false);
		json.put("scopable", false);
		json.set("labels", Json.labels(code, code));
		return json;
	}

}
