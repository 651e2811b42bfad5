package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code PATCH /api/rest/v1/products-uuid/{uuid}} ({@code application/json}, one product) and the collection
 * {@code PATCH /api/rest/v1/products-uuid} ({@code application/vnd.akeneo.collection+json}, one product per line,
 * at most 100), answered as Akeneo's headers subscriber and stream response do: a missing or other
 * {@code Content-Type} (parameters such as {@code charset} ignored) answers 415, more than 100 lines 413 before any
 * line is applied; otherwise 200 with one JSON line per line, in order,
 * {@code {"line":1,"uuid":"…","status_code":204}}, or with Akeneo's {@code message} (and {@code errors} or
 * {@code _links}) for a line refused: 400 for a line that is not JSON, 422 for a line without a {@code uuid}, 413
 * for a line over 1,000,000 characters, whatever {@link ProductPatcher} answers otherwise. Lines are applied one
 * after another, so a refused line leaves the others applied.
 */
final class ProductPatchEndpoint {

	static final String JSON = "application/json";

	static final String COLLECTION = "application/vnd.akeneo.collection+json";

	static final int MAX_LINES = 100;

	private static final int MAX_LINE_LENGTH = 1_000_000;

	private static final String INVALID_JSON = "Invalid json message received";

	private final ProductPatcher patcher;

	ProductPatchEndpoint(ProductPatcher patcher) {
		this.patcher = patcher;
	}

	/** Whether the path is the product collection or one product, the two PATCH routes. */
	static boolean serves(String path) {
		return path.equals(ProductsEndpoint.PATH) || (path.startsWith(ProductsEndpoint.PATH + "/")
				&& path.indexOf('/', ProductsEndpoint.PATH.length() + 1) < 0
				&& path.length() > ProductsEndpoint.PATH.length() + 1);
	}

	/** Whether the path is the collection, whose PATCH takes lines. */
	static boolean isCollection(String path) {
		return path.equals(ProductsEndpoint.PATH);
	}

	/**
	 * The lines of a collection body as Akeneo's stream reader splits it: on {@code \n}, a final newline ending the
	 * last line rather than starting an empty one.
	 */
	static List<String> lines(String body) {
		if (body.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(Arrays.asList(body.split("\n", -1)));
		if (lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	ApiResponse handle(ApiRequest request, String baseUrl) {
		if (isCollection(request.path())) {
			return collection(request, baseUrl);
		}
		requireContentType(request, JSON);
		JsonNode body = readOrNull(request.bodyText());
		if (body == null || !body.isObject()) {
			throw new ApiException(400, INVALID_JSON);
		}
		String uuid = request.path().substring(ProductsEndpoint.PATH.length() + 1);
		return patcher.patch(uuid, (ObjectNode) body, baseUrl);
	}

	private ApiResponse collection(ApiRequest request, String baseUrl) {
		requireContentType(request, COLLECTION);
		List<String> lines = lines(request.bodyText());
		if (lines.size() > MAX_LINES) {
			throw new ApiException(413, "Too many resources to process, " + MAX_LINES + " is the maximum allowed.");
		}
		StringBuilder answer = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			answer.append(i > 0 ? "\n" : "").append(Json.MAPPER.writeValueAsString(line(i + 1, lines.get(i), baseUrl)));
		}
		return new ApiResponse(200, answer.toString().getBytes(StandardCharsets.UTF_8),
				Map.of("Content-Type", COLLECTION));
	}

	/** One line's outcome: the line number, its uuid, then the status and body the single PATCH would answer. */
	private ObjectNode line(int number, String text, String baseUrl) {
		ObjectNode outcome = Json.object();
		outcome.put("line", number);
		if (text.length() > MAX_LINE_LENGTH) {
			return refused(outcome, 413, "Line is too long.");
		}
		JsonNode data = readOrNull(text);
		if (data == null) {
			return refused(outcome, 400, INVALID_JSON);
		}
		JsonNode uuid = data.path("uuid");
		if (!uuid.isMissingNode() && !uuid.isNull() && !uuid.isString()) {
			return refused(outcome, 422, "uuid must be of type string.");
		}
		if (!uuid.isString() || uuid.asString().isBlank()) {
			return refused(outcome, 422, "Uuid is missing.");
		}
		ApiResponse answer = patcher.patch(uuid.asString(), (ObjectNode) data, baseUrl);
		outcome.put("uuid", uuid.asString().toLowerCase(Locale.ROOT));
		if (answer.body().length == 0) {
			outcome.put("status_code", answer.status());
			return outcome;
		}
		ObjectNode body = Json.parseObject(answer.body());
		outcome.put("status_code", answer.status());
		body.remove("code");
		outcome.setAll(body);
		return outcome;
	}

	private static ObjectNode refused(ObjectNode outcome, int status, String message) {
		outcome.put("status_code", status);
		outcome.put("message", message);
		return outcome;
	}

	/** The JSON of a body or line, or null when it is not JSON or is JSON {@code null}, as PHP's json_decode. */
	private static JsonNode readOrNull(String text) {
		try {
			JsonNode node = Json.MAPPER.readTree(text);
			return (node == null || node.isNull() || node.isMissingNode()) ? null : node;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * Akeneo's CheckHeadersRequestSubscriber for PATCH: the {@code Content-Type} before any {@code ;} must be the
	 * route's type.
	 */
	private static void requireContentType(ApiRequest request, String allowed) {
		String header = request.header("Content-Type");
		String type = (header == null) ? "" : header.split(";", 2)[0].strip();
		if (type.isEmpty()) {
			throw new ApiException(415,
					"The \"Content-Type\" header is missing. \"" + allowed + "\" has to be specified as value.");
		}
		if (!type.equals(allowed)) {
			throw new ApiException(415,
					"\"" + type + "\" in \"Content-Type\" header is not valid. Only \"" + allowed + "\" is allowed.");
		}
	}

}
