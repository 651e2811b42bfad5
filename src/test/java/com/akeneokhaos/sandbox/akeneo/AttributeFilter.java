package com.akeneokhaos.sandbox.akeneo;

import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * An attribute value condition of a product or product model search, e.g.
 * {@code {"brand":[{"operator":"IN","value":["northwind"]}]}}: an unknown attribute code answers 422 as an unknown
 * property does (Akeneo's query builder finds no filter for it); select attributes are filtered by
 * {@link OptionFilter}; the other attribute types answer 422 "not supported by the simulator". The condition's
 * {@code locale} and {@code scope} are checked as Akeneo's {@code AttributeValidatorHelper} checks them: a
 * localizable attribute needs an activated locale, a scopable one an existing channel, any other must name neither.
 */
final class AttributeFilter {

	private AttributeFilter() {
	}

	static Predicate<ValueView> of(Condition condition, ReferenceStore reference) {
		ObjectNode attribute = reference.item("attributes", condition.property()).orElseThrow(condition::unsupported);
		String type = attribute.path("type").asString();
		if (!OptionFilter.TYPES.contains(type)) {
			throw condition.notSimulated("attribute type " + type);
		}
		return OptionFilter.of(condition, attribute, reference);
	}

	/** Refuses a locale or scope the attribute does not take, or a missing one it needs, with Akeneo's messages. */
	static void checkLocaleAndScope(Condition condition, ObjectNode attribute, ReferenceStore reference) {
		String code = condition.property();
		check(code, "locale", attribute.path("localizable").asBoolean(), condition.locale(), reference.enabledLocales(),
				"an existing and activated locale");
		check(code, "scope", attribute.path("scopable").asBoolean(), condition.scope(), reference.channelCodes(),
				"an existing scope");
	}

	private static void check(String attribute, String dimension, boolean expected, String given, Set<String> known,
			String expectation) {
		String prefix = "Attribute \"" + attribute + "\" ";
		if (expected && given == null) {
			throw ApiException.unprocessable(prefix + "expects a " + dimension + ", none given.");
		}
		if (!expected && given != null) {
			throw ApiException.unprocessable(prefix + "does not expect a " + dimension + ", \"" + given + "\" given.");
		}
		if (expected && !known.contains(given)) {
			throw ApiException.unprocessable(prefix + "expects " + expectation + ", \"" + given + "\" given.");
		}
	}

}
