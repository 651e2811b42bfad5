package com.akeneokhaos.writeback;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a product stands towards Khaos, as merchandisers see it in Akeneo: the option codes of the status
 * attribute ({@code khaos_status} by default).
 */
public enum OnboardingStatus {

	/** A Khaos rule is broken (the message says which), or Khaos did not confirm the item within the grace period. */
	REJECTED,
	/** Valid and sent to Khaos; Khaos has not confirmed it yet. */
	PENDING,
	/** Khaos holds the item. */
	CONFIRMED;

	/** The option code in Akeneo. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static List<String> codes() {
		return Arrays.stream(values()).map(OnboardingStatus::code).toList();
	}

	static OnboardingStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
