package com.akeneokhaos.sandbox.akeneo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Shared JSON plumbing for the sandbox: one mapper and Akeneo's date format. */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Akeneo's product and category dates, e.g. {@code 2024-05-01T10:00:00+00:00}. */
	static final DateTimeFormatter AKENEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
		.withZone(ZoneOffset.UTC);

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static String date(long epochSecond) {
		return AKENEO_DATE.format(Instant.ofEpochSecond(epochSecond));
	}

	static String date(Instant instant) {
		return date(instant.getEpochSecond());
	}

	static long epochSecond(String akeneoDate) {
		return OffsetDateTime.parse(akeneoDate).toEpochSecond();
	}

	static ObjectNode labels(String english, String french) {
		ObjectNode labels = object();
		labels.put("en_GB", english);
		labels.put("fr_FR", french);
		return labels;
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	static ObjectNode parseObject(byte[] json) {
		return (ObjectNode) MAPPER.readTree(json);
	}

}
