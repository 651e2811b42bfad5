package com.akeneokhaos.catalogue.mapping;

import java.util.Optional;
import java.util.OptionalInt;

import tools.jackson.databind.JsonNode;

/**
 * Finds broken characters in text: one half of a UTF-16 surrogate pair without the other (a "lone
 * surrogate"), left by a tool that cut text in the middle of an emoji or symbol. Such a character cannot
 * be written as UTF-8, so it would reach Khaos and the database as a silent '?'; the value is refused
 * instead, with where the character is so the merchandiser can retype that part.
 */
final class BrokenCharacters {

	/** What a merchandiser is told a broken character is and what to do. */
	static final String ADVICE = "(half of an emoji or symbol, often left by copying and pasting): retype the "
			+ "text there";

	private static final int CONTEXT = 15;

	private BrokenCharacters() {
	}

	/** The UTF-16 index of the first broken character, if there is one. */
	static OptionalInt find(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	/** The first text in a value (a text, or texts inside lists and objects) with a broken character. */
	static Optional<String> in(JsonNode data) {
		if (data.isString()) {
			return Optional.of(data.stringValue()).filter(text -> find(text).isPresent());
		}
		return data.valueStream().map(BrokenCharacters::in).flatMap(Optional::stream).findFirst();
	}

	/** {@code "at character 9, after 'Linen ma'"}: the position counted as Khaos counts characters. */
	static String where(String text, int index) {
		int position = text.codePointCount(0, index) + 1;
		if (index == 0) {
			return "at character 1, at the very start";
		}
		int from = Math.max(0, text.offsetByCodePoints(index, -Math.min(CONTEXT, position - 1)));
		return "at character " + position + ", after '" + text.substring(from, index) + "'";
	}

	/** The text as it can be stored and shown: each broken character as the replacement character. */
	static String shown(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints().map(c -> isSurrogate(c) ? '\uFFFD' : c).forEach(shown::appendCodePoint);
		return shown.toString();
	}

	private static boolean isSurrogate(int codePoint) {
		return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
	}

	/** The sentence after the source's name: {@code "has a broken character at ..., after '...' (...)"}. */
	static String problem(String text) {
		return "has a broken character " + where(text, find(text).orElseThrow()) + " " + ADVICE;
	}

}
