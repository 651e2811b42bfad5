package com.akeneokhaos.catalogue.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.catalogue.mapping.SingleLineText;
import com.akeneokhaos.problems.Rule;
import com.akeneokhaos.problems.Violation;

/**
 * Khaos needs a stock code: present, not longer than its limit (counted in characters, as Khaos counts
 * them: an emoji is one), and only characters it accepts. A stock code is never tidied, so one with a tab,
 * a line break or a space at an end is refused even when the configured pattern would let it through.
 */
final class StockCodeRule implements ItemRule {

	private static final String FIELD = "StockCode";

	private final ValidationProperties properties;

	private final Pattern pattern;

	private final FieldSources sources;

	private final boolean checksSingleCharacters;

	StockCodeRule(ValidationProperties properties, FieldSources sources) {
		this.properties = properties;
		this.pattern = properties.stockCodeRegex();
		this.sources = sources;
		this.checksSingleCharacters = pattern.matcher("A").matches() || pattern.matcher("1").matches();
	}

	@Override
	public void check(ObjectNode item, List<Violation> violations) {
		String code = ItemRule.text(item.path(FIELD));
		if (code == null) {
			violations.add(Violation.of(Rule.STOCK_CODE_MISSING, FIELD, null, "The product has no SKU"
					+ sources.from(FIELD) + ", so Khaos cannot create a stock item for it: fill in the SKU."));
			return;
		}
		int length = ItemRule.length(code);
		if (length > properties.stockCodeMaxLength()) {
			violations.add(Violation.of(Rule.STOCK_CODE_TOO_LONG, FIELD, code,
					"The SKU '" + code + "'" + sources.from(FIELD) + " is " + length
							+ " characters long; Khaos accepts at most " + properties.stockCodeMaxLength()
							+ ". Shorten it."));
		}
		if (!pattern.matcher(code).matches()) {
			violations.add(Violation.of(Rule.STOCK_CODE_CHARACTERS, FIELD, code, "The SKU '" + code + "'"
					+ sources.from(FIELD) + " contains characters Khaos does not accept" + rejected(code) + ". "
					+ advice()));
		}
		else if (!SingleLineText.isNormal(code)) {
			violations.add(Violation.of(Rule.STOCK_CODE_CHARACTERS, FIELD, code, "The SKU '" + code + "'"
					+ sources.from(FIELD) + " contains " + LayoutCharacters.named(code) + ". A stock code is used "
					+ "exactly as written, so the sync does not tidy it: correct the SKU in Akeneo."));
		}
	}

	private String rejected(String code) {
		Set<String> rejected = code.codePoints()
			.mapToObj(Character::toString)
			.filter(c -> !pattern.matcher(c).matches())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (rejected.isEmpty() || !checksSingleCharacters) {
			return "";
		}
		return rejected.stream().map(StockCodeRule::name).collect(Collectors.joining(", ", " (", ")"));
	}

	private static String name(String character) {
		int codePoint = character.codePointAt(0);
		return SingleLineText.isLayout(codePoint) ? LayoutCharacters.name(codePoint)
				: "'" + character + "'";
	}

	private String advice() {
		if (properties.stockCodePattern().equals(ValidationProperties.DEFAULT_STOCK_CODE_PATTERN)) {
			return "Use only letters, digits and . _ / -.";
		}
		return "Khaos accepts only stock codes matching " + properties.stockCodePattern() + ".";
	}

}
