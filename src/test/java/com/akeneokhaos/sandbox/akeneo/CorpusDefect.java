package com.akeneokhaos.sandbox.akeneo;

import java.util.EnumSet;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Rule;

import static com.akeneokhaos.sandbox.akeneo.CorpusValues.add;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.list;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.metric;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.englishName;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.number;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.prices;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.remove;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.set;
import static com.akeneokhaos.sandbox.akeneo.CorpusValues.text;

/**
 * One kind of inconsistency a real Akeneo catalogue serves (a dangling reference, a value of a shape its
 * attribute does not have, a value of a type the sync does not map), planted by {@link BadCatalogue} in one
 * otherwise valid item of its {@link Target}. Each gives exactly its {@link #expectedRules()} on that item,
 * or, when there are none, is a normalisation: the item is published as if the defect were not there.
 */
public enum CorpusDefect {

	// products: dangling references
	FAMILY_UNKNOWN(Target.PRODUCT, (item, at) -> item.put("family", "ghost_family"), Rule.FAMILY_UNKNOWN),
	FAMILY_NOT_A_CODE(Target.PRODUCT, (item, at) -> item.putObject("family").put("code", "clothing"),
			Rule.FAMILY_UNKNOWN),
	FAMILY_NONE(Target.PRODUCT, (item, at) -> item.putNull("family")),
	CATEGORY_UNKNOWN(Target.PRODUCT, (item, at) -> item.withArray("categories").add("ghost_category"),
			Rule.CATEGORY_UNKNOWN),
	CATEGORIES_ALL_UNKNOWN(Target.PRODUCT, (item, at) -> item.set("categories", list("ghost_category")),
			Rule.CATEGORY_UNKNOWN, Rule.STOCK_TYPE1_MISSING),
	ATTRIBUTE_UNKNOWN(Target.PRODUCT, (item, at) -> set(item, "ghost_attribute", null, null, text("boo")),
			Rule.ATTRIBUTE_UNKNOWN),
	PARENT_MODEL_UNKNOWN(Target.PRODUCT, (item, at) -> item.put("parent", "ghost_model"), Rule.PARENT_MODEL_UNKNOWN),
	LOCALE_UNKNOWN(Target.PRODUCT, (item, at) -> add(item, "name", "xx_XX", null, text("Nom")), Rule.LOCALE_UNKNOWN),
	LOCALE_NOT_ENABLED(Target.PRODUCT, (item, at) -> add(item, "name", "de_DE", null, text("Name")),
			Rule.LOCALE_UNKNOWN),
	CHANNEL_UNKNOWN(Target.PRODUCT, (item, at) -> add(item, "description", "en_GB", "ghost_channel", text("<p>x</p>")),
			Rule.CHANNEL_UNKNOWN),
	CURRENCY_UNKNOWN(Target.PRODUCT, (item, at) -> ((ArrayNode) item.get("values").get("price").get(0).get("data"))
		.addAll(prices("3.00", "XXX")), Rule.CURRENCY_UNKNOWN),
	SIMPLE_SELECT_OPTION_UNKNOWN(Target.PRODUCT, (item, at) -> set(item, "brand", null, null, text("ghost_brand")),
			Rule.OPTION_UNKNOWN),
	SEASON_OPTION_UNKNOWN(Target.PRODUCT, (item, at) -> set(item, "season", null, null, text("ghost_season")),
			Rule.OPTION_UNKNOWN),
	MULTI_SELECT_OPTION_UNKNOWN(Target.PRODUCT,
			(item, at) -> set(item, "materials", null, null, list("ghost_material")), Rule.OPTION_UNKNOWN),
	METRIC_UNIT_UNKNOWN(Target.PRODUCT, (item, at) -> set(item, "weight", null, null, metric("3", "FURLONG")),
			Rule.VALUE_UNREADABLE),

