package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoFixtures.RecordingSleeper;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.akeneo.RecordedPatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link AkeneoClient#patchProducts} against the Akeneo simulator, which answers the collection PATCH as Akeneo does:
 * at most 100 lines a request, a result per line, a refused line leaving the others applied, and the faults a
 * request can meet on the way.
 */
class AkeneoClientPatchTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final String KHAOS_STATUS = "khaos_status";

	private static final String PRODUCTS = "/api/rest/v1/products-uuid";

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator.generate(CatalogueSpec.of(31, 160));

	private final RecordingSleeper sleeper = new RecordingSleeper();

	private AkeneoSimulator simulator;

	private AkeneoClient client;

	@BeforeEach
	void startSimulator() {
		simulator = AkeneoFixtures.simulator(CATALOGUE);
		ObjectNode attribute = JSON.createObjectNode().put("code", KHAOS_STATUS).put("type", "pim_catalog_simpleselect")
			.put("localizable", false).put("scopable", false);
		simulator.addAttribute(attribute);
		List.of("confirmed", "rejected").forEach(option -> simulator
			.addAttributeOption(JSON.createObjectNode().put("code", option).put("attribute", KHAOS_STATUS)));
		client = AkeneoFixtures.client(AkeneoFixtures.properties(simulator.baseUrl()), sleeper, AkeneoFixtures.clock());
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void sendsAtMost100LinesPerRequestAndAnswersEveryLineInOrder() {
		// given
		List<ObjectNode> lines = statusLines(150, "confirmed");

		// when
		List<PatchLine> results = client.patchProducts(lines);

		// then
		assertThat(simulator.patches()).extracting(RecordedPatch::path, patch -> patch.lines().size())
			.containsExactly(tuple(PRODUCTS, 100), tuple(PRODUCTS, 50));
		assertThat(results).extracting(PatchLine::line).containsExactlyElementsOf(IntStream.rangeClosed(1, 150).boxed()
			.toList());
		assertThat(results).extracting(PatchLine::uuid).containsExactlyElementsOf(CATALOGUE.uuids().subList(0, 150));
		assertThat(results).allSatisfy(result -> assertThat(result.statusCode()).isEqualTo(204))
			.allMatch(PatchLine::applied);
		assertThat(status(CATALOGUE.uuids().get(149))).isEqualTo("confirmed");
	}

	@Test
	void aLineAkeneoRefusesFailsAloneWithItsReasons() {
		// given
		List<ObjectNode> lines = statusLines(100, "confirmed");
		lines.set(41, statusLine(CATALOGUE.uuids().get(41), "maybe"));

		// when
		List<PatchLine> results = client.patchProducts(lines);

		// then
		assertThat(results).filteredOn(PatchLine::applied).hasSize(99);
		PatchLine refused = results.get(41);
		assertThat(refused.applied()).isFalse();
		assertThat(refused).extracting(PatchLine::line, PatchLine::uuid, PatchLine::statusCode, PatchLine::message)
			.containsExactly(42, CATALOGUE.uuids().get(41), 422, "Validation failed.");
		assertThat(refused.errors()).containsExactly(new AkeneoApiException.FieldError("values",
				"The maybe value is not in the khaos_status attribute option list.", KHAOS_STATUS, null, null));
		assertThat(refused.reason()).isEqualTo("422 Validation failed. [khaos_status: The maybe value is not in the "
				+ "khaos_status attribute option list.]");
		assertThat(client.product(CATALOGUE.uuids().get(41)).orElseThrow().values()).doesNotContainKey(KHAOS_STATUS);
		assertThat(status(CATALOGUE.uuids().get(40))).isEqualTo("confirmed");
		assertThat(status(CATALOGUE.uuids().get(42))).isEqualTo("confirmed");
	}

	@Test
	void aRefusalInALaterRequestNamesItsPositionInTheWholeList() {
		// given
		List<ObjectNode> lines = statusLines(150, "rejected");
		ObjectNode unknownAttribute = JSON.createObjectNode().put("uuid", CATALOGUE.uuids().get(119));
		unknownAttribute.putObject("values").putArray("khaos_state").addObject().putNull("locale").putNull("scope")
			.put("data", "rejected");
		lines.set(119, unknownAttribute);

		// when
		List<PatchLine> results = client.patchProducts(lines);

		// then
		assertThat(results.get(119)).extracting(PatchLine::line, PatchLine::statusCode, PatchLine::message)
			.containsExactly(120, 422, "The khaos_state attribute does not exist in your PIM. Check the expected"
					+ " format on the API documentation.");
		assertThat(results.get(119).errors()).isEmpty();
		assertThat(results).filteredOn(PatchLine::applied).hasSize(149);
	}

	@Test
	void aProductAkeneoDoesNotKnowIsCreated() {
		// given
		String uuid = "3c6f0a52-9b1d-4e7a-8f21-6d5e4c3b2a19";

		// when
		List<PatchLine> results = client.patchProducts(List.of(statusLine(uuid, "confirmed")));

		// then
		assertThat(results).singleElement().satisfies(result -> {
			assertThat(result.statusCode()).isEqualTo(201);
			assertThat(result.applied()).isTrue();
		});
		assertThat(status(uuid)).isEqualTo("confirmed");
	}

	@Test
	void noLinesMakeNoRequest() {
		// when
		List<PatchLine> results = client.patchProducts(List.of());

		// then
		assertThat(results).isEmpty();
		assertThat(simulator.requestLog()).isEmpty();
	}

	@Test
	void aServerErrorIsRetriedAndTheRequestThenApplied() {
		// given
		client.checkAccess();
		simulator.resetObservations();
		simulator.failNextRequests(1, 500);

		// when
		List<PatchLine> results = client.patchProducts(statusLines(3, "confirmed"));

		// then
		assertThat(results).allMatch(PatchLine::applied);
		assertThat(simulator.patches()).extracting(RecordedPatch::status, patch -> patch.outcomes().size())
			.containsExactly(tuple(500, 0), tuple(200, 3));
		assertThat(sleeper.delays).containsExactly(Duration.ofMillis(10));
	}

	@Test
	void a429IsRetriedAfterTheWaitItsRetryAfterAsks() {
		// given
		client.checkAccess();
		simulator.resetObservations();
		simulator.tooManyRequestsBurst(1, 7);

		// when
		List<PatchLine> results = client.patchProducts(statusLines(2, "rejected"));

		// then
		assertThat(results).allMatch(PatchLine::applied);
		assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(7));
		assertThat(simulator.patches()).extracting(RecordedPatch::status).containsExactly(429, 200);
	}

	@Test
	void akeneoStayingUnavailableFailsTheCallAfterTheRetries() {
		// given
		client.checkAccess();
		simulator.resetObservations();
		simulator.failNextRequests(10, 503);

		// when / then
		assertThatExceptionOfType(AkeneoUnavailableException.class)
			.isThrownBy(() -> client.patchProducts(statusLines(2, "confirmed")))
			.satisfies(ex -> assertThat(ex.lastStatus()).isEqualTo(503))
			.satisfies(ex -> assertThat(ex.path()).isEqualTo(PRODUCTS));
		assertThat(simulator.patches()).hasSize(4);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 403, 413, 415 })
	void aWholeRequestRefusedWithAClientErrorFailsTheCallWithoutRetrying(int status) {
		// given
		client.checkAccess();
		simulator.resetObservations();
		simulator.failNextRequests(1, status);

		// when / then
		assertThatExceptionOfType(AkeneoApiException.class)
			.isThrownBy(() -> client.patchProducts(statusLines(2, "confirmed")))
			.satisfies(ex -> assertThat(ex.status()).isEqualTo(status))
			.withMessageStartingWith("Akeneo answered " + status + " for " + PRODUCTS);
		assertThat(simulator.patches()).hasSize(1);
		assertThat(sleeper.delays).isEmpty();
	}

	@Test
	void anExpiredTokenIsRefreshedAndThePatchReplayed() {
		// given
		client.checkAccess();
		simulator.expireAllTokens();
		simulator.resetObservations();

		// when
		List<PatchLine> results = client.patchProducts(statusLines(2, "confirmed"));

		// then
		assertThat(results).allMatch(PatchLine::applied);
		assertThat(simulator.patches()).extracting(RecordedPatch::status).containsExactly(401, 200);
		assertThat(simulator.refreshGrants()).isEqualTo(1);
	}

	private String status(String uuid) {
		return client.product(uuid).orElseThrow().values().get(KHAOS_STATUS).get(0).data().asString();
	}

	/** Status lines for the first {@code count} products of the catalogue, in uuid order. */
	private static List<ObjectNode> statusLines(int count, String status) {
		List<ObjectNode> lines = new ArrayList<>();
		CATALOGUE.uuids().subList(0, count).forEach(uuid -> lines.add(statusLine(uuid, status)));
		return lines;
	}

	private static ObjectNode statusLine(String uuid, String status) {
		ObjectNode line = JSON.createObjectNode().put("uuid", uuid);
		line.putObject("values").putArray(KHAOS_STATUS).addObject().putNull("locale").putNull("scope")
			.put("data", status);
		return line;
	}

}
