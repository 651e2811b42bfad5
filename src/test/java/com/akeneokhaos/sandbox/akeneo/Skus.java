package com.akeneokhaos.sandbox.akeneo;

import java.util.List;
import java.util.Random;

/**
 * Generated SKUs. A valid SKU embeds the product's unique number, so SKUs are unique ignoring case;
 * the defective forms keep that number, so they stay unique too.
 */
final class Skus {

	private static final List<String> COLOURS = List.of("BLK", "NVY", "WHT", "GRN", "RED");

	private static final String TAIL_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

	private static final List<String> BAD_CHARACTERS = List.of(" ", "#", "é");

	private Skus() {
	}

	static String valid(int number, Random random) {
		String digits = String.format("%06d", number);
		return switch (random.nextInt(10)) {
			case 7 -> "CL/" + digits + "-" + COLOURS.get(random.nextInt(COLOURS.size()));
			case 8 -> "HW." + digits + "." + (char) ('A' + random.nextInt(6));
			case 9 -> "EL-" + digits + "X";
			default -> "KH-" + digits;
		};
	}

	/** The SKU extended with allowed characters to 31 to 40 characters. */
	static String tooLong(String sku, Random random) {
		int length = 31 + random.nextInt(10);
		StringBuilder longer = new StringBuilder(sku).append('-');
		while (longer.length() < length) {
			longer.append(TAIL_CHARACTERS.charAt(random.nextInt(TAIL_CHARACTERS.length())));
		}
		return longer.toString();
	}

	/** The SKU with a space, {@code #} or {@code é} inserted after its first two characters. */
	static String badCharacters(String sku, Random random) {
		String bad = BAD_CHARACTERS.get(random.nextInt(BAD_CHARACTERS.size()));
		return sku.substring(0, 2) + bad + sku.substring(2);
	}

	/** The SKU with every letter's case swapped; valid SKUs always contain letters, so it differs. */
	static String otherCase(String sku) {
		StringBuilder swapped = new StringBuilder(sku.length());
		for (char c : sku.toCharArray()) {
			swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
		}
		return swapped.toString();
	}

}
