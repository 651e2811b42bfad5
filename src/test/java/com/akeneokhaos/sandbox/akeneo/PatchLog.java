package com.akeneokhaos.sandbox.akeneo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every product PATCH the simulator answered, faults and refusals included, in the order they were answered. Each
 * is recorded from the request and the response actually sent, so what a test reads is what the client got.
 */
final class PatchLog {

	/** The statuses the product update itself answers to a single PATCH; any other refused the request first. */
	private static final Set<Integer> PRODUCT_OUTCOMES = Set.of(201, 204, 422);

	private final ConcurrentLinkedQueue<RecordedPatch> patches = new ConcurrentLinkedQueue<>();

	void record(ApiRequest request, ApiResponse response) {
		boolean collection = ProductPatchEndpoint.isCollection(request.path());
		List<String> lines = collection ? ProductPatchEndpoint.lines(request.bodyText()) : List.of(request.bodyText());
		List<RecordedPatch.Outcome> outcomes = new ArrayList<>();
		if (collection && response.status() == 200) {
			ProductPatchEndpoint.lines(new String(response.body(), StandardCharsets.UTF_8))
				.forEach(line -> outcomes.add(outcome(Json.MAPPER.readTree(line), response.status())));
		}
		else if (!collection && PRODUCT_OUTCOMES.contains(response.status())) {
			ObjectNode single = (response.body().length == 0) ? Json.object() : Json.parseObject(response.body());
			single.put("line", 1);
			single.put("uuid", request.path().substring(ProductsEndpoint.PATH.length() + 1).toLowerCase(Locale.ROOT));
			outcomes.add(outcome(single, response.status()));
		}
		patches.add(new RecordedPatch(request.path(), response.status(), lines, outcomes));
	}

	List<RecordedPatch> patches() {
		return List.copyOf(patches);
	}

	void reset() {
		patches.clear();
	}

	/** An outcome from a collection line, or from a single PATCH's body with {@code line} and {@code uuid} added. */
	private static RecordedPatch.Outcome outcome(JsonNode line, int responseStatus) {
		List<String> errors = new ArrayList<>();
		line.path("errors").forEach(error -> errors.add(error.path("message").asString()));
		int status = line.path("status_code").asInt(responseStatus);
		return new RecordedPatch.Outcome(line.path("line").asInt(), text(line.path("uuid")), status,
				text(line.path("message")), errors);
	}

	private static String text(JsonNode node) {
		return (node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

}
