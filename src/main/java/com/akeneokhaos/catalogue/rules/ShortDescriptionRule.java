package com.akeneokhaos.catalogue.rules;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/** Khaos needs a short description (the name it shows everywhere) within its length limit. */
final class ShortDescriptionRule implements ItemRule {

	private static final String FIELD = "ShortDescription";

	private final int maxLength;

	private final FieldSources sources;

	ShortDescriptionRule(ValidationProperties properties, FieldSources sources) {
		this.maxLength = properties.shortDescriptionMaxLength();
		this.sources = sources;
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		String description = ItemRule.text(item.path(FIELD));
		String where = sources.attribute(FIELD).map(a -> "attribute '" + a + "'").orElse("it in Akeneo");
		if (description == null) {
			violations.add(Violation.of(Rule.SHORT_DESCRIPTION_MISSING, FIELD, null,
					"The product has no short description for Khaos (its name in Khaos lists and documents): fill in "
							+ where + "."));
			return;
		}
		int length = ItemRule.length(description);
		if (length > maxLength) {
			String shorten = sources.onlyAttribute(FIELD).map(a -> "attribute '" + a + "'").orElse("it in Akeneo");
			violations.add(Violation.of(Rule.SHORT_DESCRIPTION_TOO_LONG, FIELD, description,
					"The short description for Khaos" + sources.from(FIELD) + " is " + length
							+ " characters long; Khaos accepts at most " + maxLength + ". Shorten " + shorten + "."));
		}
	}

}
