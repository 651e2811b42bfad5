package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ValueKind.BARCODE;
import static com.akeneokhaos.catalogue.mapping.ValueKind.BOOLEAN;
import static com.akeneokhaos.catalogue.mapping.ValueKind.IMAGE;
import static com.akeneokhaos.catalogue.mapping.ValueKind.NUMBER;
import static com.akeneokhaos.catalogue.mapping.ValueKind.STRING;
import static com.akeneokhaos.catalogue.mapping.ValueKind.USER_DEFINED;

import java.util.Map;
import java.util.Set;

import com.akeneokhaos.akeneo.Attribute;

/** Which Akeneo attribute types the sync reads, and which kinds of Khaos field each can fill. */
final class AttributeTypes {

	static final String TEXT = "pim_catalog_text";

	static final String TEXTAREA = "pim_catalog_textarea";

	static final String NUMBER_TYPE = "pim_catalog_number";

	static final String BOOLEAN_TYPE = "pim_catalog_boolean";

	static final String DATE = "pim_catalog_date";

	static final String PRICE = "pim_catalog_price_collection";

	static final String METRIC = "pim_catalog_metric";

	static final String SIMPLE_SELECT = "pim_catalog_simpleselect";

	static final String MULTI_SELECT = "pim_catalog_multiselect";

	static final String REFERENCE_SIMPLE = "pim_catalog_reference_data_simple_select";

	static final String REFERENCE_MULTI = "pim_catalog_reference_data_multi_select";

	private static final Map<String, Set<ValueKind>> FEEDS = Map.ofEntries(
			Map.entry(Attribute.IDENTIFIER, Set.of(STRING, USER_DEFINED, BARCODE)),
			Map.entry(TEXT, Set.of(STRING, USER_DEFINED, BARCODE, IMAGE)),
			Map.entry(TEXTAREA, Set.of(STRING, USER_DEFINED)),
			Map.entry(NUMBER_TYPE, Set.of(NUMBER, STRING, USER_DEFINED)),
			Map.entry(BOOLEAN_TYPE, Set.of(BOOLEAN, USER_DEFINED)),
			Map.entry(DATE, Set.of(STRING, USER_DEFINED)),
			Map.entry(PRICE, Set.of(NUMBER, USER_DEFINED)),
			Map.entry(METRIC, Set.of(NUMBER, USER_DEFINED)),
			Map.entry(SIMPLE_SELECT, Set.of(STRING, USER_DEFINED)),
			Map.entry(MULTI_SELECT, Set.of(STRING, USER_DEFINED)),
			Map.entry(REFERENCE_SIMPLE, Set.of(STRING, USER_DEFINED)),
			Map.entry(REFERENCE_MULTI, Set.of(STRING, USER_DEFINED)));

	private AttributeTypes() {
	}

	static boolean supported(String type) {
		return FEEDS.containsKey(type);
	}

	static boolean canFill(String type, ValueKind kind) {
		return FEEDS.getOrDefault(type, Set.of()).contains(kind);
	}

	/** Types whose options have labels ({@code as: label}). */
	static boolean hasOptionLabels(String type) {
		return type.equals(SIMPLE_SELECT) || type.equals(MULTI_SELECT);
	}

}
