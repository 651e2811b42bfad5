package com.akeneokhaos.akeneo;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.akeneo.LoggedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request the client makes is one Akeneo accepts, checked against the Akeneo simulator, which refuses what
 * Akeneo refuses: a non-JSON {@code Accept} header (406), {@code search_after} pagination on the reference lists
 * (422). And the client never asks for {@code with_count}, which Akeneo only honours under page pagination and
 * which costs a count on every page.
 */
class AkeneoClientOnSimulatorTest {

	private static final String PRODUCTS = "/api/rest/v1/products-uuid";

	private static final String MODELS = "/api/rest/v1/product-models";

	private final GeneratedCatalogue catalogue = CatalogueGenerator
		.generate(CatalogueSpec.of(9, 40).withModels(2, 2, 2));

	private AkeneoSimulator simulator;

	private AkeneoClient client;

	@BeforeEach
	void startSimulator() {
		simulator = AkeneoFixtures.simulator(catalogue);
		AkeneoProperties properties = AkeneoFixtures.properties(simulator.baseUrl(), 20, 4,
				new AkeneoProperties.Retry(3, Duration.ofMillis(10), Duration.ofSeconds(30), 2.0, Duration.ZERO));
		client = AkeneoFixtures.client(properties, new AkeneoFixtures.RecordingSleeper(), AkeneoFixtures.clock());
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void everyReadTheSyncMakesIsARequestAkeneoAccepts() {
		// given
		String sub = catalogue.productModels().stream().filter(model -> model.path("parent").isString())
			.map(model -> model.get("code").asString())
			.findFirst()
			.orElseThrow();

		// when
		ReferenceData reference = client.referenceData();
		client.familyVariants(reference.families().keySet());
		int products = countAll(client.productsFirstPageUrl(null), client::productsPage);
		int models = countAll(client.productModelsFirstPageUrl(null), client::productModelsPage);
		client.product(catalogue.uuids().get(0)).orElseThrow();
		client.productModel(sub).orElseThrow();

		// then
		assertThat(products).isEqualTo(catalogue.productCount());
		assertThat(models).isEqualTo(catalogue.productModels().size());
		List<LoggedRequest> requests = simulator.requestLog();
		assertThat(requests).allSatisfy(request -> assertThat(request.status()).as(request.pathAndQuery())
			.isEqualTo(200));
		assertThat(requests).noneSatisfy(request -> assertThat(request.pathAndQuery()).contains("with_count"));
		assertThat(requests).filteredOn(request -> isList(request, PRODUCTS) || isList(request, MODELS))
			.isNotEmpty()
			.allSatisfy(request -> assertThat(request.pathAndQuery()).contains("pagination_type=search_after"));
		assertThat(requests).filteredOn(request -> !request.path().startsWith(PRODUCTS)
				&& !request.path().startsWith(MODELS))
			.isNotEmpty()
			.noneSatisfy(request -> assertThat(request.pathAndQuery()).contains("pagination_type"));
	}

	private static boolean isList(LoggedRequest request, String path) {
		return request.path().equals(path);
	}

	/** Follows a list from its first page to its last and counts the items. */
	private static int countAll(String first, Function<String, CursorPage<?>> fetch) {
		int total = 0;
		for (String url = first; url != null;) {
			CursorPage<?> page = fetch.apply(url);
			total += page.items().size();
			url = page.nextUrl();
		}
		return total;
	}

}
