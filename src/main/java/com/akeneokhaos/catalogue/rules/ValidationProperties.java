package com.akeneokhaos.catalogue.rules;

import java.util.regex.Pattern;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Khaos limits a stock item is checked against before it is published ({@code sync.validation.*}).
 * The defaults are Khaos Control's own limits, each written once in its {@link DefaultValue}; change them
 * only if the Khaos system is configured differently. A pattern that does not compile or a limit below 1
 * stops start-up with a message naming the property (each constraint's message starts with it: Boot's
 * failure report shows the Java field name).
 *
 * @param stockCodePattern the characters (as a regular expression for the whole code) Khaos accepts
 * @param stockCodeMaxLength the longest stock code Khaos accepts
 * @param shortDescriptionMaxLength the longest short description Khaos accepts
 * @param stockType1MaxLength the longest stock type 1 (department) name Khaos accepts
 * @param stockType2MaxLength the longest stock type 2 (sub-department) name Khaos accepts
 */
@Validated
@ConfigurationProperties("sync.validation")
public record ValidationProperties(
		@DefaultValue(DEFAULT_STOCK_CODE_PATTERN)
		@NotBlank(message = "sync.validation.stock-code-pattern must not be blank")
		@RegularExpression(message = "sync.validation.stock-code-pattern must be a regular expression")
		String stockCodePattern,
		@DefaultValue("30") @Min(value = 1, message = "sync.validation.stock-code-max-length must be at least 1")
		int stockCodeMaxLength,
		@DefaultValue("250")
		@Min(value = 1, message = "sync.validation.short-description-max-length must be at least 1")
		int shortDescriptionMaxLength,
		@DefaultValue("25") @Min(value = 1, message = "sync.validation.stock-type1-max-length must be at least 1")
		int stockType1MaxLength,
		@DefaultValue("100") @Min(value = 1, message = "sync.validation.stock-type2-max-length must be at least 1")
		int stockType2MaxLength) {

	public static final String DEFAULT_STOCK_CODE_PATTERN = "[A-Za-z0-9._/-]+";

	/** Khaos Control's own limits: the settings as bound when nothing is set. */
	public static ValidationProperties defaults() {
		return new Binder().bindOrCreate("sync.validation", ValidationProperties.class);
	}

	public Pattern stockCodeRegex() {
		return Pattern.compile(stockCodePattern);
	}

}
