package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.AssetStore.AssetFamily;

/**
 * The Asset Manager endpoints, read-only, as the official spec and Akeneo's connector actions serve them:
 * <ul>
 * <li>{@code GET asset-families}: families in code order, {@code search_after} pagination only (the spec's sole
 * parameter), Akeneo's fixed page size (100: {@code limit} is not a parameter of these lists and is ignored);</li>
 * <li>{@code GET asset-families/{code}}, {@code .../attributes} (a plain JSON array, not paginated) and
 * {@code .../attributes/{code}}: the stored JSON, without {@code _links} as in the spec's examples;</li>
 * <li>{@code GET asset-families/{code}/assets}: assets in code order, {@code search_after} pagination only, the
 * {@code search} filter of {@link AssetSearch}, the {@code channel} and {@code locales} value filters; and
 * {@code GET .../assets/{code}}.</li>
 * </ul>
 * A media file value gets {@code _links.download} (the {@code asset-media-files} binary) and, when the family has
 * {@code sharing_enabled}, {@code _links.share_link} (a public link the simulator also serves, see
 * {@link MediaFilesEndpoint}); a media link value gets {@code linked_data} ({@code full_url} = prefix + data +
 * suffix) unless switched off. Lists link {@code self}, {@code first} and, after a full page, {@code next}.
 */
final class AssetEndpoint {

	static final String FAMILIES = ReferenceEndpoint.ROOT + "asset-families";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");

	private final AssetStore store;

	private final ReferenceStore reference;

	private final Supplier<Instant> clock;

	AssetEndpoint(AssetStore store, ReferenceStore reference, Supplier<Instant> clock) {
		this.store = store;
		this.reference = reference;
		this.clock = clock;
	}

	static boolean serves(String path) {
		return path.equals(FAMILIES) || path.startsWith(FAMILIES + "/");
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		String rest = request.path().substring(FAMILIES.length());
		List<String> parts = rest.isEmpty() || rest.equals("/") ? List.of() : Arrays.asList(rest.substring(1).split("/", -1));
		if (parts.isEmpty()) {
			return families(request, baseUrl);
		}
		AssetFamily family = store.family(parts.get(0)).orElse(null);
		return switch (parts.size()) {
			case 1 -> ApiResponse.ok(existing(family, parts.get(0)).json());
			case 2 -> switch (parts.get(1)) {
				case "attributes" -> attributes(existing(family, parts.get(0)));
				case "assets" -> assets(request, baseUrl, family, parts.get(0));
				default -> throw noRoute(request);
			};
			case 3 -> switch (parts.get(1)) {
				case "attributes" -> ApiResponse.ok(existing(family, parts.get(0)).attribute(parts.get(2))
					.orElseThrow(() -> ApiException.notFound("Attribute \"" + parts.get(2)
							+ "\" does not exist for the asset family \"" + parts.get(0) + "\".")));
				case "assets" -> asset(existing(family, parts.get(0)), parts.get(2), baseUrl);
				default -> throw noRoute(request);
			};
			default -> throw noRoute(request);
		};
	}

	private ApiResponse families(ApiRequest request, String baseUrl) {
		String cursor = request.param("search_after");
		String after = cursor == null ? null : decode(cursor);
		List<ObjectNode> items = new ArrayList<>();
		int limit = store.pageSize();
		String last = null;
		for (AssetFamily family : store.families()) {
			if (items.size() == limit) {
				break;
			}
			if (after == null || family.code().compareTo(after) > 0) {
				items.add(Links.withSelf(family.json(), baseUrl + FAMILIES + "/" + family.code()));
				last = family.code();
			}
		}
		return ApiResponse.ok(list(baseUrl, FAMILIES, new LinkedHashMap<>(), cursor, items, limit, last));
	}

	private static ApiResponse attributes(AssetFamily family) {
		ArrayNode attributes = Json.MAPPER.createArrayNode();
		family.attributes().values().forEach(attributes::add);
		return ApiResponse.ok(attributes);
	}

	private ApiResponse assets(ApiRequest request, String baseUrl, AssetFamily family, String familyCode) {
		Predicate<ObjectNode> search = AssetSearch.parse(request.param("search"), clock.get());
		ValuesFilter values = ValuesFilter.from(request, reference);
		String cursor = request.param("search_after");
		String after = cursor == null ? null : decode(cursor);
		AssetFamily existing = existing(family, familyCode);
		ObjectNode[] snapshot = existing.assets().snapshot();
		int start = after == null ? 0 : SortedStore.indexAfter(snapshot, a -> a.get("code").asString(), after);
		int limit = store.pageSize();
		String path = FAMILIES + "/" + familyCode + "/assets";
		List<ObjectNode> items = new ArrayList<>();
		String last = null;
		for (int i = start; i < snapshot.length && items.size() < limit; i++) {
			if (search.test(snapshot[i])) {
				last = snapshot[i].get("code").asString();
				items.add(Links.withSelf(served(existing, snapshot[i], values, baseUrl), baseUrl + path + "/" + last));
			}
		}
		Map<String, String> params = new LinkedHashMap<>();
		params.put("channel", request.param("channel"));
		params.put("locales", request.param("locales"));
		params.put("search", request.param("search"));
		return ApiResponse.ok(list(baseUrl, path, params, cursor, items, limit, last));
	}

	private ApiResponse asset(AssetFamily family, String code, String baseUrl) {
		ObjectNode asset = family.assets().get(code)
			.orElseThrow(() -> ApiException.notFound("Asset \"" + code + "\" does not exist."));
		return ApiResponse.ok(served(family, asset, ValuesFilter.ALL, baseUrl));
	}

