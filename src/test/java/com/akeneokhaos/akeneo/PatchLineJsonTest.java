package com.akeneokhaos.akeneo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each line sent gets exactly one {@link PatchLine}, whatever shape Akeneo's answer takes: lines matched by number,
 * a refused line's status read from {@code status_code} or, as some Akeneo versions write it, from {@code code}, and
 * lines the answer never reached reported as unanswered rather than lost.
 */
class PatchLineJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<ObjectNode> SENT = List.of(line("u-1"), line("u-2"), line("u-3"));

	@ParameterizedTest
	@ValueSource(strings = { "status_code", "code" })
	void readsARefusedLinesStatusUnderEitherName(String statusName) {
		// given
		List<JsonNode> answer = answer("{\"line\":1,\"uuid\":\"u-1\",\"status_code\":204}",
				"{\"line\":2,\"uuid\":\"u-2\",\"" + statusName + "\":422,\"message\":\"The x attribute does not"
						+ " exist in your PIM.\",\"_links\":{\"documentation\":{\"href\":\"http://x\"}}}",
				"{\"line\":3,\"uuid\":\"u-3\",\"status_code\":201}");

		// when
		List<PatchLine> lines = PatchLineJson.lines(SENT, answer, 0);

		// then
		assertThat(lines).extracting(PatchLine::line, PatchLine::uuid, PatchLine::statusCode, PatchLine::applied)
			.containsExactly(tuple(1, "u-1", 204, true), tuple(2, "u-2", 422, false), tuple(3, "u-3", 201, true));
		assertThat(lines.get(1).message()).isEqualTo("The x attribute does not exist in your PIM.");
	}

	@Test
	void matchesLinesByNumberAndAddsTheLinesOfEarlierRequests() {
		// given
		List<JsonNode> answer = answer("{\"line\":3,\"uuid\":\"u-3\",\"status_code\":204}",
				"{\"line\":1,\"uuid\":\"u-1\",\"status_code\":201}",
				"{\"line\":2,\"uuid\":\"u-2\",\"status_code\":204}");

		// when
		List<PatchLine> lines = PatchLineJson.lines(SENT, answer, 100);

		// then
		assertThat(lines).extracting(PatchLine::line, PatchLine::uuid, PatchLine::statusCode)
			.containsExactly(tuple(101, "u-1", 201), tuple(102, "u-2", 204), tuple(103, "u-3", 204));
	}

	@Test
	void aLineTheAnswerNeverReachedIsUnansweredWithTheUuidSent() {
		// given
		List<JsonNode> answer = answer("{\"line\":1,\"uuid\":\"u-1\",\"status_code\":204}");

		// when
		List<PatchLine> lines = PatchLineJson.lines(SENT, answer, 0);

		// then
		assertThat(lines).extracting(PatchLine::uuid, PatchLine::statusCode, PatchLine::applied)
			.containsExactly(tuple("u-1", 204, true), tuple("u-2", PatchLine.NO_ANSWER, false),
					tuple("u-3", PatchLine.NO_ANSWER, false));
		assertThat(lines.get(1).reason())
			.isEqualTo("no answer: Akeneo's answer stopped before this line, which may or may not have been applied");
	}

	@Test
	void aLineRefusedBeforeItsUuidWasReadKeepsTheUuidSent() {
		// given
		List<JsonNode> answer = answer(
				"{\"line\":1,\"status_code\":400,\"message\":\"Invalid json message received\"}");

		// when
		PatchLine line = PatchLineJson.lines(SENT.subList(0, 1), answer, 0).get(0);

		// then
		assertThat(line).extracting(PatchLine::uuid, PatchLine::statusCode, PatchLine::reason)
			.containsExactly("u-1", 400, "400 Invalid json message received");
	}

	private static ObjectNode line(String uuid) {
		return JSON.createObjectNode().put("uuid", uuid);
	}

	private static List<JsonNode> answer(String... lines) {
		return List.of(lines).stream().map(JSON::readTree).toList();
	}

}
