package com.akeneokhaos.sandbox.akeneo;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The {@code family} filter of products and product models, as Akeneo's Elasticsearch {@code FamilyFilter}:
 * {@code IN} and {@code NOT IN} a non-empty array of existing family codes (an unknown one answers 422
 * {@code Object "family" with code "…" does not exist}; {@code NOT IN} also matches items without a family),
 * {@code EMPTY} and {@code NOT EMPTY}.
 */
final class FamilyFilter {

	private FamilyFilter() {
	}

	/** @param familyOf an item's family code, null when it has none */
	static <T> Predicate<T> of(Condition condition, ReferenceStore reference, Function<T, String> familyOf) {
		return switch (condition.operator()) {
			case "IN" -> inAny(codes(condition, reference), familyOf);
			case "NOT IN" -> inAny(codes(condition, reference), familyOf).negate();
			case "EMPTY" -> item -> familyOf.apply(item) == null;
			case "NOT EMPTY" -> item -> familyOf.apply(item) != null;
			default -> throw condition.unsupported();
		};
	}

	private static <T> Predicate<T> inAny(Set<String> families, Function<T, String> familyOf) {
		return item -> families.contains(familyOf.apply(item));
	}

	private static Set<String> codes(Condition condition, ReferenceStore reference) {
		Set<String> codes = ProductSearch.strings(condition);
		for (String code : codes) {
			if (reference.item("families", code).isEmpty()) {
				throw ApiException.unprocessable("Object \"family\" with code \"" + code + "\" does not exist");
			}
		}
		return codes;
	}

}
