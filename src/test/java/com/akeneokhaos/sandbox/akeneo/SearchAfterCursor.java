package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code search_after} cursor: the last uuid served and how many matching products came
 * before the next page (its offset, so page faults know the page number without recounting).
 * A cursor holding only a base64url uuid is accepted too; its offset is then unknown (-1).
 */
record SearchAfterCursor(String lastUuid, int offset) {

	static final SearchAfterCursor START = new SearchAfterCursor(null, 0);

	static SearchAfterCursor decode(String cursor) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.unprocessable("Parameter \"search_after\" is not valid.");
		}
		int colon = text.indexOf(':');
		if (colon < 0) {
			return new SearchAfterCursor(text, -1);
		}
		try {
			return new SearchAfterCursor(text.substring(colon + 1), Integer.parseInt(text.substring(0, colon)));
		}
		catch (NumberFormatException ex) {
			throw ApiException.unprocessable("Parameter \"search_after\" is not valid.");
		}
	}

	String encode() {
		byte[] text = (offset + ":" + lastUuid).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
	}

	/** Where in a snapshot of the store the page after this cursor starts. */
	<T> int startIn(SortedStore<T> store, T[] snapshot) {
		return lastUuid == null ? 0 : SortedStore.indexAfter(snapshot, store::keyOf, lastUuid);
	}

}
