package com.akeneokhaos.writeback;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoProduct;

import static com.akeneokhaos.writeback.OnboardingStatus.CONFIRMED;
import static com.akeneokhaos.writeback.OnboardingStatus.PENDING;
import static com.akeneokhaos.writeback.OnboardingStatus.REJECTED;
import static com.akeneokhaos.writeback.WriteBackFixtures.JSON;
import static com.akeneokhaos.writeback.WriteBackFixtures.MESSAGE;
import static com.akeneokhaos.writeback.WriteBackFixtures.STATUS;
import static com.akeneokhaos.writeback.WriteBackFixtures.UUID;
import static com.akeneokhaos.writeback.WriteBackFixtures.product;
import static com.akeneokhaos.writeback.WriteBackFixtures.properties;
import static com.akeneokhaos.writeback.WriteBackFixtures.readyCatalogue;
import static com.akeneokhaos.writeback.WriteBackFixtures.value;
import static com.akeneokhaos.writeback.WriteBackFixtures.writeBack;
import static org.assertj.core.api.Assertions.assertThat;

class StatusValuesTest {

	private static final StatusValues VALUES = StatusValues.of(properties(), readyCatalogue().reference());

	private static final ReleaseAction RELEASE = new ReleaseAction(true, List.of("web", "sale"),
			Map.of("online", JSON.booleanNode(true), "channels", JSON.arrayNode().add("a").add("b")));

	/** A confirmed product showing everything {@link #RELEASE} changes. */
	private static WriteBackFixtures.Product released() {
		return product().enabled(true)
			.categories("master", "web", "sale")
			.value(STATUS, "confirmed")
			.value("online", value(JSON.booleanNode(true)))
			.value("channels", value(JSON.arrayNode().add("a").add("b")));
	}

