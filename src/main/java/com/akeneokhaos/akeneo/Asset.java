package com.akeneokhaos.akeneo;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One asset of an Akeneo Asset Manager family, as {@code asset-families/{family}/assets} serves it: its values by
 * asset attribute code (asset values name their channel {@code channel}, not {@code scope}).
 */
public record Asset(String family, String code, Map<String, List<Value>> values, @Nullable String updated) {

	public Asset {
		values = Map.copyOf(values);
	}

	/** The value of an attribute for no locale and no channel, else the first one; null when it has none. */
	public @Nullable Value value(String attribute) {
		List<Value> all = values.getOrDefault(attribute, List.of());
		return all.stream()
			.filter(value -> value.locale() == null && value.channel() == null)
			.findFirst()
			.orElse(all.isEmpty() ? null : all.get(0));
	}

	/**
	 * One value: {@code data} (a media link's text, a media file's code...), Akeneo's full URL of a media link
	 * ({@code linked_data.full_url}) and the public share link of a media file ({@code _links.share_link.href},
	 * present only when public links are enabled).
	 */
	public record Value(@Nullable String locale, @Nullable String channel, JsonNode data, @Nullable String fullUrl,
			@Nullable String shareLink) {
	}

}
