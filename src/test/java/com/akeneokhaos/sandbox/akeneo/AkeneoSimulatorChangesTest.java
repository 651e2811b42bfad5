package com.akeneokhaos.sandbox.akeneo;

import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.PRODUCTS;
import static com.akeneokhaos.sandbox.akeneo.SimulatorTestClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.support.TestClock;

class AkeneoSimulatorChangesTest {

	private static final String DELTA = PRODUCTS + "?pagination_type=search_after&limit=100&search="
			+ encode("{\"updated\":[{\"operator\":\">\",\"value\":\"2025-02-01 00:00:00\"}]}");

	private final TestClock clock = new TestClock(Instant.parse("2025-02-01T00:00:00Z"));

	private GeneratedCatalogue catalogue;

	private AkeneoSimulator simulator;

	private SimulatorTestClient client;

	@BeforeEach
	void startSimulator() {
		catalogue = CatalogueGenerator.generate(CatalogueSpec.of(4, 50));
		simulator = new AkeneoSimulator().clock(clock).start().load(catalogue);
		client = new SimulatorTestClient(simulator);
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void updatingAProductBumpsItsUpdatedDateIntoTheNextDelta() {
		// given
		String uuid = catalogue.uuids().get(17);
		clock.advance(Duration.ofMinutes(5));

		// when
		ObjectNode updated = simulator.updateProduct(uuid, p -> p.put("enabled", false));

		// then
		assertThat(updated.get("updated").asString()).isEqualTo("2025-02-01T00:05:00+00:00");
		assertThat(SimulatorTestClient.uuids(client.walk(DELTA))).containsExactly(uuid);
		assertThat(client.get(PRODUCTS + "/" + uuid).body().get("enabled").asBoolean()).isFalse();
	}

	@Test
	void addedProductsAreServedInUuidOrderAndRemovedOnesDisappear() {
		// given
		ObjectNode added = catalogue.product(catalogue.uuids().get(0)).orElseThrow();
		added.put("uuid", "00000000-0000-4000-8000-000000000001");
		added.remove("updated");
		String removed = catalogue.uuids().get(10);

		// when
		simulator.addProduct(added);
		simulator.removeProduct(removed);

		// then
		List<String> served = SimulatorTestClient.uuids(client.walk(PRODUCTS + "?pagination_type=search_after&limit=100"));
		assertThat(served).hasSize(50).startsWith("00000000-0000-4000-8000-000000000001").doesNotContain(removed);
		assertThat(simulator.product("00000000-0000-4000-8000-000000000001")).get()
			.satisfies(p -> assertThat(p.get("updated").asString()).isEqualTo("2025-02-01T00:00:00+00:00"));
	}

	@Test
	void updatingACategoryLeavesItsProductsOutOfTheDelta() {
		// given
		clock.advance(Duration.ofHours(1));

		// when
		ObjectNode tops = simulator.updateCategory("tops", c -> ((ObjectNode) c.get("labels")).put("en_GB", "Tops"));

		// then
		assertThat(tops.get("updated").asString()).isEqualTo("2025-02-01T01:00:00+00:00");
		assertThat(client.get("/api/rest/v1/categories/tops").body().get("labels").get("en_GB").asString())
			.isEqualTo("Tops");
		assertThat(client.walk(DELTA)).isEmpty();
	}

}