	static Stream<Arguments> statusCases() {
		return Stream.of(Arguments.of("same status and message", product().value(STATUS, "rejected").value(MESSAGE,
				"Fix the name"), REJECTED, "Fix the name", true),
				Arguments.of("other status", product().value(STATUS, "pending").value(MESSAGE, "Fix the name"), REJECTED,
						"Fix the name", false),
				Arguments.of("no status", product().value(MESSAGE, "Fix the name"), REJECTED, "Fix the name", false),
				Arguments.of("other message", product().value(STATUS, "rejected").value(MESSAGE, "Fix the price"),
						REJECTED, "Fix the name", false),
				Arguments.of("no message value is the empty message", product().value(STATUS, "pending"), PENDING, "",
						true),
				Arguments.of("a message left while none is wanted", product().value(STATUS, "pending").value(MESSAGE,
						"Fix the name"), PENDING, "", false),
				Arguments.of("status only for a locale", product().value(STATUS, value("en_GB", null, JSON.stringNode(
						"pending"))), PENDING, "", false),
				Arguments.of("status only for a channel", product().value(STATUS, value(null, "ecommerce", JSON
					.stringNode("pending"))), PENDING, "", false),
				Arguments.of("message only for a locale", product().value(STATUS, "rejected").value(MESSAGE, value(
						"en_GB", null, JSON.stringNode("Fix the name"))), REJECTED, "Fix the name", false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statusCases")
	void showsTheStatusOnlyWhenTheProductHoldsItsCodeAndMessage(String name, WriteBackFixtures.Product product,
			OnboardingStatus status, String message, boolean expected) {
		// given
		WriteBack wanted = writeBack(status, message);

		// when
		boolean shows = VALUES.shows(product.build(), wanted);

		// then
		assertThat(shows).isEqualTo(expected);
	}

	static Stream<Arguments> releaseCases() {
		return Stream.of(Arguments.of("everything released", released(), RELEASE, true),
				Arguments.of("disabled", released().enabled(false), RELEASE, false),
				Arguments.of("disabled, the release does not enable", released().enabled(false),
						new ReleaseAction(false, RELEASE.categories(), RELEASE.values()), true),
				Arguments.of("a release category missing", released().categories("master", "web"), RELEASE, false),
				Arguments.of("a release value missing", released().value("online", value(JSON.booleanNode(false))),
						RELEASE, false),
				Arguments.of("a release value only for a locale", released().value("online", value("en_GB", null,
						JSON.booleanNode(true))), RELEASE, false),
				Arguments.of("a release value of other options", released().value("channels", value(JSON.arrayNode()
					.add("a"))), RELEASE, false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("releaseCases")
	void showsAReleaseOnlyWhenTheProductHoldsAllItChanges(String name, WriteBackFixtures.Product product,
			ReleaseAction release, boolean expected) {
		// given
		WriteBack wanted = writeBack(CONFIRMED, "").withRelease(release);

		// when
		boolean shows = VALUES.shows(product.build(), wanted);

		// then
		assertThat(shows).isEqualTo(expected);
	}

	@Test
	void linesTheStatusAndMessageAsAkeneoValues() {
		// given
		WriteBack wanted = writeBack(REJECTED, "Fix the name");

		// when
		ObjectNode line = VALUES.line(product().build(), wanted);

		// then
		assertThat(line.propertyNames()).containsExactlyInAnyOrder("uuid", "values");
		assertThat(line.get("uuid").asString()).isEqualTo(UUID);
		assertThat(line.get("values").propertyNames()).containsExactlyInAnyOrder(STATUS, MESSAGE);
		assertThat(line.get("values").get(STATUS)).isEqualTo(akeneoValue(JSON.stringNode("rejected")));
		assertThat(line.get("values").get(MESSAGE)).isEqualTo(akeneoValue(JSON.stringNode("Fix the name")));
	}

	@Test
	void linesAnEmptyMessageAsNoValue() {
		// given
		WriteBack wanted = writeBack(PENDING, "");

		// when
		ObjectNode line = VALUES.line(product().value(MESSAGE, "Fix the name").build(), wanted);

		// then
		assertThat(line.get("values").get(STATUS)).isEqualTo(akeneoValue(JSON.stringNode("pending")));
		assertThat(line.get("values").get(MESSAGE)).isEqualTo(akeneoValue(JSON.nullNode()));
	}

	@Test
	void linesTheReleaseAfterTheProductsOwnCategories() {
		// given
		AkeneoProduct current = product().categories("master", "web").build();
		WriteBack wanted = writeBack(CONFIRMED, "").withRelease(RELEASE);

		// when
		ObjectNode line = VALUES.line(current, wanted);

		// then
		assertThat(line.get("enabled")).isEqualTo(JSON.booleanNode(true));
		assertThat(line.get("categories")).isEqualTo(JSON.arrayNode().add("master").add("web").add("sale"));
		assertThat(line.get("values").propertyNames()).containsExactlyInAnyOrder(STATUS, MESSAGE, "online",
				"channels");
		assertThat(line.get("values").get(STATUS)).isEqualTo(akeneoValue(JSON.stringNode("confirmed")));
		assertThat(line.get("values").get("online")).isEqualTo(akeneoValue(JSON.booleanNode(true)));
		assertThat(line.get("values").get("channels")).isEqualTo(akeneoValue(JSON.arrayNode().add("a").add("b")));
	}

	@Test
	void leavesTheCategoriesOutWhenTheProductHasThemAll() {
		// given
		AkeneoProduct current = product().categories("sale", "master", "web").build();
		WriteBack wanted = writeBack(CONFIRMED, "").withRelease(RELEASE);

		// when
		ObjectNode line = VALUES.line(current, wanted);

		// then
		assertThat(line.has("categories")).isFalse();
		assertThat(line.get("enabled")).isEqualTo(JSON.booleanNode(true));
	}

	@Test
	void leavesEnabledOutWhenTheReleaseDoesNotEnable() {
		// given
		WriteBack wanted = writeBack(CONFIRMED, "").withRelease(new ReleaseAction(false, List.of(), Map.of()));

		// when
		ObjectNode line = VALUES.line(product().build(), wanted);

		// then
		assertThat(line.propertyNames()).containsExactlyInAnyOrder("uuid", "values");
	}

	@Test
	void joinsTheSentencesOnePerLine() {
		// given
		List<String> sentences = List.of("Fix the name.", "Add a price.");

		// when
		String message = VALUES.message(sentences);

		// then
		assertThat(message).isEqualTo("Fix the name.\nAdd a price.");
	}

	@Test
	void cutsALongMessageTo255CodePointsForATextAttribute() {
		// given
		StatusValues text = StatusValues.of(properties(),
				readyCatalogue().attribute(MESSAGE, "pim_catalog_text").reference());
		List<String> sentences = List.of("😀".repeat(200), "b".repeat(200));

		// when
		String message = text.message(sentences);

		// then
		assertThat(message.codePointCount(0, message.length())).isEqualTo(255);
		assertThat(message).startsWith("😀".repeat(200) + "\n").endsWith("b…");
	}

	@Test
	void keepsAMessageOf255CodePointsWholeForATextAttribute() {
		// given
		StatusValues text = StatusValues.of(properties(),
				readyCatalogue().attribute(MESSAGE, "pim_catalog_text").reference());
		String sentence = "a".repeat(255);

		// when
		String message = text.message(List.of(sentence));

		// then
		assertThat(message).isEqualTo(sentence);
	}

	@Test
	void keepsALongMessageWholeForATextArea() {
		// given
		String sentence = "a".repeat(1000);

		// when
		String message = VALUES.message(List.of(sentence));

		// then
		assertThat(message).isEqualTo(sentence);
	}

	private static JsonNode akeneoValue(JsonNode data) {
		return JSON.arrayNode().add(JSON.objectNode().putNull("locale").putNull("scope").set("data", data));
	}

}
