package com.akeneokhaos.sandbox.akeneo;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * The {@code categories} filter of products and product models: IN, NOT IN, IN CHILDREN, NOT IN CHILDREN,
 * UNCLASSIFIED and IN OR UNCLASSIFIED; unknown category codes answer 422 as on Akeneo. Generic over what it
 * tests, since a product lists its categories itself while a sub-model inherits its parent's.
 */
final class CategoryFilter {

	private CategoryFilter() {
	}

	/**
	 * @param categoriesOf the categories Akeneo indexes for an item: a variant's or a sub-model's include those
	 * of its ancestors
	 */
	static <T> Predicate<T> of(Condition condition, ReferenceStore reference,
			Function<T, ? extends Collection<String>> categoriesOf) {
		Predicate<T> unclassified = item -> categoriesOf.apply(item).isEmpty();
		return switch (condition.operator()) {
			case "UNCLASSIFIED" -> unclassified;
			case "IN" -> inAny(codes(condition, reference), categoriesOf);
			case "NOT IN" -> inAny(codes(condition, reference), categoriesOf).negate();
			case "IN CHILDREN" -> inAny(reference.withDescendants(codes(condition, reference)), categoriesOf);
			case "NOT IN CHILDREN" -> inAny(reference.withDescendants(codes(condition, reference)), categoriesOf).negate();
			case "IN OR UNCLASSIFIED" -> unclassified.or(inAny(codes(condition, reference), categoriesOf));
			default -> throw condition.unsupported();
		};
	}

	private static <T> Predicate<T> inAny(Set<String> codes, Function<T, ? extends Collection<String>> categoriesOf) {
		return item -> !Collections.disjoint(categoriesOf.apply(item), codes);
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
