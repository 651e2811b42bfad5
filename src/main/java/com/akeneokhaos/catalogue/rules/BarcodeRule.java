package com.akeneokhaos.catalogue.rules;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.SingleLineText;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Barcodes are matched exactly as written (at the till, at goods-in, by marketplaces), so the sync never
 * tidies one: a barcode with a tab, a line break, a no-break space or a space at an end is refused instead.
 */
final class BarcodeRule implements ItemRule {

	private static final String FIELD = "Barcodes";

	private final FieldSources sources;

	BarcodeRule(FieldSources sources) {
		this.sources = sources;
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		for (JsonNode barcode : item.path(FIELD)) {
			String code = ItemRule.text(barcode.path("Barcode"));
			if (code != null && !SingleLineText.isNormal(code)) {
				violations.add(Violation.of(Rule.BARCODE_CHARACTERS, FIELD, code, "The barcode '" + code + "'"
						+ sources.from(FIELD) + " contains " + LayoutCharacters.named(code) + ". Khaos matches "
						+ "barcodes exactly as written, so the sync does not tidy them: correct the barcode in Akeneo."));
			}
		}
	}

}
