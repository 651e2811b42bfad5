package com.akeneokhaos.publish;

import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;

import com.akeneokhaos.akeneo.AkeneoUnavailableException;
import com.akeneokhaos.problems.ItemRejectedException;
import com.akeneokhaos.problems.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InconsistentItemsTest {

	static Stream<Arguments> unforeseen() {
		return Stream.of(Arguments.of(new IllegalStateException("no such axis")),
				Arguments.of(new NullPointerException()), Arguments.of(new ClassCastException("ArrayNode")),
				Arguments.of(new IllegalArgumentException("bad")));
	}

	@ParameterizedTest
	@MethodSource("unforeseen")
	void anUnforeseenFailureHoldsTheItemBack(RuntimeException failure) {
		// given
		Supplier<String> process = () -> {
			throw failure;
		};
		// when / then
		assertThatThrownBy(() -> InconsistentItems.guarded("uuid-1", "SKU-1", process))
			.isInstanceOfSatisfying(ItemRejectedException.class, rejected -> {
				assertThat(rejected.itemKey()).isEqualTo("uuid-1");
				assertThat(rejected.violations()).singleElement()
					.satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.AKENEO_DATA_INCONSISTENT));
			});
	}

	static Stream<Arguments> infrastructure() {
		return Stream.of(Arguments.of(new AkeneoUnavailableException("/products-uuid", 503, 3, null)),
				Arguments.of(new DataAccessResourceFailureException("db down")));
	}

	@ParameterizedTest
	@MethodSource("infrastructure")
	void anInfrastructureFailureGoesThrough(RuntimeException failure) {
		// given
		Supplier<String> process = () -> {
			throw failure;
		};
		// when / then
		assertThatThrownBy(() -> InconsistentItems.guarded("uuid-1", "SKU-1", process)).isSameAs(failure);
	}

	@Test
	void aProcessedItemIsReturned() {
		// given
		Supplier<String> process = () -> "item";
		// when
		String item = InconsistentItems.guarded("uuid-1", "SKU-1", process);
		// then
		assertThat(item).isEqualTo("item");
	}

}
