package com.akeneokhaos.sandbox.khaos;

import java.net.URI;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The channel URLs the simulator uses, read from the channel's EndpointConfig (JSON, same element names
 * as the XML sample: {@code {"ProvidedStock":{"URL":…,"Format":"JSON"}, "StockUpload":…,
 * "StockStatusUpload":…}}, optionally wrapped in {@code {"EndpointConfig":…}}).
 *
 * @param providedStock where Khaos GETs stock changes (required)
 * @param stockUpload where Khaos POSTs its stock items, if configured
 * @param stockStatusUpload where Khaos POSTs stock levels, if configured
 */
public record ChannelEndpoints(URI providedStock, Optional<URI> stockUpload, Optional<URI> stockStatusUpload) {

	/** Reads an EndpointConfig; relative URLs are resolved against {@code configUrl}. */
	static ChannelEndpoints from(JsonNode config, URI configUrl) {
		JsonNode root = config.has("EndpointConfig") ? config.get("EndpointConfig") : config;
		URI provided = endpoint(root, "ProvidedStock", configUrl)
			.orElseThrow(() -> new KhaosSimulatorException("EndpointConfig has no ProvidedStock URL"));
		return new ChannelEndpoints(provided, endpoint(root, "StockUpload", configUrl),
				endpoint(root, "StockStatusUpload", configUrl));
	}

	private static Optional<URI> endpoint(JsonNode root, String name, URI configUrl) {
		JsonNode node = root.get(name);
		if (node == null || !node.isObject()) {
			return Optional.empty();
		}
		String url = KhaosJson.text(node, "URL").filter(u -> !u.isBlank())
			.orElseThrow(() -> new KhaosSimulatorException("EndpointConfig " + name + " has no URL"));
		String format = KhaosJson.text(node, "Format").orElse("JSON");
		if (!"JSON".equalsIgnoreCase(format)) {
			throw new KhaosSimulatorException(
					"EndpointConfig " + name + " format is " + format + "; the simulator speaks JSON only");
		}
		try {
			return Optional.of(configUrl.resolve(url));
		}
		catch (IllegalArgumentException ex) {
			throw new KhaosSimulatorException("EndpointConfig " + name + " URL is not a URL: " + url, ex);
		}
	}

}
