package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's Asset Manager and product media files: asset families (by code, in code order, as Akeneo's
 * search-after list serves them), each with its asset attributes (in creation order) and its assets (in code order),
 * the codes of the asset media files those assets hold, and the product media files with their metadata.
 * Copy-on-write: readers see immutable snapshots; stored nodes are never mutated once published.
 */
final class AssetStore {

	/** Akeneo's asset attribute types, as {@code GET asset-families/{code}/attributes} lists them. */
	static final Set<String> ATTRIBUTE_TYPES = Set.of("text", "media_link", "number", "media_file", "single_option",
			"multiple_options", "boolean", "date", "record");

	static final Set<String> MEDIA_TYPES = Set.of("image", "pdf", "youtube", "vimeo", "other");

	static final String MEDIA_FILE = "media_file";

	static final String MEDIA_LINK = "media_link";

	/** Asset family, asset attribute and asset codes: letters, digits and underscores, as Akeneo validates them. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+");

	/** One asset family: its JSON, its attributes by code and its assets. */
	record AssetFamily(ObjectNode json, Map<String, ObjectNode> attributes, SortedStore<ObjectNode> assets) {

		String code() {
			return json.get("code").asString();
		}

		Optional<ObjectNode> attribute(String code) {
			return Optional.ofNullable(attributes.get(code));
		}

		String attributeType(String code) {
			return attribute(code).map(a -> text(a.path("type"), "")).orElse("");
		}

		boolean sharingEnabled() {
			return json.path("sharing_enabled").asBoolean(false);
		}

	}

	/** The page size of Akeneo's asset and asset family lists: a server setting, not a request parameter. */
	static final int DEFAULT_PAGE_SIZE = 100;

	private volatile Map<String, AssetFamily> families = Map.of();

	private volatile int pageSize = DEFAULT_PAGE_SIZE;

	private volatile boolean linkedData = true;

	private volatile Set<String> assetMediaFiles = Set.of();

	private volatile Map<String, ObjectNode> mediaFiles = Map.of();

	int pageSize() {
		return pageSize;
	}

