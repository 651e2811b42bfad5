package com.akeneokhaos.sandbox.akeneo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

/** One incoming request, decoded once: method, path, query parameters, headers and body. */
record ApiRequest(String method, String path, String rawQuery, Map<String, String> params, Headers headers,
		byte[] body) {

	static ApiRequest from(HttpExchange exchange) throws IOException {
		String rawQuery = exchange.getRequestURI().getRawQuery();
		try (InputStream in = exchange.getRequestBody()) {
			return new ApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), rawQuery,
					parseQuery(rawQuery), exchange.getRequestHeaders(), in.readAllBytes());
		}
	}

	/** Path and query as sent, for the request log. */
	String pathAndQuery() {
		return rawQuery == null ? path : path + "?" + rawQuery;
	}

	String param(String name) {
		return params.get(name);
	}

	String header(String name) {
		return headers.getFirst(name);
	}

	String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/** Decodes {@code a=1&b=x%20y} (also form bodies); the first value of a repeated name wins. */
	static Map<String, String> parseQuery(String raw) {
		Map<String, String> params = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return params;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			params.putIfAbsent(name, value);
		}
		return params;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
