package com.akeneokhaos.khaos;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The channel's EndpointConfig, which KCC reads from the configuration URL: the absolute URL and format
 * of each endpoint this channel serves, in KCC's XML or JSON form.
 */
final class EndpointConfig {

	static final String PROVIDED_STOCK = "ProvidedStock";

	static final String STOCK_UPLOAD = "StockUpload";

	static final String STOCK_STATUS_UPLOAD = "StockStatusUpload";

	private final Map<String, String> urls = new LinkedHashMap<>();

	EndpointConfig(ChannelProperties properties) {
		for (String endpoint : new String[] { STOCK_STATUS_UPLOAD, STOCK_UPLOAD, PROVIDED_STOCK }) {
			urls.put(endpoint, properties.endpointUrl(endpoint));
		}
	}

	String json(JsonMapper json) {
		ObjectNode root = json.createObjectNode();
		urls.forEach((endpoint, url) -> root.putObject(endpoint).put("URL", url).put("Format", "JSON"));
		return json.writeValueAsString(root);
	}

	String xml() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EndpointConfig>\n");
		urls.forEach((endpoint, url) -> xml.append("    <")
			.append(endpoint)
			.append(">\n        <URL>")
			.append(escaped(url))
			.append("</URL>\n        <Format>JSON</Format>\n    </")
			.append(endpoint)
			.append(">\n"));
		return xml.append("</EndpointConfig>\n").toString();
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
