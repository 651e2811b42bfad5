package com.akeneokhaos.sandbox.akeneo;

import java.util.Collections;
import java.util.Set;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The {@code categories} product filter: IN, NOT IN, IN CHILDREN, NOT IN CHILDREN, UNCLASSIFIED and
 * IN OR UNCLASSIFIED; unknown category codes answer 422 as on Akeneo.
 */
final class CategoryFilter {

	private CategoryFilter() {
	}

	static Predicate<StoredProduct> of(Condition condition, ReferenceStore reference) {
		Predicate<StoredProduct> unclassified = p -> p.categories().isEmpty();
		return switch (condition.operator()) {
			case "UNCLASSIFIED" -> unclassified;
			case "IN" -> inAny(codes(condition, reference));
			case "NOT IN" -> inAny(codes(condition, reference)).negate();
			case "IN CHILDREN" -> inAny(reference.withDescendants(codes(condition, reference)));
			case "NOT IN CHILDREN" -> inAny(reference.withDescendants(codes(condition, reference))).negate();
			case "IN OR UNCLASSIFIED" -> unclassified.or(inAny(codes(condition, reference)));
			default -> throw condition.unsupported();
		};
	}

	private static Predicate<StoredProduct> inAny(Set<String> codes) {
		return p -> !Collections.disjoint(p.categories(), codes);
	}

	private static Set<String> codes(Condition condition, ReferenceStore reference) {
		Set<String> codes = ProductSearch.strings(condition);
		for (String code : codes) {
			if (!reference.categoryExists(code)) {
				throw ApiException.unprocessable("Property \"categories\" expects a valid category code. The category does "
						+ "not exist, \"" + code + "\" given.");
			}
		}
		return codes;
	}

}
