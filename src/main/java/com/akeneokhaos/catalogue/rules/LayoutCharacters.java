package com.akeneokhaos.catalogue.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import com.akeneokhaos.catalogue.mapping.SingleLineText;

/**
 * Names, for a merchandiser, what makes a code differ from its tidy single-line form: tabs, line breaks,
 * no-break spaces, control characters, spaces at an end or in a row. Codes (stock codes, barcodes) are
 * never tidied by the sync, because a tidied code would name another item or barcode.
 */
final class LayoutCharacters {

	private LayoutCharacters() {
	}

	/** {@code "a tab, a space at the start or end"}; empty when the text is already tidy. */
	static String named(String text) {
		Set<String> names = new LinkedHashSet<>();
		text.codePoints().filter(c -> c != ' ' && SingleLineText.isLayout(c)).forEach(c -> names.add(name(c)));
		if (text.startsWith(" ") || text.endsWith(" ")) {
			names.add("a space at the start or end");
		}
		if (text.contains("  ")) {
			names.add("spaces in a row");
		}
		return String.join(", ", names);
	}

	static String name(int codePoint) {
		return switch (codePoint) {
			case ' ' -> "a space";
			case '\t' -> "a tab";
			case '\n', '\r', '\u2028', '\u2029', '\u0085' -> "a line break";
			case '\u00a0' -> "a non-breaking space";
			default -> Character.isISOControl(codePoint) ? "a control character"
					: String.format(Locale.ROOT, "an unusual space (U+%04X)", codePoint);
		};
	}

}
