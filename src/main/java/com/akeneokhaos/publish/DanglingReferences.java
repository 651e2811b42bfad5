package com.akeneokhaos.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.akeneokhaos.akeneo.AkeneoValue;
import com.akeneokhaos.akeneo.ReferenceData;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * What an Akeneo item names that Akeneo itself does not have: a family, a category, an attribute, and
 * (through {@link DanglingValues}) a locale, channel, currency or select option in its values. Akeneo
 * serves such dangling references (a definition deleted after the item was saved, an import that bypassed
 * its checks); each becomes one violation of the item, so the item is held back and the run goes on.
 */
final class DanglingReferences {

	private final ReferenceData reference;

	private final DanglingValues values;

	DanglingReferences(ReferenceData reference) {
		this.reference = reference;
		this.values = new DanglingValues(reference);
	}

	/** The dangling references of one product or product model ({@code noun} names it in the sentences). */
	List<Violation> of(String noun, @Nullable String family, List<String> categories,
			Map<String, List<AkeneoValue>> itemValues) {
		List<Violation> problems = new ArrayList<>();
		if (family != null && !family.isEmpty() && !reference.families().containsKey(family)) {
			problems.add(familyUnknown(noun, family));
		}
		categories.stream().filter(code -> !reference.categories().containsKey(code))
			.forEach(code -> problems.add(categoryUnknown(noun, code)));
		itemValues.forEach((attribute, entries) -> {
			if (reference.attribute(attribute).isEmpty()) {
				problems.add(attributeUnknown(noun, attribute));
			}
			else {
				entries.forEach(entry -> problems.addAll(values.of(attribute, entry)));
			}
		});
		return problems.stream().distinct().toList();
	}

	private static Violation familyUnknown(String noun, String family) {
		return Violation.of(Rule.FAMILY_UNKNOWN, null, family, "This " + noun + " is in the family '" + family
				+ "', which Akeneo does not have (it may have been deleted or renamed): put the " + noun
				+ " in an existing family in Akeneo.");
	}

	private static Violation categoryUnknown(String noun, String category) {
		return Violation.of(Rule.CATEGORY_UNKNOWN, null, category, "This " + noun + " is classified in the category '"
				+ category + "', which Akeneo does not have (it may have been deleted or renamed): remove the "
				+ "category from the " + noun + " or classify it in an existing one.");
	}

	private static Violation attributeUnknown(String noun, String attribute) {
		return Violation.of(Rule.ATTRIBUTE_UNKNOWN, null, attribute, "This " + noun + " has a value for the attribute '"
				+ attribute + "', which Akeneo does not have (it may have been deleted or renamed): remove the value "
				+ "from the " + noun + " or create the attribute again.");
	}

}
