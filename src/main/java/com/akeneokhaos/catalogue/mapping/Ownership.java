package com.akeneokhaos.catalogue.mapping;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may write a Khaos field and when, as the operator writes it in the mapping file ({@code owner:}).
 * {@code always}: Akeneo owns it and every publication carries it; {@code on-create}: Akeneo supplies
 * the first value and Khaos owns it afterwards; {@code never}: Khaos owns it and no payload ever carries it.
 */
public enum Ownership {

	ALWAYS("always"), ON_CREATE("on-create"), NEVER("never");

	private final String word;

	Ownership(String word) {
		this.word = word;
	}

	/** The word used in the mapping file. */
	public String word() {
		return word;
	}

	public static Optional<Ownership> fromWord(String word) {
		return Arrays.stream(values()).filter(o -> o.word.equals(word)).findFirst();
	}

}
