package com.akeneokhaos.sandbox.akeneo;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A simulated response: status, JSON body and extra headers. */
record ApiResponse(int status, byte[] body, Map<String, String> headers) {

	static ApiResponse json(int status, JsonNode body) {
		return new ApiResponse(status, Json.bytes(body), Map.of());
	}

	static ApiResponse ok(JsonNode body) {
		return json(200, body);
	}

	/** Akeneo's error body, as the spec documents it for every 4xx and 5xx. */
	static ApiResponse error(int status, String message) {
		ObjectNode body = Json.object();
		body.put("code", status);
		body.put("message", message);
		return json(status, body);
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(headers);
		copy.put(name, value);
		return new ApiResponse(status, body, Map.copyOf(copy));
	}

}
