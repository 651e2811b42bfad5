package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;
import com.akeneokhaos.support.TestClock;

/**
 * The two product PATCHes of the simulator: the collection (line by line, at most 100) and the single product,
 * with Akeneo's merge of values, its refusals and messages, the {@code updated} bump, the recording of every PATCH
 * and the faults that apply to them as to any request.
 */
class AkeneoSimulatorPatchTest {

	private static final String KHAOS_STATUS = "khaos_status";

	private static final String CHECK = " Check the expected format on the API documentation.";

	private final TestClock clock = new TestClock(Instant.parse("2025-06-01T00:00:00Z"));

	private GeneratedCatalogue catalogue;

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	@BeforeEach
	void startSimulator() {
		catalogue = CatalogueGenerator.generate(CatalogueSpec.of(21, 20));
		simulator = new AkeneoSimulator().clock(clock).start().load(catalogue);
		ObjectNode status = Json.object();
		status.put("code", KHAOS_STATUS);
		status.put("type", "pim_catalog_simpleselect");
		status.put("localizable", false);
		status.put("scopable", false);
		simulator.addAttribute(status);
		for (String option : List.of("confirmed", "rejected")) {
			ObjectNode json = Json.object();
			json.put("code", option);
			json.put("attribute", KHAOS_STATUS);
			simulator.addAttributeOption(json);
		}
		simulator.tokenLifetime(Duration.ofDays(1));
		client = new SimulatorTestClient(simulator);
		client.accessToken();
		clock.advance(Duration.ofHours(1));
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void aCollectionPatchMergesValuesBumpsUpdatedAndAnswersOneLinePerLine() {
		// given
		String first = uuid(0);
		String second = uuid(1);
		String englishName = simulator.product(second).orElseThrow().get("values").get("name").get(0).get("data")
			.asString();

		// when
		Reply reply = client.patchProducts(List.of(statusLine(first, "confirmed"),
				line(second, values("name", "fr_FR", null, "\"Nouveau nom\""))));

		// then
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/vnd.akeneo.collection+json");
		assertThat(reply.raw().body()).isEqualTo("{\"line\":1,\"uuid\":\"" + first + "\",\"status_code\":204}\n"
				+ "{\"line\":2,\"uuid\":\"" + second + "\",\"status_code\":204}");
		JsonNode patched = client.get(PRODUCTS + "/" + first).body();
		assertThat(patched.get("values").get(KHAOS_STATUS).toString())
			.isEqualTo("[{\"locale\":null,\"scope\":null,\"data\":\"confirmed\"}]");
		assertThat(patched.get("updated").asString()).isEqualTo("2025-06-01T01:00:00+00:00");
		JsonNode names = client.get(PRODUCTS + "/" + second).body().get("values").get("name");
		assertThat(names).extracting(name -> name.get("locale").asString(), name -> name.get("data").asString())
			.containsExactly(tuple("en_GB", englishName), tuple("fr_FR", "Nouveau nom"));
	}

	@Test
	void aSinglePatchAnswers204WithTheProductsLocation() {
		// given
		String uuid = uuid(2);

		// when
		Reply reply = client.patchProduct(uuid, "{\"values\":{\"khaos_status\":"
				+ "[{\"locale\":null,\"scope\":null,\"data\":\"rejected\"}]},\"enabled\":false}");

		// then
		assertThat(reply.status()).isEqualTo(204);
		assertThat(reply.header("Location")).isEqualTo(simulator.baseUrl() + PRODUCTS + "/" + uuid);
		ObjectNode product = simulator.product(uuid).orElseThrow();
		assertThat(product.get("values").get(KHAOS_STATUS).get(0).get("data").asString()).isEqualTo("rejected");
		assertThat(product.get("enabled").asBoolean()).isFalse();
	}

	@Test
	void enabledAndCategoriesAreReplaced() {
		// given
		String uuid = uuid(3);
		List<String> categories = List.of(category(5), category(9));

		// when
		Reply reply = client.patchProducts(List.of(line(uuid,
				"\"enabled\":false,\"categories\":[\"" + categories.get(0) + "\",\"" + categories.get(1) + "\"]")));

		// then
		assertThat(reply.lines().get(0).get("status_code").asInt()).isEqualTo(204);
		ObjectNode product = simulator.product(uuid).orElseThrow();
		assertThat(product.get("enabled").asBoolean()).isFalse();
		assertThat(product.get("categories")).extracting(JsonNode::asString).containsExactlyElementsOf(categories);
	}

	@Test
	void aNullDataErasesTheValueAtThatLocaleAndScope() {
		// given
		String uuid = uuid(4);
		client.patchProducts(List.of(statusLine(uuid, "confirmed")));

		// when
		Reply reply = client.patchProducts(List.of(line(uuid,
				"\"values\":{\"khaos_status\":[{\"locale\":null,\"scope\":null,\"data\":null}]}")));

		// then
		assertThat(reply.lines().get(0).get("status_code").asInt()).isEqualTo(204);
		assertThat(simulator.product(uuid).orElseThrow().get("values").has(KHAOS_STATUS)).isFalse();
	}

	@Test
	void aPatchThatChangesNothingLeavesUpdatedAloneAsAkeneosSaverSkipsIt() {
		// given
		String uuid = uuid(5);
		client.patchProducts(List.of(statusLine(uuid, "confirmed")));
		String updated = simulator.product(uuid).orElseThrow().get("updated").asString();
		clock.advance(Duration.ofHours(2));

		// when
		Reply reply = client.patchProducts(List.of(statusLine(uuid, "confirmed")));

		// then
		assertThat(reply.lines().get(0).get("status_code").asInt()).isEqualTo(204);
		assertThat(simulator.product(uuid).orElseThrow().get("updated").asString()).isEqualTo(updated);
	}

	@Test
	void anUnknownUuidCreatesTheProductWith201() {
		// given
		String uuid = "0f9e8d7c-6b5a-4f3e-9d2c-1b0a99887766";
		int before = simulator.productCount();

		// when
		Reply reply = client.patchProducts(List.of(statusLine(uuid.toUpperCase(), "confirmed")));

		// then
		assertThat(reply.lines().get(0).toString())
			.isEqualTo("{\"line\":1,\"uuid\":\"" + uuid + "\",\"status_code\":201}");
		assertThat(simulator.productCount()).isEqualTo(before + 1);
		ObjectNode created = simulator.product(uuid).orElseThrow();
		assertThat(created.get("created").asString()).isEqualTo("2025-06-01T01:00:00+00:00");
		assertThat(created.get("values").get(KHAOS_STATUS).get(0).get("data").asString()).isEqualTo("confirmed");
	}

	/**
	 * What each patch sets besides its uuid and a valid {@code "enabled":false} before it (which must not be stored
	 * either), and the message Akeneo's updater refuses it with.
	 */
	static Stream<Arguments> refusedPatches() {
		String place = "\" channel code and \"";
		return Stream.of(
				Arguments.of("unknown attribute", values("colour_code", null, null, "\"x\""),
						"The colour_code attribute does not exist in your PIM."),
				Arguments.of("text for a boolean", values("web_visible", null, null, "\"yes\""),
						"Property \"web_visible\" expects a boolean as data, \"string\" given."),
				Arguments.of("object for a text", values("ean", null, null, "{\"code\":1}"),
						"The ean attribute requires a string, a array was detected."),
				Arguments.of("text for a number", values("lead_time_days", null, null, "\"soon\""),
						"Property \"lead_time_days\" expects a numeric as data, \"string\" given."),
				Arguments.of("localizable without locale", values("name", null, null, "\"N\""),
						"Attribute \"name\" expects a locale code and a null channel code, \"" + place
								+ "\" locale code given."),
				Arguments.of("scopable without scope", values("description", "en_GB", null, "\"D\""),
						"Attribute \"description\" expects a channel code and a locale code, \"" + place
								+ "en_GB\" locale code given."),
				Arguments.of("locale on a global attribute", values(KHAOS_STATUS, "en_GB", null, "\"confirmed\""),
						"Attribute \"khaos_status\" expects a null channel code and a null locale code, \"" + place
								+ "en_GB\" locale code given."),
				Arguments.of("inactive locale", values("name", "de_DE", null, "\"N\""),
						"Attribute \"name\" expects an existing and activated locale, \"de_DE\" given."),
				Arguments.of("unknown channel", values("description", "en_GB", "mobile", "\"D\""),
						"Attribute \"description\" expects an existing scope, \"mobile\" given."),
				Arguments.of("same value twice", "\"values\":{\"khaos_status\":[" + entry(null, null, "\"confirmed\"")
						+ "," + entry(null, null, "\"rejected\"") + "]}",
						"You cannot update the same product value on the \"khaos_status\" attribute twice, with the"
								+ " same scope and locale."),
				Arguments.of("unknown property", "\"group\":\"promotion\"", "Property \"group\" does not exist."),
				Arguments.of("unknown category", "\"categories\":[\"nowhere\"]",
						"The nowhere category does not exist in your PIM."),
				Arguments.of("unknown family", "\"family\":\"garden\"",
						"The garden family does not exist in your PIM."),
				Arguments.of("list for family", "\"family\":[\"clothing\"]",
						"Property \"family\" expects a string as data, \"array\" given."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedPatches")
	void aPatchAkeneosUpdaterRefusesAnswers422WithItsMessageAndChangesNothing(String refusal, String fields,
			String message) {
		// given
		String uuid = uuid(6);
		ObjectNode before = simulator.product(uuid).orElseThrow();

		// when
		JsonNode line = client.patchProducts(List.of(line(uuid, "\"enabled\":false," + fields))).lines().get(0);

		// then
		assertThat(line.get("line").asInt()).isEqualTo(1);
		assertThat(line.get("uuid").asString()).isEqualTo(uuid);
		assertThat(line.get("status_code").asInt()).isEqualTo(422);
		assertThat(line.get("message").asString()).isEqualTo(message + CHECK);
		assertThat(line.get("_links").get("documentation").get("href").asString())
			.isEqualTo("http://api.akeneo.com/api-reference.html#patch_products_uuid__uuid_");
		assertThat(simulator.product(uuid).orElseThrow()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"simple select | \"brand\":[{\"locale\":null,\"scope\":null,\"data\":\"no_such_brand\"}] | brand"
					+ " | The no_such_brand value is not in the brand attribute option list.",
			"multi-select | \"materials\":[{\"locale\":null,\"scope\":null,\"data\":[\"%s\",\"tin\",\"lead\"]}]"
					+ " | materials"
					+ " | The tin, lead values are not in the materials attribute option list." })
	void anOptionNotAmongTheSelectsOptionsFailsValidationWithItsErrors(String kind, String value, String attribute,
			String message) {
		// given
		String uuid = uuid(7);
		String knownMaterial = catalogue.attributeOptions().get("materials").get(0).get("code").asString();
		ObjectNode before = simulator.product(uuid).orElseThrow();

		// when
		JsonNode line = client.patchProducts(List.of(line(uuid, "\"values\":{" + value.formatted(knownMaterial) + "}")))
			.lines().get(0);

		// then
		assertThat(line.get("status_code").asInt()).isEqualTo(422);
		assertThat(line.get("message").asString()).isEqualTo("Validation failed.");
		assertThat(line.get("errors").toString()).isEqualTo("[{\"property\":\"values\",\"message\":\"" + message
				+ "\",\"attribute\":\"" + attribute + "\",\"locale\":null,\"scope\":null}]");
		assertThat(simulator.product(uuid).orElseThrow()).isEqualTo(before);
	}

	@Test
	void aRefusedLineLeavesTheOtherLinesApplied() {
		// given
		List<String> lines = List.of(statusLine(uuid(8), "confirmed"), statusLine(uuid(9), "maybe"),
				statusLine(uuid(10), "rejected"));

		// when
		Reply reply = client.patchProducts(lines);

		// then
		assertThat(reply.lines()).extracting(line -> line.get("status_code").asInt()).containsExactly(204, 422, 204);
		assertThat(status(uuid(8))).isEqualTo("confirmed");
		assertThat(simulator.product(uuid(9)).orElseThrow().get("values").has(KHAOS_STATUS)).isFalse();
		assertThat(status(uuid(10))).isEqualTo("rejected");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "not JSON | {\"uuid\": | 400 | Invalid json message received",
			"no uuid | {\"values\":{}} | 422 | Uuid is missing.",
			"blank uuid | {\"uuid\":\" \"} | 422 | Uuid is missing.",
			"uuid not a string | {\"uuid\":42} | 422 | uuid must be of type string." })
	void aLineWithoutAUsableUuidIsRefusedOnItsOwn(String kind, String badLine, int status, String message) {
		// when
		Reply reply = client.patchProducts(List.of(badLine, statusLine(uuid(11), "confirmed")));

		// then
		assertThat(reply.lines().get(0).toString())
			.isEqualTo("{\"line\":1,\"status_code\":" + status + ",\"message\":\"" + message + "\"}");
		assertThat(reply.lines().get(1).get("status_code").asInt()).isEqualTo(204);
	}

	@ParameterizedTest(name = "{0} lines")
	@CsvSource({ "100, 200", "101, 413" })
	void aCollectionTakesAtMost100LinesAndRefusesMoreBeforeApplyingAny(int count, int status) {
		// given
		List<String> lines = IntStream.range(0, count).mapToObj(i -> statusLine(uuid(i % 20), "confirmed")).toList();

		// when
		Reply reply = client.patchProducts(lines);

		// then
		assertThat(reply.status()).isEqualTo(status);
		if (status == 413) {
			assertThat(reply.body().get("message").asString())
				.isEqualTo("Too many resources to process, 100 is the maximum allowed.");
			assertThat(simulator.product(uuid(0)).orElseThrow().get("values").has(KHAOS_STATUS)).isFalse();
		}
		else {
			assertThat(reply.lines()).hasSize(100);
			assertThat(status(uuid(0))).isEqualTo("confirmed");
		}
	}

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource(delimiter = '|', value = {
			"collection | application/json | \"application/json\" in \"Content-Type\" header is not valid."
					+ " Only \"application/vnd.akeneo.collection+json\" is allowed.",
			"collection | | The \"Content-Type\" header is missing."
					+ " \"application/vnd.akeneo.collection+json\" has to be specified as value.",
			"product | application/vnd.akeneo.collection+json | \"application/vnd.akeneo.collection+json\" in"
					+ " \"Content-Type\" header is not valid. Only \"application/json\" is allowed.",
			"product | text/plain; charset=UTF-8 | \"text/plain\" in \"Content-Type\" header is not valid."
					+ " Only \"application/json\" is allowed." })
	void aContentTypeOtherThanTheRoutesAnswers415(String route, String contentType, String message) {
		// given
		String uuid = uuid(12);
		String path = "collection".equals(route) ? PRODUCTS : PRODUCTS + "/" + uuid;

		// when
		Reply reply = client.patch(path, contentType, statusLine(uuid, "confirmed"));

		// then
		assertThat(reply.status()).isEqualTo(415);
		assertThat(reply.body().get("message").asString()).isEqualTo(message);
		assertThat(simulator.product(uuid).orElseThrow().get("values").has(KHAOS_STATUS)).isFalse();
	}

	@Test
	void aCharsetParameterOnTheContentTypeIsIgnoredAsAkeneoIgnoresIt() {
		// when
		Reply reply = client.patch(PRODUCTS, "application/vnd.akeneo.collection+json; charset=UTF-8",
				statusLine(uuid(13), "confirmed"));

		// then
		assertThat(reply.status()).isEqualTo(200);
		assertThat(status(uuid(13))).isEqualTo("confirmed");
	}

	@Test
	void aSinglePatchWhoseBodyNamesAnotherUuidAnswers422() {
		// given
		String uuid = uuid(14);

		// when
		Reply reply = client.patchProduct(uuid, statusLine(uuid(15), "confirmed"));

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).isEqualTo("The uuid \"" + uuid(15)
				+ "\" provided in the request body must match the uuid \"" + uuid + "\" provided in the url.");
	}

	@ParameterizedTest
	@CsvSource({ "parent", "groups", "associations" })
	void aPropertyTheSimulatorDoesNotModelAnswers501(String property) {
		// when
		JsonNode line = client.patchProducts(List.of(line(uuid(16), "\"" + property + "\":null"))).lines().get(0);

		// then
		assertThat(line.get("status_code").asInt()).isEqualTo(501);
		assertThat(line.get("message").asString()).contains(property);
	}

	@Test
	void everyPatchIsRecordedWithItsLinesAndWhatBecameOfEach() {
		// given
		List<String> lines = List.of(statusLine(uuid(17), "confirmed"), statusLine(uuid(18), "maybe"));
		simulator.resetObservations();

		// when
		client.patchProducts(lines);
		client.patchProduct(uuid(19), "{\"enabled\":false}");

		// then
		List<RecordedPatch> patches = simulator.patches();
		assertThat(patches).extracting(RecordedPatch::collection, RecordedPatch::status, RecordedPatch::lines)
			.containsExactly(tuple(true, 200, lines), tuple(false, 204, List.of("{\"enabled\":false}")));
		assertThat(patches.get(0).outcomes()).containsExactly(
				new RecordedPatch.Outcome(1, uuid(17), 204, null, List.of()),
				new RecordedPatch.Outcome(2, uuid(18), 422, "Validation failed.",
						List.of("The maybe value is not in the khaos_status attribute option list.")));
		assertThat(patches.get(1).outcomes())
			.containsExactly(new RecordedPatch.Outcome(1, uuid(19), 204, null, List.of()));
	}

	/** Each fault a test can inject, and the status it makes the next PATCH answer. */
	static Stream<Arguments> faults() {
		return Stream.of(
				Arguments.of("failNextRequests 500", 500, (Consumer<AkeneoSimulator>) s -> s.failNextRequests(1, 500)),
				Arguments.of("failNextRequests 503", 503, (Consumer<AkeneoSimulator>) s -> s.failNextRequests(1, 503)),
				Arguments.of("tooManyRequestsBurst", 429,
						(Consumer<AkeneoSimulator>) s -> s.tooManyRequestsBurst(1, 3)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void injectedFaultsApplyToPatchesWhichAreRecordedAndApplyNothing(String fault, int status,
			Consumer<AkeneoSimulator> inject) {
		// given
		String uuid = uuid(0);
		simulator.resetObservations();
		inject.accept(simulator);

		// when
		Reply failed = client.patchProducts(List.of(statusLine(uuid, "confirmed")));
		boolean appliedByTheFailure = simulator.product(uuid).orElseThrow().get("values").has(KHAOS_STATUS);
		Reply retried = client.patchProducts(List.of(statusLine(uuid, "confirmed")));

		// then
		assertThat(failed.status()).isEqualTo(status);
		assertThat(appliedByTheFailure).isFalse();
		assertThat(retried.status()).isEqualTo(200);
		assertThat(status(uuid)).isEqualTo("confirmed");
		assertThat(simulator.patches()).extracting(RecordedPatch::status, patch -> patch.outcomes().size())
			.containsExactly(tuple(status, 0), tuple(200, 1));
	}

	@Test
	void aBurstOf429CarriesRetryAfterOnAPatch() {
		// given
		simulator.tooManyRequestsBurst(1, 7);

		// when
		Reply reply = client.patchProducts(List.of(statusLine(uuid(1), "confirmed")));

		// then
		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.header("Retry-After")).isEqualTo("7");
	}

	@Test
	void otherMethodsOnProductsAreNotAllowed() {
		// when
		Reply reply = client.patch(PRODUCTS + "/" + uuid(2) + "/extra", ProductPatchEndpoint.JSON, "{}");

		// then
		assertThat(reply.status()).isEqualTo(405);
		assertThat(reply.body().get("message").asString()).endsWith("(Allow: GET, PATCH)");
	}

	private String uuid(int index) {
		return catalogue.uuids().get(index);
	}

	private String category(int index) {
		return catalogue.categories().get(index).get("code").asString();
	}

	private String status(String uuid) {
		return simulator.product(uuid).orElseThrow().get("values").get(KHAOS_STATUS).get(0).get("data").asString();
	}

	private static String statusLine(String uuid, String status) {
		return line(uuid, values(KHAOS_STATUS, null, null, "\"" + status + "\""));
	}

	/** {@code "values":{…}} setting one value of the attribute; {@code data} is raw JSON. */
	private static String values(String attribute, String locale, String scope, String data) {
		return "\"values\":{\"" + attribute + "\":[" + entry(locale, scope, data) + "]}";
	}

	private static String entry(String locale, String scope, String data) {
		return "{\"locale\":" + quoted(locale) + ",\"scope\":" + quoted(scope) + ",\"data\":" + data + "}";
	}

	private static String quoted(String code) {
		return (code == null) ? "null" : "\"" + code + "\"";
	}

	private static String line(String uuid, String fields) {
		return "{\"uuid\":\"" + uuid + "\"," + fields + "}";
	}

}
