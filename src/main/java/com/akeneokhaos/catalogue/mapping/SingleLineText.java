package com.akeneokhaos.catalogue.mapping;

import java.util.regex.Pattern;

/**
 * Text as a single-line Khaos field holds it. Khaos shows these fields on one line (lists, pick notes,
 * labels, the web channel), where a tab or line break copied in from elsewhere is garbage: every run of
 * whitespace (spaces, tabs, line breaks, no-break and other Unicode spaces) and control characters becomes
 * one space, and both ends are trimmed. Fields that identify an item (stock code, barcodes) are never
 * normalised, since that would change which item or barcode they name: the rules refuse them instead when
 * normalising would change them ({@link #isNormal}).
 */
public final class SingleLineText {

	private static final Pattern LAYOUT = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\p{Cc}]+");

	private SingleLineText() {
	}

	/** The text on one line: whitespace and control character runs as one space, ends trimmed. */
	public static String normalise(String text) {
		return LAYOUT.matcher(text).replaceAll(" ").strip();
	}

	/** Whether normalising would leave the text as it is. */
	public static boolean isNormal(String text) {
		return normalise(text).equals(text);
	}

	/** Whether this character is one normalising replaces (a space only when it is not alone or at an end). */
	public static boolean isLayout(int codePoint) {
		return LAYOUT.matcher(Character.toString(codePoint)).matches();
	}

}
