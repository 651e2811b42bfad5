package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.Reply;

class CatalogueScaleTest {

	private static final int PRODUCTS_COUNT = 200_000;

	private static GeneratedCatalogue catalogue;

	private static Duration generation;

	@BeforeAll
	static void generateLargestCatalogue() {
		long start = System.nanoTime();
		catalogue = CatalogueGenerator.generate(CatalogueSpec.of(2024, PRODUCTS_COUNT).withDefectsSpreadEvenly(1_200));
		generation = Duration.ofNanos(System.nanoTime() - start);
	}

	@Test
	void generatesTwoHundredThousandProductsCompactly() {
		// when
		long jsonBytes = Arrays.stream(catalogue.storedProducts()).mapToLong(p -> p.json().length).sum();

		// then
		assertThat(catalogue.productCount()).isEqualTo(PRODUCTS_COUNT);
		assertThat(catalogue.expectedRejections()).hasSize(1_200);
		assertThat(catalogue.validUuids()).hasSize(PRODUCTS_COUNT - 1_200);
		assertThat(catalogue.uuids()).doesNotHaveDuplicates().isSorted();
		assertThat(jsonBytes).isLessThan(400L * 1024 * 1024);
		assertThat(generation).isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void simulatorServesTheLargestCatalogueToTheEnd() {
		// given
		try (AkeneoSimulator simulator = new AkeneoSimulator().start().load(catalogue)) {
			SimulatorTestClient client = new SimulatorTestClient(simulator);
			String lastUuid = catalogue.uuids().get(PRODUCTS_COUNT - 101);
			String cursor = SimulatorTestClient.uuidOnlyCursor(lastUuid);

			// when
			Reply first = client.get(PRODUCTS + "?pagination_type=search_after&limit=100");
			Reply lastFull = client.get(PRODUCTS + "?pagination_type=search_after&limit=100&search_after=" + cursor);
			Reply end = client.get(SimulatorTestClient.nextHref(lastFull.body()));

			// then
			assertThat(first.body().get("_embedded").get("items")).hasSize(100);
			assertThat(lastFull.body().get("_embedded").get("items")).hasSize(100);
			assertThat(end.body().get("_embedded").get("items")).as("the empty page Akeneo links after a full one")
				.isEmpty();
			assertThat(end.body().get("_links").has("next")).isFalse();
			assertThat(simulator.productCount()).isEqualTo(PRODUCTS_COUNT);
		}
	}

}
