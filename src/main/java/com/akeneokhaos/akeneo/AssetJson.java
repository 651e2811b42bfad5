package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads Asset Manager JSON: families, their attributes and assets. */
final class AssetJson {

	private AssetJson() {
	}

	static AssetFamily family(JsonNode family, List<JsonNode> attributes) {
		Map<String, AssetFamily.Attribute> byCode = new LinkedHashMap<>();
		for (JsonNode attribute : attributes) {
			String code = JsonReading.requiredText(attribute, "code");
			byCode.put(code, new AssetFamily.Attribute(code, JsonReading.requiredText(attribute, "type"),
					JsonReading.text(attribute, "prefix"), JsonReading.text(attribute, "suffix")));
		}
		return new AssetFamily(JsonReading.requiredText(family, "code"), JsonReading.text(family,
				"attribute_as_main_media"), byCode);
	}

	static Asset asset(String family, JsonNode asset) {
		Map<String, List<Asset.Value>> values = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> attribute : asset.path("values").properties()) {
			List<Asset.Value> list = new ArrayList<>();
			for (JsonNode value : attribute.getValue()) {
				list.add(new Asset.Value(JsonReading.text(value, "locale"), JsonReading.text(value, "channel"),
						value.path("data"), JsonReading.text(value.path("linked_data"), "full_url"),
						JsonReading.text(value.path("_links").path("share_link"), "href")));
			}
			values.put(attribute.getKey(), list);
		}
		return new Asset(family, JsonReading.requiredText(asset, "code"), values, JsonReading.text(asset, "updated"));
	}

}