	/** The asset as Akeneo serves it: its values trimmed by the filter, with download, share and link data. */
	private ObjectNode served(AssetFamily family, ObjectNode stored, ValuesFilter filter, String baseUrl) {
		ObjectNode asset = Json.object();
		asset.put("code", stored.get("code").asString());
		ObjectNode values = asset.putObject("values");
		for (Map.Entry<String, JsonNode> entry : stored.get("values").properties()) {
			String attribute = entry.getKey();
			ArrayNode served = Json.MAPPER.createArrayNode();
			for (JsonNode value : entry.getValue()) {
				if (filter.keeps(value)) {
					served.add(value(family, attribute, (ObjectNode) value.deepCopy(), baseUrl));
				}
			}
			if (!served.isEmpty()) {
				values.set(attribute, served);
			}
		}
		asset.set("created", stored.get("created"));
		asset.set("updated", stored.get("updated"));
		return asset;
	}

	private ObjectNode value(AssetFamily family, String attribute, ObjectNode value, String baseUrl) {
		JsonNode data = value.path("data");
		switch (family.attributeType(attribute)) {
			case AssetStore.MEDIA_FILE -> {
				if (data.isString()) {
					ObjectNode links = value.putObject("_links");
					links.set("download", Links.link(baseUrl + MediaFilesEndpoint.ASSET_MEDIA_FILES + data.asString()));
					if (family.sharingEnabled()) {
						links.set("share_link", Links.link(
								MediaFilesEndpoint.shareLink(baseUrl, family.code(), attribute, data.asString())));
					}
				}
			}
			case AssetStore.MEDIA_LINK -> {
				if (data.isString() && store.linkedData()) {
					ObjectNode definition = family.attribute(attribute).orElseThrow();
					String prefix = AssetStore.text(definition.path("prefix"), null);
					String suffix = AssetStore.text(definition.path("suffix"), null);
					ObjectNode linked = value.putObject("linked_data");
					linked.put("full_url", (prefix == null ? "" : prefix) + data.asString() + (suffix == null ? "" : suffix));
					linked.put("prefix", prefix);
					linked.put("suffix", suffix);
				}
			}
			default -> {
			}
		}
		return value;
	}

	/** A search-after list body: {@code self}, {@code first} and, after a full page, {@code next}. */
	private static ObjectNode list(String baseUrl, String path, Map<String, String> params, String cursor,
			List<ObjectNode> items, int limit, String last) {
		ObjectNode body = Json.object();
		ObjectNode links = body.putObject("_links");
		links.set("self", Links.link(Links.href(baseUrl, path, withCursor(params, cursor))));
		links.set("first", Links.link(Links.href(baseUrl, path, params)));
		if (items.size() == limit) {
			links.set("next", Links.link(Links.href(baseUrl, path, withCursor(params, encode(last)))));
		}
		Links.embed(body, items);
		return body;
	}

	private static Map<String, String> withCursor(Map<String, String> params, String cursor) {
		Map<String, String> copy = new LinkedHashMap<>(params);
		copy.put("search_after", cursor);
		return copy;
	}

	/** The opaque cursor of the lists: the last code served, base64url-encoded. */
	static String encode(String code) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(code.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String cursor) {
		try {
			String code = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (CODE.matcher(code).matches()) {
				return code;
			}
		}
		catch (IllegalArgumentException ignored) {
			// reported below
		}
		throw ApiException.unprocessable("Parameter \"search_after\" is not valid.");
	}

	private static AssetFamily existing(AssetFamily family, String code) {
		if (family == null) {
			throw ApiException.notFound("Asset family \"" + code + "\" does not exist.");
		}
		return family;
	}

	private static ApiException noRoute(ApiRequest request) {
		return ApiException.notFound("No route found for \"GET " + request.path() + "\"");
	}

	/**
	 * The {@code channel} and {@code locales} parameters of the asset list: a value per channel is kept for that
	 * channel only, a value per locale for those locales only; values per neither are always kept. The channel must
	 * exist and the locales be activated (422 {@code Invalid query parameters} otherwise).
	 */
	private record ValuesFilter(String channel, Set<String> locales) {

		static final ValuesFilter ALL = new ValuesFilter(null, null);

		static ValuesFilter from(ApiRequest request, ReferenceStore reference) {
			String channel = request.param("channel");
			if (channel != null && !reference.channelCodes().contains(channel)) {
				throw invalidQuery("channel", "The channel \"" + channel + "\" does not exist.");
			}
			String text = request.param("locales");
			Set<String> locales = text == null || text.isEmpty() ? null
					: Arrays.stream(text.split(",")).collect(Collectors.toUnmodifiableSet());
			Set<String> enabled = reference.enabledLocales();
			for (String locale : locales == null ? Set.<String>of() : locales) {
				if (!enabled.contains(locale)) {
					throw invalidQuery("locales", "The locale \"" + locale + "\" is not activated.");
				}
			}
			return new ValuesFilter(channel, locales);
		}

		boolean keeps(JsonNode value) {
			JsonNode valueChannel = value.path("channel");
			JsonNode valueLocale = value.path("locale");
			return (channel == null || !valueChannel.isString() || channel.equals(valueChannel.asString()))
					&& (locales == null || !valueLocale.isString() || locales.contains(valueLocale.asString()));
		}

		private static ApiException invalidQuery(String property, String message) {
			ObjectNode body = Json.object();
			body.put("code", 422);
			body.put("message", "Invalid query parameters");
			ObjectNode error = body.putArray("errors").addObject();
			error.put("property", property);
			error.put("message", message);
			return new ApiException(ApiResponse.json(422, body));
		}

	}

}
