package com.akeneokhaos.writeback;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.akeneo.ReferenceData;

import static com.akeneokhaos.writeback.WriteBackFixtures.JSON;
import static com.akeneokhaos.writeback.WriteBackFixtures.MESSAGE;
import static com.akeneokhaos.writeback.WriteBackFixtures.STATUS;
import static com.akeneokhaos.writeback.WriteBackFixtures.noRelease;
import static com.akeneokhaos.writeback.WriteBackFixtures.properties;
import static com.akeneokhaos.writeback.WriteBackFixtures.readyCatalogue;
import static com.akeneokhaos.writeback.WriteBackFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteBackSetupTest {

	/** The right set-up, plus what the release cases set. */
	private static WriteBackFixtures.Catalogue catalogue() {
		return readyCatalogue().category("web")
			.attribute("online", "pim_catalog_boolean")
			.attribute("stock_min", "pim_catalog_number")
			.attribute("channels", "pim_catalog_multiselect")
			.options("channels", "a", "b")
			.attribute("badge", "pim_catalog_text")
			.attribute("title", "pim_catalog_text", true, false)
			.attribute("picture", "pim_catalog_image");
	}

	static Stream<Arguments> rightSetUps() {
		return Stream.of(Arguments.of("status and message only", catalogue(), noRelease()),
				Arguments.of("message of type text", catalogue().attribute(MESSAGE, "pim_catalog_text"), noRelease()),
				Arguments.of("release of every supported type", catalogue(),
						release(List.of("web"), Map.of("online", "true", "stock_min", "12", "channels", "a, b", "badge",
								"new"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rightSetUps")
	void findsNoProblemInARightSetUp(String name, WriteBackFixtures.Catalogue catalogue,
			WriteBackProperties.Release release) {
		// given
		WriteBackSetup setup = new WriteBackSetup(properties(release));

		// when
		List<String> problems = setup.problems(catalogue.reference());

		// then
		assertThat(problems).isEmpty();
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				Arguments.of("status missing", catalogue().withoutAttribute(STATUS), noRelease(),
						List.of(STATUS, "no attribute", "create it", "pim_catalog_simpleselect",
								"rejected, pending, confirmed", "status-attribute")),
				Arguments.of("status of the wrong type", catalogue().attribute(STATUS, "pim_catalog_text"), noRelease(),
						List.of(STATUS, "pim_catalog_text", "not a simple select", "create it")),
				Arguments.of("status localizable", catalogue().attribute(STATUS, "pim_catalog_simpleselect", true, false),
						noRelease(), List.of(STATUS, "localizable or scopable", "create it")),
				Arguments.of("status scopable", catalogue().attribute(STATUS, "pim_catalog_simpleselect", false, true),
						noRelease(), List.of(STATUS, "localizable or scopable", "create it")),
				Arguments.of("option pending missing", catalogue().options(STATUS, "rejected", "confirmed"), noRelease(),
						List.of(STATUS, "lacks the option(s) pending:", "add them")),
				Arguments.of("message missing", catalogue().withoutAttribute(MESSAGE), noRelease(),
						List.of(MESSAGE, "no attribute", "create it", "pim_catalog_textarea", "message-attribute")),
				Arguments.of("message of the wrong type", catalogue().attribute(MESSAGE, "pim_catalog_boolean"),
						noRelease(), List.of(MESSAGE, "pim_catalog_boolean", "not a text area", "create it")),
				Arguments.of("release category unknown", catalogue(), release(List.of("web", "outlet"), Map.of()),
						List.of("release.categories", "outlet", "not a category", "create it")),
				Arguments.of("release attribute unknown", catalogue(), release(List.of(), Map.of("on_sale", "true")),
						List.of("release.attributes", "on_sale", "not an attribute")),
				Arguments.of("release attribute localizable", catalogue(), release(List.of(), Map.of("title", "New")),
						List.of("release.attributes", "title", "localizable or scopable")),
				Arguments.of("release boolean not true or false", catalogue(),
						release(List.of(), Map.of("online", "yes")),
						List.of("release.attributes.online", "true or false", "'yes'")),
				Arguments.of("release number not a number", catalogue(), release(List.of(), Map.of("stock_min", "abc")),
						List.of("release.attributes.stock_min", "takes a number", "'abc'")),
				Arguments.of("release option unknown", catalogue(), release(List.of(), Map.of("channels", "a, c")),
						List.of("release.attributes.channels", "'c' is not an option of channels")),
				Arguments.of("release date malformed", catalogue().attribute("launch", "pim_catalog_date"),
						release(List.of(), Map.of("launch", "31/01/2026")),
						List.of("release.attributes.launch", "2025-01-31", "'31/01/2026'")),
				Arguments.of("release attribute of an unsupported type", catalogue(),
						release(List.of(), Map.of("picture", "a.jpg")),
						List.of("release.attributes.picture", "cannot set", "pim_catalog_image")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void namesEachMistakeOnOneLine(String name, WriteBackFixtures.Catalogue catalogue,
			WriteBackProperties.Release release, List<String> keyWords) {
		// given
		WriteBackSetup setup = new WriteBackSetup(properties(release));

		// when
		List<String> problems = setup.problems(catalogue.reference());

		// then
		assertThat(problems).singleElement()
			.satisfies(line -> assertThat(line).contains(keyWords).doesNotContain("\n"));
	}

	@Test
	void listsOnlyTheMissingOptions() {
		// given
		WriteBackSetup setup = new WriteBackSetup(properties());
		ReferenceData reference = catalogue().options(STATUS, "pending").reference();

		// when
		List<String> problems = setup.problems(reference);

		// then
		assertThat(problems).singleElement().asString().contains("lacks the option(s) rejected, confirmed:");
	}

	@Test
	void namesEveryMistakeWhenThereAreSeveral() {
		// given
		WriteBackSetup setup = new WriteBackSetup(properties(release(List.of("outlet"), Map.of("online", "yes"))));
		ReferenceData reference = catalogue().withoutAttribute(STATUS).withoutAttribute(MESSAGE).reference();

		// when
		List<String> problems = setup.problems(reference);

		// then
		assertThat(problems).hasSize(4);
		assertThatThrownBy(() -> setup.check(reference)).isInstanceOf(WriteBackSetupException.class)
			.satisfies(ex -> assertThat(((WriteBackSetupException) ex).problems()).isEqualTo(problems));
	}

	@Test
	void typesTheReleaseValuesAsAkeneoTakesThem() {
		// given
		WriteBackSetup setup = new WriteBackSetup(properties(release(List.of("web"),
				Map.of("online", "true", "stock_min", "12", "channels", "a, b", "badge", "new"))));

		// when
		ReleaseAction action = setup.releaseAction(catalogue().reference());

		// then
		Map<String, JsonNode> values = action.values();
		assertThat(action.enable()).isTrue();
		assertThat(action.categories()).containsExactly("web");
		assertThat(values.get("online")).isEqualTo(JSON.booleanNode(true));
		assertThat(values.get("stock_min").isNumber()).isTrue();
		assertThat(values.get("stock_min").decimalValue()).isEqualByComparingTo("12");
		assertThat(values.get("channels")).isEqualTo(JSON.arrayNode().add("a").add("b"));
		assertThat(values.get("badge")).isEqualTo(JSON.stringNode("new"));
	}

}