	// products: values of a shape their attribute type does not have
	TEXT_NOT_TEXT(Target.PRODUCT, (item, at) -> englishName(item, Json.object().put("en", "Shirt")), Rule.VALUE_UNREADABLE),
	TEXT_AS_NUMBER(Target.PRODUCT, (item, at) -> englishName(item, number(42)), Rule.VALUE_UNREADABLE),
	TEXTAREA_NOT_TEXT(Target.PRODUCT, (item, at) -> set(item, "description", "en_GB", "ecommerce", list("a")),
			Rule.VALUE_UNREADABLE),
	PRICES_NOT_A_LIST(Target.PRODUCT, (item, at) -> set(item, "price", null, null, text("12.00")),
			Rule.VALUE_UNREADABLE),
	PRICE_NOT_NUMERIC(Target.PRODUCT, (item, at) -> set(item, "price", null, null, prices("twelve", "GBP")),
			Rule.PRICE_NOT_NUMERIC),
	PRICE_AMOUNT_NULL(Target.PRODUCT, (item, at) -> set(item, "price", null, null, prices(null, "GBP")),
			Rule.SELL_PRICE_MISSING),
	METRIC_NOT_AN_OBJECT(Target.PRODUCT, (item, at) -> set(item, "weight", null, null, text("12")),
			Rule.VALUE_UNREADABLE),
	METRIC_AMOUNT_NOT_NUMERIC(Target.PRODUCT, (item, at) -> set(item, "weight", null, null, metric("heavy", "GRAM")),
			Rule.VALUE_UNREADABLE),
	METRIC_AMOUNT_NULL(Target.PRODUCT, (item, at) -> set(item, "weight", null, null, metric(null, "GRAM"))),
	SIMPLE_SELECT_NOT_A_CODE(Target.PRODUCT, (item, at) -> set(item, "brand", null, null, list("a", "b")),
			Rule.VALUE_UNREADABLE),
	MULTI_SELECT_NOT_A_LIST(Target.PRODUCT, (item, at) -> set(item, "materials", null, null, text("cotton")),
			Rule.VALUE_UNREADABLE),
	BOOLEAN_NOT_BOOLEAN(Target.PRODUCT, (item, at) -> set(item, "web_visible", null, null, text("yes")),
			Rule.VALUE_UNREADABLE),
	DATE_NOT_A_DATE(Target.PRODUCT, (item, at) -> set(item, "release_date", null, null, text("soon")),
			Rule.VALUE_UNREADABLE),
	NUMBER_NOT_A_NUMBER(Target.PRODUCT, (item, at) -> set(item, "lead_time_days", null, null, text("abc"))),
	IDENTIFIER_NOT_TEXT(Target.PRODUCT, (item, at) -> set(item, "sku", null, null, number(12345)),
			Rule.VALUE_UNREADABLE),
	VALUE_WITHOUT_DATA(Target.PRODUCT, (item, at) -> item.get("values").withArray("ean").removeAll().addObject()
		.putNull("locale").putNull("scope")),
	VALUES_NOT_A_LIST(Target.PRODUCT, (item, at) -> ((ObjectNode) item.get("values")).put("lead_time_days", "5")),
	NULL_DATA(Target.PRODUCT, (item, at) -> set(item, "release_date", null, null, Json.MAPPER.nullNode())),

