package com.akeneokhaos.sandbox.akeneo;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The simple and multi select attribute filter, as Akeneo's Elasticsearch {@code OptionFilter}: {@code IN} (the
 * value for the condition's locale and scope is, or for a multi select includes, one of the codes), {@code NOT IN}
 * (it does not, an item without the value included), {@code NOT EMPTY} and {@code EMPTY} (no value, and the item
 * holds the attribute: see {@link FamilyAttributes}). {@code IN} and {@code NOT IN} take a non-empty array of
 * existing option codes, looked up ignoring case as Akeneo does; an unknown one answers 422
 * {@code Object "option" with code "…" does not exist} ({@code "options"} for a multi select). Codes in values
 * are compared exactly.
 */
final class OptionFilter {

	static final Set<String> TYPES = Set.of("pim_catalog_simpleselect", "pim_catalog_multiselect");

	private static final Set<String> OPERATORS = Set.of("IN", "NOT IN", "EMPTY", "NOT EMPTY");

	private OptionFilter() {
	}

	static Predicate<ValueView> of(Condition condition, ObjectNode attribute, ReferenceStore reference) {
		if (!OPERATORS.contains(condition.operator())) {
			throw condition.unsupported();
		}
		AttributeFilter.checkLocaleAndScope(condition, attribute, reference);
		String code = condition.property();
		return switch (condition.operator()) {
			case "IN" -> inAny(condition, existingOptions(condition, attribute, reference));
			case "NOT IN" -> inAny(condition, existingOptions(condition, attribute, reference)).negate();
			case "NOT EMPTY" -> view -> !chosen(view, condition).isEmpty();
			default -> view -> chosen(view, condition).isEmpty() && view.holds(code);
		};
	}

	private static Predicate<ValueView> inAny(Condition condition, Set<String> options) {
		return view -> !Collections.disjoint(chosen(view, condition), options);
	}

	/** The option codes of the item's value for the condition's locale and scope; empty when it has none. */
	private static Set<String> chosen(ValueView view, Condition condition) {
		JsonNode data = view.data(condition.property(), condition.locale(), condition.scope());
		Set<String> codes = new HashSet<>();
		if (data.isString()) {
			codes.add(data.asString());
		}
		else if (data.isArray()) {
			data.forEach(option -> codes.add(option.isString() ? option.asString() : ""));
		}
		codes.remove("");
		return codes;
	}

	private static Set<String> existingOptions(Condition condition, ObjectNode attribute, ReferenceStore reference) {
		Set<String> wanted = ProductSearch.strings(condition);
		Set<String> existing = new HashSet<>();
		List<ObjectNode> options = reference.list(ReferenceStore.optionsPath(condition.property())).orElse(List.of());
		options.forEach(option -> existing.add(option.path("code").asString().toLowerCase(Locale.ROOT)));
		for (String option : wanted) {
			if (!existing.contains(option.toLowerCase(Locale.ROOT))) {
				String backendType = "pim_catalog_multiselect".equals(attribute.path("type").asString()) ? "options"
						: "option";
				throw ApiException.unprocessable(
						"Object \"" + backendType + "\" with code \"" + option + "\" does not exist");
			}
		}
		return wanted;
	}

}
