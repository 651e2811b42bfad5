package com.akeneokhaos.launch;

import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure's reason is every distinct message of its cause chain, outermost first, on one line. */
class FailureReasonTest {

	static Stream<Arguments> failures() {
		return Stream.of(Arguments.of(new IllegalStateException("Unable to process chunk"), "Unable to process chunk"),
				Arguments.of(new IllegalStateException("Unable to process chunk",
						new IllegalArgumentException("Skip limit of '3' exceeded", new RuntimeException("Item x rejected"))),
						"Unable to process chunk: Skip limit of '3' exceeded: Item x rejected"),
				Arguments.of(new RuntimeException(new IOException("connection reset")), "RuntimeException: connection reset"),
				Arguments.of(new IllegalStateException("same", new RuntimeException("same")), "same"),
				Arguments.of(new NullPointerException(), "NullPointerException"),
				Arguments.of(new IllegalStateException("first line\n  second line"), "first line second line"));
	}

	@ParameterizedTest
	@MethodSource("failures")
	void joinsTheCauseChainOnOneLine(Throwable failure, String reason) {
		// when
		String text = FailureReason.of(failure);
		// then
		assertThat(text).isEqualTo(reason);
	}

}