	// products: attribute types the mapping does not use, ignored whatever they hold
	TABLE_VALUE(Target.PRODUCT, (item, at) -> set(item, UnusedAttributeTypes.TABLE, null, null,
			Json.MAPPER.createArrayNode().add(Json.object().put("size", "S").put("chest_cm", 90)))),
	REFERENCE_DATA_SIMPLE_SELECT(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.REFERENCE_DATA_SIMPLE, null, null, text("cotton_jersey"))),
	REFERENCE_DATA_MULTI_SELECT(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.REFERENCE_DATA_MULTI, null, null, list("red", "navy"))),
	ASSET_COLLECTION(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.ASSETS, null, null, list("packshot_1", "packshot_2"))),
	PRODUCT_LINK(Target.PRODUCT, (item, at) -> set(item, UnusedAttributeTypes.PRODUCT_LINK, null, null,
			Json.object().put("type", "product").put("id", "0c1f0f55-2b6a-4b4e-8c4b-000000000001"))),
	REFERENCE_ENTITY(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.REFERENCE_ENTITY, null, null, text("stella"))),
	REFERENCE_ENTITY_COLLECTION(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.REFERENCE_ENTITIES, null, null, list("stella", "paul"))),
	EXTRA_IDENTIFIER(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.EXTRA_IDENTIFIER, null, null, text("GTIN 0001"))),
	FILE_AND_IMAGE(Target.PRODUCT, (item, at) -> {
		set(item, UnusedAttributeTypes.FILE, null, null, text("a/b/c/manual.pdf"));
		set(item, UnusedAttributeTypes.IMAGE, null, null, text("a/b/c/picture.jpg"));
	}),
	TYPE_UNKNOWN_TO_THE_SYNC(Target.PRODUCT, (item, at) -> set(item, UnusedAttributeTypes.FUTURE, null, null,
			Json.object().set("cells", list("1", "2")))),
	UNMAPPED_METRIC_UNIT_UNKNOWN(Target.PRODUCT,
			(item, at) -> set(item, UnusedAttributeTypes.UNMAPPED_METRIC, null, null, metric("2", "FURLONG"))),

	// root product models
	MODEL_FAMILY_VARIANT_UNKNOWN(Target.MODEL, (item, at) -> item.put("family_variant", "shoes_VariantA1"),
			Rule.FAMILY_VARIANT_UNKNOWN),
	MODEL_FAMILY_VARIANT_OF_ANOTHER_FAMILY(Target.MODEL,
			(item, at) -> item.put("family_variant", at.familyVariantOfAnotherFamily(item)), Rule.FAMILY_VARIANT_UNKNOWN),
	MODEL_FAMILY_UNKNOWN(Target.MODEL, (item, at) -> item.put("family", "ghost_family"), Rule.FAMILY_UNKNOWN,
			Rule.FAMILY_VARIANT_UNKNOWN),
	MODEL_AXIS_UNKNOWN(Target.MODEL, (item, at) -> item.put("family_variant", at.familyVariantOnGhostAxis(item)),
			Rule.ATTRIBUTE_UNKNOWN),
	MODEL_CATEGORY_UNKNOWN(Target.MODEL, (item, at) -> item.withArray("categories").add("ghost_category"),
			Rule.CATEGORY_UNKNOWN),
	MODEL_ATTRIBUTE_UNKNOWN(Target.MODEL, (item, at) -> set(item, "ghost_attribute", null, null, text("boo")),
			Rule.ATTRIBUTE_UNKNOWN),
	MODEL_OPTION_UNKNOWN(Target.MODEL, (item, at) -> set(item, "brand", null, null, text("ghost_brand")),
			Rule.OPTION_UNKNOWN),
	MODEL_LOCALE_UNKNOWN(Target.MODEL, (item, at) -> add(item, "name", "xx_XX", null, text("Nom")),
			Rule.LOCALE_UNKNOWN),
	MODEL_NAME_NOT_TEXT(Target.MODEL, (item, at) -> englishName(item, list("a")), Rule.VALUE_UNREADABLE),

	// variant products of otherwise valid models
	VARIANT_AXIS_VALUE_MISSING(Target.VARIANT, (item, at) -> VariantAxes.OPTIONS.keySet().forEach(a -> remove(item, a)),
			Rule.SCS_VALUE_MISSING),
	VARIANT_AXIS_OPTION_UNKNOWN(Target.VARIANT,
			(item, at) -> set(item, at.firstAxisOf(item), null, null, text("ghost_option")), Rule.OPTION_UNKNOWN),
	VARIANT_AXIS_NOT_A_CODE(Target.VARIANT, (item, at) -> set(item, at.firstAxisOf(item), null, null, list("s", "m")),
			Rule.VALUE_UNREADABLE),
	VARIANT_PARENT_MODEL_UNKNOWN(Target.VARIANT, (item, at) -> item.put("parent", "ghost_model"),
			Rule.PARENT_MODEL_UNKNOWN);

	/** What a defect is planted in. */
	public enum Target {
		/** A valid simple product. */
		PRODUCT,
		/** A valid root product model (its variants then wait for it). */
		MODEL,
		/** A variant product of a valid root model. */
		VARIANT
	}

	/** Plants the defect in an item's JSON. */
	interface Plant {

		void into(ObjectNode item, BadCatalogue.Planting at);

	}

	private final Target target;

	private final Plant plant;

	private final Set<Rule> expectedRules;

	CorpusDefect(Target target, Plant plant, Rule... expectedRules) {
		this.target = target;
		this.plant = plant;
		this.expectedRules = expectedRules.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(expectedRules[0], expectedRules));
	}

	public Target target() {
		return target;
	}

	/** The rules of the item's exception rows; none when the defect is normalised and the item published. */
	public Set<Rule> expectedRules() {
		return expectedRules;
	}

	public boolean normalised() {
		return expectedRules.isEmpty();
	}

	void plantInto(ObjectNode item, BadCatalogue.Planting at) {
		plant.into(item, at);
	}

}
