package com.akeneokhaos.sandbox.akeneo;

import java.util.Random;

/** Random EAN-13 barcodes with a correct check digit. */
final class Ean {

	private Ean() {
	}

	static String random(Random random) {
		StringBuilder digits = new StringBuilder("50");
		while (digits.length() < 12) {
			digits.append(random.nextInt(10));
		}
		return digits.append(checkDigit(digits)).toString();
	}

	static int checkDigit(CharSequence twelveDigits) {
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			int digit = twelveDigits.charAt(i) - '0';
			sum += (i % 2 == 0) ? digit : digit * 3;
		}
		return (10 - sum % 10) % 10;
	}

}
