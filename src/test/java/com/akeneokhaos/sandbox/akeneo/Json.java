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

	/** A product attribute in the shape of the generated ones (group {@code other}). */
	static ObjectNode productAttribute(String code, String type) {
		ObjectNode json = Json.object();
		json.put("code", code);
		json.put("type", type);
		json.put("group", "other");
		json.put("unique", false);
		json.put("useable_as_grid_filter", false);
		json.putArray("allowed_extensions");
		json.putNull("metric_family");
		json.putNull("default_metric_unit");
		json.putNull("reference_data_name");
		json.putArray("available_locales");
		json.putNull("max_characters");
		json.putNull("wysiwyg_enabled");
		json.putNull("decimals_allowed");
		json.putNull("negative_allowed");
		json.put("localizable", false);
		json.put("scopable", false);
		json.set("labels", Json.labels(code, code));
		return json;
	}

}
