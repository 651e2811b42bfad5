package com.akeneokhaos.catalogue.mapping;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.Attribute;
import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;

/**
 * Reads the value of one mapped field for one product, as a plain JSON value (text, number or boolean):
 * from the field's source or, when that gives no value, from the first of its fallbacks that does; empty
 * when none does. Texts are fitted to the field's {@link TextLayout}. Unreadable values, broken characters
 * included, throw {@link UnreadableValueException} and are never replaced by a fallback's value.
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
		TextLayout layout = TextLayout.of(field.field());
		for (Source source : field.sources()) {
			Optional<JsonNode> value = read(field, source, product).flatMap(layout::fit);
			if (value.isPresent()) {
				return value;
			}
		}
		return Optional.empty();
	}

	private Optional<JsonNode> read(FieldMapping field, Source source, AkeneoProduct product) {
		if (source instanceof Source.Constant constant) {
			return Optional.of(constant.value().deepCopy());
		}
		if (source instanceof Source.FromCategoryLevel level) {
			return category(field, level, product);
		}
		return attribute(field, (Source.FromAttribute) source, product);
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
			.map(data -> unbroken(read, data))
			.flatMap(data -> typed(read, data))
			.map(value -> unbroken(read, value));
	}

	/** The data as it is, unless a text in it (or an option label taken for it) has a broken character. */
	private static JsonNode unbroken(AttributeRead read, JsonNode data) {
		Optional<String> broken = BrokenCharacters.in(data);
		if (broken.isPresent()) {
			throw read.unreadable(Rule.TEXT_BROKEN_CHARACTER, BrokenCharacters.shown(broken.get()),
					BrokenCharacters.problem(broken.get()));
		}
		return data;
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

	private Optional<JsonNode> category(FieldMapping field, Source.FromCategoryLevel source, AkeneoProduct product) {
		String locale = or(source.locale(), defaults.locale());
		boolean label = source.show() == Source.Show.LABEL;
		return categories.ancestor(product, defaults.categoryTree(), source.level())
			.map(category -> label ? unbroken(field, category, category.label(locale), "The " + locale + " label")
					: unbroken(field, category, category.code(), "The code"))
			.map(JsonNodeFactory.instance::stringNode);
	}

	/** The category's label or code as read, unless it has a broken character. */
	private static String unbroken(FieldMapping field, Category category, String text, String what) {
		if (BrokenCharacters.find(text).isEmpty()) {
			return text;
		}
		throw new UnreadableValueException(Rule.TEXT_BROKEN_CHARACTER, field.path(), BrokenCharacters.shown(text),
				what + " of category '" + BrokenCharacters.shown(category.code()) + "' " + BrokenCharacters.problem(text)
						+ " (Khaos field " + field.path() + ").");
	}

	private static String or(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
