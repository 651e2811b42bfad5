package com.akeneokhaos.writeback;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import static com.akeneokhaos.writeback.WriteBackFixtures.JSON;
import static com.akeneokhaos.writeback.WriteBackFixtures.properties;
import static com.akeneokhaos.writeback.WriteBackFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;

class ReleaseActionTest {

	static Stream<Arguments> actions() {
		return Stream.of(Arguments.of("boolean", action(true, Map.of("online", JSON.booleanNode(true)))),
				Arguments.of("whole number", action(true, Map.of("stock_min", JSON.numberNode(12)))),
				Arguments.of("fractional number", action(true, Map.of("weight", JSON.numberNode(12.5)))),
				Arguments.of("options", action(true, Map.of("channels", JSON.arrayNode().add("a").add("b")))),
				Arguments.of("text", action(true, Map.of("badge", JSON.stringNode("new")))),
				Arguments.of("every kind, not enabling", action(false, Map.of("online", JSON.booleanNode(false),
						"stock_min", JSON.numberNode(3), "channels", JSON.arrayNode().add("a"), "badge",
						JSON.stringNode("new")))),
				Arguments.of("nothing to set", action(true, Map.of())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("actions")
	void readsBackWhatItWrote(String name, ReleaseAction action) {
		// given
		String json = action.json();

		// when
		ReleaseAction read = ReleaseAction.read(json);

		// then
		assertThat(read).isEqualTo(action);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12", "12.5", "-3" })
	void readsBackANumberAsTheSetUpTypesIt(String number) {
		// given a release setting a number, typed by the set-up
		WriteBackSetup setup = new WriteBackSetup(properties(release(List.of(), Map.of("stock_min", number))));
		ReleaseAction action = setup.releaseAction(WriteBackFixtures.readyCatalogue()
			.attribute("stock_min", "pim_catalog_number")
			.reference());

		// when
		ReleaseAction read = ReleaseAction.read(action.json());

		// then
		assertThat(read).isEqualTo(action);
	}

	private static ReleaseAction action(boolean enable, Map<String, JsonNode> values) {
		return new ReleaseAction(enable, List.of("web", "sale"), values);
	}

}
