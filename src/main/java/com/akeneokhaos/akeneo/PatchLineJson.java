package com.akeneokhaos.akeneo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Matches the answer of a collection PATCH to the lines sent: by each answer line's {@code line} number (its position
 * in the answer when it has none), so that every line sent gets exactly one {@link PatchLine}, in the order sent.
 */
final class PatchLineJson {

	private PatchLineJson() {
	}

	/**
	 * @param sent the lines of one request
	 * @param answer Akeneo's answer to it, one object per line
	 * @param linesBefore how many lines earlier requests of the same call carried, added to each line number
	 */
	static List<PatchLine> lines(List<? extends JsonNode> sent, List<JsonNode> answer, int linesBefore) {
		Map<Integer, JsonNode> byLine = new HashMap<>();
		for (int i = 0; i < answer.size(); i++) {
			JsonNode line = answer.get(i);
			byLine.putIfAbsent(line.path("line").isIntegralNumber() ? line.get("line").asInt() : i + 1, line);
		}
		List<PatchLine> lines = new ArrayList<>(sent.size());
		for (int i = 0; i < sent.size(); i++) {
			String sentUuid = JsonReading.text(sent.get(i), "uuid");
			JsonNode line = byLine.get(i + 1);
			lines.add((line == null) ? unanswered(linesBefore + i + 1, sentUuid)
					: answered(linesBefore + i + 1, sentUuid, line));
		}
		return lines;
	}

	/**
	 * One answered line. Its status is {@code status_code} as the spec documents it; some Akeneo versions write a
	 * refused line's status as {@code code} instead (the error body of the single PATCH merged in as it is), so that
	 * is read too.
	 */
	private static PatchLine answered(int number, @Nullable String sentUuid, JsonNode line) {
		JsonNode status = line.path("status_code").isIntegralNumber() ? line.get("status_code") : line.path("code");
		String uuid = JsonReading.text(line, "uuid");
		return new PatchLine(number, (uuid != null) ? uuid : sentUuid,
				status.isIntegralNumber() ? status.asInt() : PatchLine.NO_ANSWER, JsonReading.text(line, "message"),
				ApiErrorHandler.errors(line));
	}

	private static PatchLine unanswered(int number, @Nullable String sentUuid) {
		return new PatchLine(number, sentUuid, PatchLine.NO_ANSWER,
				"Akeneo's answer stopped before this line, which may or may not have been applied", List.of());
	}

}
