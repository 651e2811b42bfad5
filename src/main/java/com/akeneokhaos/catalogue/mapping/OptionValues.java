package com.akeneokhaos.catalogue.mapping;

import static com.akeneokhaos.catalogue.mapping.ScalarValues.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import com.akeneokhaos.akeneo.AttributeOption;
import com.akeneokhaos.akeneo.ReferenceData;

/**
 * Reads simple and multi select values as option codes or, with {@code as: label}, as option labels in
 * the locale (the code when the option has no label there). Several options are joined with ", ".
 */
final class OptionValues {

	private final ReferenceData reference;

	OptionValues(ReferenceData reference) {
		this.reference = reference;
	}

	Optional<JsonNode> single(AttributeRead read, JsonNode data) {
		return ScalarValues.string(read, data).map(code -> JsonNodeFactory.instance.stringNode(display(read, code)));
	}

	Optional<JsonNode> multiple(AttributeRead read, JsonNode data) {
		if (!data.isArray()) {
			throw read.unreadable(raw(data),
					"holds " + ScalarValues.shown(data) + " where a list of options was expected");
		}
		List<String> displayed = new ArrayList<>();
		for (JsonNode code : data) {
			ScalarValues.string(read, code).map(c -> display(read, c)).ifPresent(displayed::add);
		}
		return displayed.isEmpty() ? Optional.empty()
				: Optional.of(JsonNodeFactory.instance.stringNode(String.join(", ", displayed)));
	}

	private String display(AttributeRead read, String code) {
		if (read.show() == Source.Show.CODE) {
			return code;
		}
		return reference.option(read.code(), code)
			.map(AttributeOption::labels)
			.map(labels -> labels.get(read.locale()))
			.filter(label -> !label.isBlank())
			.orElse(code);
	}

}
