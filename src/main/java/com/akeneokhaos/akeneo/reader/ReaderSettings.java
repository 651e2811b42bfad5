package com.akeneokhaos.akeneo.reader;

import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.akeneo.AkeneoClient;

/** The checks every Akeneo reader builder makes before it builds. */
final class ReaderSettings {

	private ReaderSettings() {
	}

	/**
	 * Refuses a missing client, a blank name (the prefix of the reader's execution context keys), both one search
	 * and a list of searches, or a search filter that is not a JSON object; returns the searches the reader reads
	 * one after the other.
	 * @param searchJson the one search filter, or null when none was given
	 * @param searchJsons the list of search filters, or null when none was given
	 * @return the list given, else a list of the one search (null in it: every item)
	 * @throws IllegalArgumentException naming what is wrong
	 */
	static List<@Nullable String> validate(@Nullable AkeneoClient client, @Nullable String name,
			@Nullable String searchJson, @Nullable List<String> searchJsons) {
		Assert.notNull(client, "An AkeneoClient is required");
		Assert.hasText(name, "A name is required: it prefixes the reader's execution context keys");
		if (searchJsons == null) {
			Assert.isTrue(searchJson == null || isJsonObject(searchJson),
					() -> "The search filter must be a JSON object, was: " + searchJson);
			return Collections.singletonList(searchJson);
		}
		Assert.isNull(searchJson, () -> "Give either one search filter (search) or a list of them (searches), not both;"
				+ " was search " + searchJson + " and searches " + searchJsons);
		for (int i = 0; i < searchJsons.size(); i++) {
			checkListed(searchJsons.get(i), i, searchJsons.size());
		}
		return List.copyOf(searchJsons);
	}

	private static void checkListed(@Nullable String searchJson, int index, int count) {
		Assert.isTrue(searchJson != null && isJsonObject(searchJson), () -> "Each search filter must be a JSON object;"
				+ " search " + (index + 1) + " of " + count + " was: " + searchJson);
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