	void pageSize(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("a page holds at least one item");
		}
		pageSize = size;
	}

	/** Whether media link values are served with {@code linked_data} ({@code full_url}, {@code prefix}, {@code suffix}). */
	boolean linkedData() {
		return linkedData;
	}

	void linkedData(boolean served) {
		linkedData = served;
	}

	/** Every family, in code order. */
	List<AssetFamily> families() {
		return List.copyOf(families.values());
	}

	Optional<AssetFamily> family(String code) {
		return Optional.ofNullable(families.get(code));
	}

	/**
	 * Adds or replaces an asset family and its attributes (the family keeps its assets when replaced). Fills the
	 * spec's defaults: {@code labels} {}, {@code attribute_as_main_media} the first media file or media link
	 * attribute, {@code naming_convention} {}, {@code product_link_rules} and {@code transformations} [].
	 */
	synchronized void putFamily(ObjectNode family, List<ObjectNode> attributes) {
		String code = code(family.path("code"), "asset family");
		Map<String, ObjectNode> byCode = new LinkedHashMap<>();
		for (ObjectNode attribute : attributes) {
			ObjectNode stored = attribute(attribute);
			if (byCode.put(stored.get("code").asString(), stored) != null) {
				throw new IllegalArgumentException("asset attribute " + stored.get("code").asString() + " given twice");
			}
		}
		ObjectNode json = family(family, code, byCode);
		AssetFamily current = families.get(code);
		SortedStore<ObjectNode> assets = current != null ? current.assets()
				: new SortedStore<>(new ObjectNode[0], asset -> asset.get("code").asString(), "asset");
		Map<String, AssetFamily> copy = new TreeMap<>(families);
		copy.put(code, new AssetFamily(json, Collections.unmodifiableMap(byCode), assets));
		families = copy;
	}

	/**
	 * Adds or replaces an asset: every value must be of an attribute of the family; each is kept as
	 * {@code {locale, channel, data}} (links are added when served). {@code updated} becomes now; {@code created}
	 * stays that of the asset it replaces, else is the given one or now. Returns the stored asset.
	 */
	synchronized ObjectNode putAsset(String familyCode, ObjectNode asset, Instant now) {
		AssetFamily family = family(familyCode)
			.orElseThrow(() -> new IllegalArgumentException("unknown asset family " + familyCode));
		String code = code(asset.path("code"), "asset");
		ObjectNode stored = Json.object();
		stored.put("code", code);
		ObjectNode values = stored.putObject("values");
		Set<String> files = new HashSet<>(assetMediaFiles);
		for (Map.Entry<String, JsonNode> entry : asset.path("values").properties()) {
			String attribute = entry.getKey();
			if (family.attribute(attribute).isEmpty()) {
				throw new IllegalArgumentException("asset family " + familyCode + " has no attribute " + attribute);
			}
			ArrayNode kept = values.putArray(attribute);
			for (JsonNode value : entry.getValue()) {
				ObjectNode copy = kept.addObject();
				copy.set("locale", value.path("locale").isString() ? value.get("locale") : Json.MAPPER.nullNode());
				copy.set("channel", value.path("channel").isString() ? value.get("channel") : Json.MAPPER.nullNode());
				copy.set("data", value.path("data").deepCopy());
				if (MEDIA_FILE.equals(family.attributeType(attribute)) && value.path("data").isString()) {
					files.add(value.get("data").asString());
				}
			}
		}
		String updated = Json.date(now);
		Optional<ObjectNode> current = family.assets().get(code);
		String created = current.map(c -> c.get("created").asString())
			.orElse(asset.path("created").isString() ? asset.get("created").asString() : updated);
		stored.put("created", created);
		stored.put("updated", updated);
		family.assets().put(stored);
		assetMediaFiles = Set.copyOf(files);
		return stored.deepCopy();
	}

	Optional<ObjectNode> asset(String family, String code) {
		return family(family).flatMap(f -> f.assets().get(code)).map(ObjectNode::deepCopy);
	}

	boolean assetMediaFileExists(String code) {
		return assetMediaFiles.contains(code);
	}

	/**
	 * Adds or replaces a product media file ({@code code} required, e.g. {@code a/b/c/d/<sha1>_photo.jpg}); a
	 * missing {@code original_filename}, {@code extension}, {@code mime_type} or {@code size} is derived from the
	 * code and the bytes the download serves.
	 */
	synchronized ObjectNode putMediaFile(ObjectNode mediaFile) {
		String code = text(mediaFile.path("code"), "");
		if (code.isEmpty() || code.startsWith("/") || code.endsWith("/")) {
			throw new IllegalArgumentException("a media file needs a code such as a/b/c/d/<sha1>_name.jpg");
		}
		ObjectNode stored = Json.object();
		stored.put("code", code);
		String filename = text(mediaFile.path("original_filename"), MediaBytes.originalFilename(code));
		stored.put("original_filename", filename);
		String extension = text(mediaFile.path("extension"), MediaBytes.extension(filename));
		stored.put("mime_type", text(mediaFile.path("mime_type"), MediaBytes.mimeType(extension)));
		stored.put("size", mediaFile.path("size").isIntegralNumber() ? mediaFile.get("size").asLong()
				: MediaBytes.bytes(extension).length);
		stored.put("extension", extension);
		Map<String, ObjectNode> copy = new TreeMap<>(mediaFiles);
		copy.put(code, stored);
		mediaFiles = copy;
		return stored.deepCopy();
	}

	Optional<ObjectNode> mediaFile(String code) {
		return Optional.ofNullable(mediaFiles.get(code));
	}

	/** Every product media file, in code order. */
	List<ObjectNode> mediaFiles() {
		return new ArrayList<>(mediaFiles.values());
	}

	private static ObjectNode family(ObjectNode given, String code, Map<String, ObjectNode> attributes) {
		ObjectNode json = Json.object();
		json.put("code", code);
		json.set("labels", given.path("labels").isObject() ? given.get("labels").deepCopy() : Json.object());
		String main = text(given.path("attribute_as_main_media"), null);
		if (main == null) {
			main = attributes.values().stream().filter(AssetStore::isMedia).map(a -> a.get("code").asString())
				.findFirst().orElse(null);
		}
		else if (!attributes.containsKey(main) || !isMedia(attributes.get(main))) {
			throw new IllegalArgumentException("attribute_as_main_media " + main + " must be a media file or media "
					+ "link attribute of the family " + code);
		}
		json.put("attribute_as_main_media", main);
		json.set("naming_convention",
				given.path("naming_convention").isObject() ? given.get("naming_convention").deepCopy() : Json.object());
		json.set("product_link_rules", given.path("product_link_rules").isArray()
				? given.get("product_link_rules").deepCopy() : Json.MAPPER.createArrayNode());
		json.set("transformations", given.path("transformations").isArray() ? given.get("transformations").deepCopy()
				: Json.MAPPER.createArrayNode());
		given.properties().forEach(entry -> {
			if (!json.has(entry.getKey())) {
				json.set(entry.getKey(), entry.getValue().deepCopy());
			}
		});
		return json;
	}

	/** An asset attribute with the spec's defaults for the common properties; media ones need a media type. */
	private static ObjectNode attribute(ObjectNode given) {
		String code = code(given.path("code"), "asset attribute");
		String type = text(given.path("type"), "");
		if (!ATTRIBUTE_TYPES.contains(type)) {
			throw new IllegalArgumentException("asset attribute " + code + " has an unknown type \"" + type + "\"");
		}
		ObjectNode json = Json.object();
		json.put("code", code);
		json.set("labels", given.path("labels").isObject() ? given.get("labels").deepCopy() : Json.object());
		json.put("type", type);
		json.put("value_per_locale", given.path("value_per_locale").asBoolean(false));
		json.put("value_per_channel", given.path("value_per_channel").asBoolean(false));
		json.put("is_required_for_completeness", given.path("is_required_for_completeness").asBoolean(false));
		json.put("is_read_only", given.path("is_read_only").asBoolean(false));
		if (isMedia(json)) {
			String mediaType = text(given.path("media_type"), "");
			if (!MEDIA_TYPES.contains(mediaType)) {
				throw new IllegalArgumentException("asset attribute " + code + " needs a media_type among " + MEDIA_TYPES);
			}
			json.put("media_type", mediaType);
		}
		if (MEDIA_LINK.equals(type)) {
			json.set("prefix", given.path("prefix").isString() ? given.get("prefix") : Json.MAPPER.nullNode());
			json.set("suffix", given.path("suffix").isString() ? given.get("suffix") : Json.MAPPER.nullNode());
		}
		given.properties().forEach(entry -> {
			if (!json.has(entry.getKey())) {
				json.set(entry.getKey(), entry.getValue().deepCopy());
			}
		});
		return json;
	}

	private static boolean isMedia(JsonNode attribute) {
		String type = text(attribute.path("type"), "");
		return MEDIA_FILE.equals(type) || MEDIA_LINK.equals(type);
	}

	/** The node's text if it is a string, else the default. */
	static String text(JsonNode node, String byDefault) {
		return node.isString() ? node.asString() : byDefault;
	}

	private static String code(JsonNode code, String what) {
		if (!code.isString() || !CODE.matcher(code.asString()).matches()) {
			throw new IllegalArgumentException("an " + what + " needs a code of letters, digits and underscores, not "
					+ code);
		}
		return code.asString();
	}

}
