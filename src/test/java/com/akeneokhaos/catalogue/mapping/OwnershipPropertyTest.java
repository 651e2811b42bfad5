package com.akeneokhaos.catalogue.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.akeneokhaos.akeneo.AkeneoProduct;

import tools.jackson.databind.JsonNode;

/**
 * For many random mappings of every Khaos field and random products: no {@code never} field ever reaches a
 * payload, and no on-create-only field is ever in the part sent on every update.
 */
class OwnershipPropertyTest {

	static IntStream seeds() {
		return IntStream.range(0, 200);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void neverFieldsAreNeverPublishedAndOnCreateFieldsNeverUpdated(int seed) {
		// given
		Random random = new Random(seed);
		RandomMappings randomMappings = new RandomMappings(random);
		StockItemMapper mapper = new StockItemMapper(randomMappings.mapping(), TestCatalogue.referenceData());

		for (int i = 0; i < 5; i++) {
			AkeneoProduct product = randomMappings.product("p-" + seed + "-" + i);

			// when
			MappedStockItem item = mapper.map(product).item();

			// then
			assertThat(fieldsIn(item.always())).allSatisfy(field -> {
				assertThat(field.allows(Ownership.NEVER)).as("never field %s published", field.path()).isFalse();
				assertThat(field.allows(Ownership.ALWAYS)).as("on-create field %s updated", field.path()).isTrue();
			});
			assertThat(fieldsIn(item.onCreate()))
				.allSatisfy(field -> assertThat(field.allows(Ownership.NEVER)).as(field.path()).isFalse());
		}
	}

	/** The Khaos fields a payload holds, by path; an unknown path fails the test. */
	static List<KhaosField> fieldsIn(JsonNode payload) {
		List<String> paths = new ArrayList<>();
		payload.forEachEntry((name, value) -> collect(name, value, paths));
		return paths.stream()
			.map(path -> KhaosField.lookup(path).orElseThrow(() -> new AssertionError("unknown field " + path)))
			.toList();
	}

	private static void collect(String path, JsonNode value, List<String> paths) {
		if (path.equals("UserDefinedFields")) {
			value.forEach(element -> paths.add(KhaosField.USER_DEFINED_PREFIX + element.path("Name").stringValue()));
		}
		else if (value.isObject()) {
			value.forEachEntry((name, nested) -> collect(path + "." + name, nested, paths));
		}
		else {
			paths.add(path);
		}
	}

}
