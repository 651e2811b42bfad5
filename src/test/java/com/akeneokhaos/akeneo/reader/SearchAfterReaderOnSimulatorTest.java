package com.akeneokhaos.akeneo.reader;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.akeneo.LoggedRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers against the Akeneo simulator, on lists whose sizes (40 products, 10 product models) are multiples
 * of the page size: like Akeneo, the simulator then ends each list with an empty page. Every item is read once,
 * through that empty page; a reader restarted from a position saved on the empty page fetches that page only and
 * reads just what was added after the last item since.
 */
class SearchAfterReaderOnSimulatorTest {

	private static final int PAGE_SIZE = 10;

	private static final CatalogueSpec SPEC = CatalogueSpec.of(5, 32).withModels(4, 2, 1);

	private final GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

	private AkeneoSimulator simulator;

	private AkeneoClient client;

	@BeforeEach
	void startSimulator() {
		simulator = new AkeneoSimulator(AkeneoFixtures.CLIENT_ID, AkeneoFixtures.SECRET, AkeneoFixtures.USERNAME,
				AkeneoFixtures.PASSWORD).start().load(catalogue);
		AkeneoProperties properties = AkeneoFixtures.properties(simulator.baseUrl(), PAGE_SIZE, 4,
				new AkeneoProperties.Retry(3, Duration.ofMillis(10), Duration.ofSeconds(30), 2.0, Duration.ZERO));
		client = AkeneoFixtures.client(properties, new AkeneoFixtures.RecordingSleeper(), AkeneoFixtures.clock());
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	static Stream<SearchAfterReaderKind> kinds() {
		return SearchAfterReaderKind.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void readsEveryItemOnceThroughTheEmptyLastPage(SearchAfterReaderKind kind) {
		// given
		List<String> all = keys(kind);
		assertThat(all.size() % PAGE_SIZE).as("a multiple of the page size").isZero();

		// when
		List<String> read = readAll(kind, new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(all);
		assertThat(requests(kind)).hasSize(all.size() / PAGE_SIZE + 1)
			.allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void aRestartFromTheEmptyLastPageFetchesOnlyItAndReadsWhatWasAddedAfterTheLastItem(SearchAfterReaderKind kind) {
		// given
		List<String> all = keys(kind);
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = readAll(kind, context, all.size());
		String added = addAfterTheLast(kind);
		simulator.resetObservations();

		// when
		List<String> secondRun = readAll(kind, context, Integer.MAX_VALUE);

		// then
		assertThat(firstRun).containsExactlyElementsOf(all);
		assertThat(secondRun).containsExactly(added);
		assertThat(requests(kind)).hasSize(1);
	}

	private List<String> keys(SearchAfterReaderKind kind) {
		return (kind == SearchAfterReaderKind.PRODUCTS) ? catalogue.uuids()
				: catalogue.productModels().stream().map(model -> model.get("code").asString()).toList();
	}

	/** Adds an item whose key sorts after every other one; returns its key. */
	private String addAfterTheLast(SearchAfterReaderKind kind) {
		if (kind == SearchAfterReaderKind.PRODUCTS) {
			ObjectNode product = catalogue.products().get(0).deepCopy();
			product.put("uuid", "ffffffff-ffff-4fff-bfff-ffffffffffff");
			simulator.addProduct(product);
			return product.get("uuid").asString();
		}
		ObjectNode model = catalogue.productModel(catalogue.rootModelCodes().get(0)).orElseThrow();
		model.put("code", "ZZ-000001");
		simulator.addModel(model);
		return model.get("code").asString();
	}

	private List<LoggedRequest> requests(SearchAfterReaderKind kind) {
		return simulator.requestLog().stream().filter(request -> request.path().equals(kind.path())).toList();
	}

	/** Opens a reader of the kind on the context, reads up to {@code max} items, saves the position and closes it. */
	private List<String> readAll(SearchAfterReaderKind kind, ExecutionContext context, int max) {
		SearchAfterReader<?> reader = kind.factory().build(client, kind.name(), null, true);
		reader.open(context);
		List<String> read = new ArrayList<>();
		Object item;
		while (read.size() < max && (item = reader.read()) != null) {
			read.add(kind.keyOf(item));
		}
		reader.update(context);
		reader.close();
		return read;
	}

}
