package com.akeneokhaos.sandbox.akeneo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code search} parameter of {@code GET asset-families/{code}/assets}, checked as Akeneo's Asset Manager
 * checks it: a parameter that is not JSON answers 400; a JSON value outside its schema (only {@code updated} and
 * {@code complete}, an {@code updated} condition being {@code >}/{@code <} with an ISO 8601 date-time,
 * {@code BETWEEN}/{@code NOT BETWEEN} with two, or {@code SINCE LAST N DAYS} with an integer) answers 422
 * {@code The search filters have an invalid format.} with the offending properties in {@code errors}. All
 * {@code updated} conditions must hold. The {@code complete} filter (completeness per channel and locales) is not
 * simulated and answers 422.
 */
final class AssetSearch {

	private static final String INVALID = "The search filters have an invalid format.";

	private AssetSearch() {
	}

	static Predicate<ObjectNode> parse(String search, Instant now) {
		if (search == null) {
			return asset -> true;
		}
		JsonNode root = read(search);
		if (root.isArray()) {
			if (root.isEmpty()) {
				return asset -> true;
			}
			throw invalid("", "Array value found, but an object is required");
		}
		Predicate<ObjectNode> all = asset -> true;
		for (String property : root.propertyNames()) {
			switch (property) {
				case "updated" -> all = all.and(updated(root.get(property), now));
				case "code" -> all = all.and(code(root.get(property)));
				case "complete" -> throw ApiException.unprocessable(
						"Filter on property \"complete\" is not supported by the simulator");
				default -> throw invalid("", "The property " + property + " is not defined and the definition does not "
						+ "allow additional properties");
			}
		}
		return all;
	}

	private static JsonNode read(String search) {
		try {
			JsonNode root = Json.MAPPER.readTree(search);
			if (root != null && (root.isObject() || root.isArray())) {
				return root;
			}
		}
		catch (JacksonException ignored) {
			// reported below
		}
		throw new ApiException(400, "The search query parameter must be a valid JSON.");
	}

	/**
	 * The asset code filter (SaaS): {@code {"code":[{"operator":"IN","value":["a","b"]}]}}, or {@code NOT IN}; the value
	 * a non-empty list of strings.
	 */
	private static Predicate<ObjectNode> code(JsonNode conditions) {
		if (!conditions.isArray() || conditions.isEmpty()) {
			throw invalid("code", conditions.isArray() ? "There must be a minimum of 1 items in the array"
					: "Expected an array");
		}
		Predicate<ObjectNode> all = asset -> true;
		for (int i = 0; i < conditions.size(); i++) {
			JsonNode condition = conditions.get(i);
			String operator = condition.path("operator").asString("");
			JsonNode value = condition.path("value");
			if (!(operator.equals("IN") || operator.equals("NOT IN")) || !value.isArray() || value.isEmpty()
					|| !value.valueStream().allMatch(JsonNode::isString)) {
				throw invalid("code[" + i + "]", "the code filter takes IN or NOT IN with a non-empty list of codes");
			}
			Set<String> codes = new HashSet<>(value.valueStream().map(JsonNode::asString).toList());
			Predicate<ObjectNode> in = asset -> codes.contains(asset.path("code").asString());
			all = all.and(operator.equals("IN") ? in : in.negate());
		}
		return all;
	}

	private static Predicate<ObjectNode> updated(JsonNode conditions, Instant now) {
		if (!conditions.isArray() || conditions.isEmpty()) {
			throw invalid("updated", conditions.isArray() ? "There must be a minimum of 1 items in the array"
					: "Expected an array");
		}
		Predicate<ObjectNode> all = asset -> true;
		for (int i = 0; i < conditions.size(); i++) {
			Predicate<Instant> test = condition(conditions.get(i), "updated[" + i + "]", now);
			all = all.and(asset -> test.test(OffsetDateTime.parse(asset.get("updated").asString()).toInstant()));
		}
		return all;
	}

	private static Predicate<Instant> condition(JsonNode condition, String property, Instant now) {
		if (!condition.isObject() || !condition.path("operator").isString() || !condition.has("value")) {
			throw invalid(property, "The properties operator and value are required");
		}
		JsonNode value = condition.get("value");
		return switch (condition.get("operator").asString()) {
			case ">" -> {
				Instant after = dateTime(value, property + ".value");
				yield updated -> updated.isAfter(after);
			}
			case "<" -> {
				Instant before = dateTime(value, property + ".value");
				yield updated -> updated.isBefore(before);
			}
			case "BETWEEN" -> between(value, property);
			case "NOT BETWEEN" -> between(value, property).negate();
			case "SINCE LAST N DAYS" -> {
				if (!value.isIntegralNumber()) {
					throw invalid(property + ".value", value.getNodeType().name().toLowerCase(Locale.ROOT)
							+ " value found, but an integer is required");
				}
				Instant since = now.minus(Duration.ofDays(value.asLong()));
				yield updated -> !updated.isBefore(since);
			}
			default -> throw invalid(property + ".operator", "Does not have a value in the enumeration "
					+ "[\">\",\"<\",\"BETWEEN\",\"NOT BETWEEN\",\"SINCE LAST N DAYS\"]");
		};
	}

	private static Predicate<Instant> between(JsonNode value, String property) {
		if (!value.isArray() || value.size() != 2) {
			throw invalid(property + ".value", "An array of exactly 2 date-times is required");
		}
		Instant from = dateTime(value.get(0), property + ".value[0]");
		Instant to = dateTime(value.get(1), property + ".value[1]");
		return updated -> !updated.isBefore(from) && !updated.isAfter(to);
	}

	/** An RFC 3339 date-time, e.g. {@code 2026-11-30T10:00:00Z} or {@code 2026-11-30T10:00:00+01:00}. */
	private static Instant dateTime(JsonNode value, String property) {
		if (value.isString()) {
			try {
				return OffsetDateTime.parse(value.asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ignored) {
				// reported below
			}
		}
		throw invalid(property, "Invalid date-time " + value + ", expected format YYYY-MM-DDThh:mm:ssZ or "
				+ "YYYY-MM-DDThh:mm:ss+hh:mm");
	}

	/** Akeneo's 422 for a search outside the schema, with the JSON schema validator's error for one property. */
	private static ApiException invalid(String property, String message) {
		ObjectNode body = Json.object();
		body.put("code", 422);
		body.put("message", INVALID);
		ArrayNode errors = body.putArray("errors");
		ObjectNode error = errors.addObject();
		error.put("property", property);
		error.put("message", message);
		return new ApiException(ApiResponse.json(422, body));
	}

}
