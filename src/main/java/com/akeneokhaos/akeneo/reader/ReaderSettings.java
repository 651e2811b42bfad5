package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.AkeneoClient;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The checks every Akeneo reader builder makes before it builds. */
final class ReaderSettings {

	private ReaderSettings() {
	}

	/**
	 * Refuses a missing client, a blank name (the prefix of the reader's execution context keys) or a
	 * search filter that is not a JSON object.
	 * @throws IllegalArgumentException naming what is wrong
	 */
	static void validate(@Nullable AkeneoClient client, @Nullable String name, @Nullable String searchJson) {
		Assert.notNull(client, "An AkeneoClient is required");
		Assert.hasText(name, "A name is required: it prefixes the reader's execution context keys");
		Assert.isTrue(searchJson == null || isJsonObject(searchJson),
				() -> "The search filter must be a JSON object, was: " + searchJson);
	}

	private static boolean isJsonObject(String json) {
		try {
			return JsonMapper.shared().readTree(json).isObject();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
