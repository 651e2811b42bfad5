package com.akeneokhaos.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SHA-256 of a payload in canonical form (object keys sorted), so that an item whose mapped payload
 * did not change is recognised as unchanged whatever order the mapping produced its fields in.
 */
public final class PayloadHash {

	private PayloadHash() {
	}

	public static String of(JsonNode payload) {
		return HexFormat.of().formatHex(sha256(canonical(payload).toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** SHA-256 of a text, in hex: a fingerprint of settings or a stored document. */
	public static String ofText(String text) {
		return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	public static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private static JsonNode canonical(JsonNode node) {
		if (node.isObject()) {
			Map<String, JsonNode> sorted = new TreeMap<>();
			node.properties().forEach(e -> sorted.put(e.getKey(), canonical(e.getValue())));
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			sorted.forEach(copy::set);
			return copy;
		}
		if (node.isArray()) {
			var copy = JsonNodeFactory.instance.arrayNode();
			for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext();) {
				copy.add(canonical(it.next()));
			}
			return copy;
		}
		return node;
	}

}
