package com.akeneokhaos.structure;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How every job turns Akeneo structure changes into Khaos items ({@code sync.structure.*}), editable by
 * operators in {@code jobs/jobs.yml}.
 * <p>
 * Each default is written once, in its {@link DefaultValue}; {@code jobs/jobs.yml} shows the same values so
 * operators can see them. A suffix no stock code could hold stops start-up with a message naming the property
 * (the constraint's message starts with it: Boot's failure report shows the Java field name).
 *
 * @param simpleToVariant what a simple product already in Khaos becomes when it gets a parent model:
 * {@code relink} keeps its Khaos item (StockID, stock history) and links it as an SCS child; {@code replace}
 * discontinues it, frees its stock code and creates a new SCS child under a new StockID
 * @param freedCodeSuffix appended to the stock code of an item discontinued to free its code for another
 * item (a replaced item, or one deleted in Akeneo whose SKU came back); a number follows when the code
 * with the suffix is taken already
 */
@Validated
@ConfigurationProperties("sync.structure")
public record StructureProperties(@DefaultValue("relink") SimpleToVariant simpleToVariant,
		@DefaultValue("-OLD") @Pattern(regexp = "[A-Za-z0-9._/-]{1,10}",
				message = "sync.structure.freed-code-suffix must be 1 to 10 letters, digits or any of . _ / - "
						+ "(characters every Khaos stock code may hold)") String freedCodeSuffix) {

	/** The policies for a simple product that becomes a variant. */
	public enum SimpleToVariant {

		/** Link the existing Khaos item as an SCS child, keeping its StockID and stock history. */
		RELINK,

		/** Discontinue the existing Khaos item, free its code, and create the SCS child as a new item. */
		REPLACE

	}

}
