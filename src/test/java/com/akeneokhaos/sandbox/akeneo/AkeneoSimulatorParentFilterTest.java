package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

/**
 * The product {@code parent} filter as Akeneo documents it (api.akeneo.com, "Filters", "On their parent"):
 * {@code =} a product model returns its descendants, whether the model is a root or a sub-model; {@code IN}
 * returns only the direct children of the given models; no other operator than those, {@code EMPTY} and
 * {@code NOT EMPTY} is accepted.
 */
class AkeneoSimulatorParentFilterTest {

	private static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(3, 30).withModels(2, 2, 3));

	private static final String ONE_LEVEL_ROOT = "MD-000001";

	private static final String TWO_LEVEL_ROOT = "MD-000003";

	@RegisterExtension
	static final RunningSimulator AKENEO = RunningSimulator.of(CATALOGUE);

	static Stream<Arguments> parentFilters() {
		String sub = subModelOf(TWO_LEVEL_ROOT);
		List<String> subAndOneLevel = new ArrayList<>(CATALOGUE.variantUuidsOf(sub));
		subAndOneLevel.addAll(CATALOGUE.variantUuidsOf(ONE_LEVEL_ROOT));
		return Stream.of(
				Arguments.of("= a 2-level root: the variants of its sub-models", "=", quoted(TWO_LEVEL_ROOT),
						CATALOGUE.variantUuidsOf(TWO_LEVEL_ROOT)),
				Arguments.of("= a sub-model: its variants", "=", quoted(sub), CATALOGUE.variantUuidsOf(sub)),
				Arguments.of("= a 1-level root: its variants", "=", quoted(ONE_LEVEL_ROOT),
						CATALOGUE.variantUuidsOf(ONE_LEVEL_ROOT)),
				Arguments.of("= an unknown model: nothing", "=", quoted("MD-999999"), List.of()),
				Arguments.of("IN a 2-level root: nothing, no variant is its direct child", "IN",
						"[" + quoted(TWO_LEVEL_ROOT) + "]", List.of()),
				Arguments.of("IN a sub-model and a 1-level root: their direct children", "IN",
						"[" + quoted(sub) + "," + quoted(ONE_LEVEL_ROOT) + "]", subAndOneLevel));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parentFilters")
	void filtersProductsOnTheirParentAsAkeneoDocumentsIt(String filter, String operator, String value,
			List<String> expected) {
		// given
		String search = "{\"parent\":[{\"operator\":\"" + operator + "\",\"value\":" + value + "}]}";

		// when
		List<String> found = SimulatorTestClient.uuids(AKENEO.client().walk(PRODUCTS + "?pagination_type=search_after"
				+ "&limit=100&search=" + encode(search)));

		// then
		assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', value = {
			"NOT IN | [\"MD-000001\"] | Filter on property \"parent\" is not supported or does not support operator \"NOT IN\"",
			"= | [\"MD-000001\"] | Property \"parent\" expects a string as data",
			"IN | \"MD-000001\" | Property \"parent\" expects an array of strings as data" })
	void refusesOtherOperatorsAndValuesOfTheWrongTypeWith422(String operator, String value, String message) {
		// given
		String search = "{\"parent\":[{\"operator\":\"" + operator + "\",\"value\":" + value + "}]}";

		// when
		Reply reply = AKENEO.client().get(PRODUCTS + "?pagination_type=search_after&search=" + encode(search));

		// then
		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.body().get("code").asInt()).isEqualTo(422);
		assertThat(reply.body().get("message").asString()).startsWith(message);
	}

	private static String subModelOf(String root) {
		return CATALOGUE.productModels().stream().filter(model -> root.equals(model.path("parent").asString(null)))
			.map(model -> model.get("code").asString())
			.findFirst()
			.orElseThrow();
	}

	private static String quoted(String code) {
		return "\"" + code + "\"";
	}

}
