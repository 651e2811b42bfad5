package com.akeneokhaos.catalogue.rules;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Khaos limits a stock item is checked against before it is published ({@code sync.validation.*}).
 * The defaults are Khaos Control's own limits; change them only if the Khaos system is configured
 * differently. A pattern that does not compile or a limit below 1 fails start-up.
 *
 * @param stockCodePattern the characters (as a regular expression for the whole code) Khaos accepts
 */
@ConfigurationProperties("sync.validation")
public record ValidationProperties(@DefaultValue(DEFAULT_STOCK_CODE_PATTERN) String stockCodePattern,
		@DefaultValue("30") int stockCodeMaxLength, @DefaultValue("250") int shortDescriptionMaxLength,
		@DefaultValue("25") int stockType1MaxLength, @DefaultValue("100") int stockType2MaxLength) {

	public static final String DEFAULT_STOCK_CODE_PATTERN = "[A-Za-z0-9._/-]+";

	public ValidationProperties {
		try {
			Pattern.compile(stockCodePattern);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalArgumentException("sync.validation.stock-code-pattern is not a regular expression: "
					+ ex.getMessage(), ex);
		}
		if (stockCodeMaxLength < 1 || shortDescriptionMaxLength < 1 || stockType1MaxLength < 1
				|| stockType2MaxLength < 1) {
			throw new IllegalArgumentException("sync.validation maximum lengths must be at least 1");
		}
	}

	/** Khaos Control's own limits. */
	public static ValidationProperties defaults() {
		return new ValidationProperties(DEFAULT_STOCK_CODE_PATTERN, 30, 250, 25, 100);
	}

	public Pattern stockCodeRegex() {
		return Pattern.compile(stockCodePattern);
	}

}
