package com.akeneokhaos.catalogue.mapping;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.akeneokhaos.akeneo.Category;
import com.akeneokhaos.akeneo.ReferenceData;

/** Checks that locales, channels, currencies and category trees named by the mapping exist in Akeneo. */
final class AkeneoNames {

	private final ReferenceData reference;

	AkeneoNames(ReferenceData reference) {
		this.reference = reference;
	}

	void checkLocale(String locale, Consumer<String> report) {
		if (!reference.locales().contains(locale)) {
			report.accept("uses locale '" + locale + "', which is not enabled in Akeneo" + hint(locale,
					reference.locales()));
		}
	}

	void checkScope(String scope, Consumer<String> report) {
		if (!reference.channels().containsKey(scope)) {
			report.accept("uses scope '" + scope + "', which is not an Akeneo channel"
					+ hint(scope, reference.channels().keySet()));
		}
	}

	void checkCurrency(String currency, Consumer<String> report) {
		Set<String> currencies = reference.channels()
			.values()
			.stream()
			.flatMap(channel -> channel.currencies().stream())
			.collect(Collectors.toSet());
		if (!currencies.contains(currency)) {
			report.accept("uses currency '" + currency + "', which no Akeneo channel has" + hint(currency, currencies));
		}
	}

	void checkTree(String tree, Consumer<String> report) {
		Category root = reference.categories().get(tree);
		if (root == null || root.parent() != null) {
			Set<String> roots = reference.categories()
				.values()
				.stream()
				.filter(c -> c.parent() == null)
				.map(Category::code)
				.collect(Collectors.toSet());
			report.accept("takes a category level of tree '" + tree + "', which is not a category tree in Akeneo"
					+ hint(tree, roots));
		}
	}

	static String hint(String wrong, Collection<String> known) {
		return Suggestions.didYouMean(wrong, known) + "; known: " + String.join(", ", known.stream().sorted().toList());
	}

}
