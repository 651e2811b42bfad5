package com.akeneokhaos.sandbox.akeneo;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.akeneokhaos.sandbox.akeneo.SearchSyntax.Condition;

/**
 * Combines the conditions of a product or product model search, all of which must hold: a condition on one of the
 * endpoint's properties becomes that property's filter, any other is an attribute value filter
 * ({@link AttributeFilter}). Conditions are checked in the order given, so the first faulty one answers; items are
 * tested on the property filters first, and only those passing have their JSON parsed once for all the attribute
 * filters.
 */
final class SearchConditions {

	private SearchConditions() {
	}

	/**
	 * @param properties the endpoint's property filter names
	 * @param property the filter of a condition on one of them
	 * @param view how an item looks to the attribute filters
	 */
	static <T> Predicate<T> combine(List<Condition> conditions, Set<String> properties,
			Function<Condition, Predicate<T>> property, ReferenceStore reference, Function<T, ValueView> view) {
		Predicate<T> onProperties = item -> true;
		Predicate<ValueView> onValues = null;
		for (Condition condition : conditions) {
			if (properties.contains(condition.property())) {
				onProperties = onProperties.and(property.apply(condition));
			}
			else {
				Predicate<ValueView> filter = AttributeFilter.of(condition, reference);
				onValues = onValues == null ? filter : onValues.and(filter);
			}
		}
		if (onValues == null) {
			return onProperties;
		}
		Predicate<ValueView> values = onValues;
		return onProperties.and(item -> values.test(view.apply(item)));
	}

}
