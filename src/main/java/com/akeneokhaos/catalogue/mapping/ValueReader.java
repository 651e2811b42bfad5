package com.akeneokhaos.catalogue.mapping;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Reads the value of one mapped field for one product, as a plain JSON value (text, number or boolean);
 * empty when the product has no value. Unreadable values throw {@link UnreadableValueException}.
 */
final class ValueReader {

	private final ReferenceData reference;

	private final MappingDefaults defaults;

	private final OptionValues options;

	private final CategoryLevels categories;

	ValueReader(ReferenceData reference, MappingDefaults defaults) {
		this.reference = reference;
		this.defaults = defaults;
		this.options = new OptionValues(reference);
		this.categories = new CategoryLevels(reference);
	}

	Optional<JsonNode> read(FieldMapping field, AkeneoProduct product) {
		if (field.source() instanceof Source.Constant constant) {
			return Optional.of(constant.value().deepCopy());
		}
		if (field.source() instanceof Source.FromCategoryLevel level) {
			return category(level, product);
		}
		return attribute(field, (Source.FromAttribute) field.source(), product);
	}

	/** The read for an attribute source, with defaults filled in; the attribute must exist. */
	AttributeRead attributeRead(FieldMapping field, Source.FromAttribute source) {
		Attribute attribute = reference.attribute(source.attribute()).orElseThrow();
		return new AttributeRead(attribute, field.path(), or(source.locale(), defaults.locale()),
				or(source.scope(), defaults.scope()), or(source.currency(), defaults.currency()), source.unit(),
				source.show());
	}

	private Optional<JsonNode> attribute(FieldMapping field, Source.FromAttribute source, AkeneoProduct product) {
		AttributeRead read = attributeRead(field, source);
		return ValuePicker.pick(product.valuesOf(read.code()), read.attribute(), read.locale(), read.scope())
			.flatMap(data -> typed(read, data));
	}

	private Optional<JsonNode> typed(AttributeRead read, JsonNode data) {
		return switch (read.attribute().type()) {
			case AttributeTypes.TEXTAREA -> ScalarValues.richText(read, data);
			case AttributeTypes.NUMBER_TYPE -> ScalarValues.number(read, data);
			case AttributeTypes.BOOLEAN_TYPE -> ScalarValues.yesNo(read, data);
			case AttributeTypes.DATE -> ScalarValues.date(read, data);
			case AttributeTypes.PRICE -> AmountValues.price(read, data);
			case AttributeTypes.METRIC -> AmountValues.metric(read, data);
			case AttributeTypes.SIMPLE_SELECT -> options.single(read, data);
			case AttributeTypes.MULTI_SELECT, AttributeTypes.REFERENCE_MULTI -> options.multiple(read, data);
			default -> ScalarValues.text(read, data);
		};
	}

	private Optional<JsonNode> category(Source.FromCategoryLevel source, AkeneoProduct product) {
		String locale = or(source.locale(), defaults.locale());
		return categories.ancestor(product, defaults.categoryTree(), source.level())
			.map(category -> (source.show() == Source.Show.LABEL) ? category.label(locale) : category.code())
			.map(JsonNodeFactory.instance::stringNode);
	}

	private static String or(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
