package com.akeneokhaos.akeneo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SearchesTest {

	@Test
	void manyCodesAreSplitIntoSearchesOfAtMostFiftySorted() {
		// given
		List<String> codes = IntStream.rangeClosed(1, 120).mapToObj(i -> "c%03d".formatted(121 - i)).toList();

		// when
		List<String> searches = Searches.codes(codes);

		// then
		assertThat(searches).hasSize(3);
		assertThat(searches.get(0)).startsWith("{\"code\":[{\"operator\":\"IN\",\"value\":[\"c001\",\"c002\"");
		assertThat(searches.get(2)).endsWith("\"c120\"]}]}");
	}

	@Test
	void bothConditionsGoInOneSearch() {
		// when
		String search = Searches.both(Searches.withoutValue("khaos_status"), Searches.variants());

		// then
		assertThat(search).isEqualTo("{\"khaos_status\":[{\"operator\":\"EMPTY\"}],"
				+ "\"parent\":[{\"operator\":\"NOT EMPTY\"}]}");
	}

}
