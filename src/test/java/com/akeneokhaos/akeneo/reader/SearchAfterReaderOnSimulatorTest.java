package com.akeneokhaos.akeneo.reader;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.akeneo.AkeneoUnavailableException;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.akeneo.LoggedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The readers against the Akeneo simulator, on lists whose sizes (40 products, 10 product models) are multiples
 * of the page size: like Akeneo, the simulator then ends each list with an empty page. Every item is read once,
 * through that empty page; a reader restarted from a position saved on the empty page fetches that page only and
 * reads just what was added after the last item since. And a product reader given two searches, {@code updated}
 * and {@code uuid IN}, read in chunks as a step does, fails on a page of the second, and its restart ends with
 * every product of their union handed out.
 */
class SearchAfterReaderOnSimulatorTest {

	private static final int PAGE_SIZE = 10;

	private static final int CHUNK = 4;

	private static final DateTimeFormatter SEARCH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final CatalogueSpec SPEC = CatalogueSpec.of(5, 32).withModels(4, 2, 1);

	private final GeneratedCatalogue catalogue = CatalogueGenerator.generate(SPEC);

	private AkeneoSimulator simulator;

	private AkeneoClient client;

	@BeforeEach
	void startSimulator() {
		simulator = AkeneoFixtures.simulator(catalogue);
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
		List<String> read = kind.read(reader(kind), new ExecutionContext(), Integer.MAX_VALUE);

		// then
		assertThat(read).containsExactlyElementsOf(all);
		assertThat(requests(kind)).hasSize(all.size() / PAGE_SIZE + 1)
			.allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void aRestartFromTheEmptyLastPageFetchesOnlyItAndReadsWhatWasAddedAfterTheLastItem(SearchAfterReaderKind kind)
			throws InterruptedException {
		// given
		List<String> all = keys(kind);
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = kind.read(reader(kind), context, all.size());
		String added = addAfterTheLast(kind);
		SettledCount.of(() -> requests(kind).size()); // the empty last page the first run asked for ahead
		simulator.resetObservations();

		// when
		List<String> secondRun = kind.read(reader(kind), context, Integer.MAX_VALUE);

		// then
		assertThat(firstRun).containsExactlyElementsOf(all);
		assertThat(secondRun).containsExactly(added);
		assertThat(requests(kind)).hasSize(1);
	}

	@Test
	void readsTheUnionOfTwoSearchesThroughAFailingPageAndARestartLosingNoProduct() {
		// given
		long since = updatedOfTheMostRecent(12);
		List<String> updated = uuidsUpdatedAfter(since);
		List<String> listed = uuidsButEveryThird();
		List<String> union = union(updated, listed);
		List<String> searches = List.of(updatedAfter(since), uuidIn(listed));
		ExecutionContext context = new ExecutionContext();
		List<String> firstRun = new ArrayList<>();
		List<String> secondRun = new ArrayList<>();

		// when
		Throwable failure = catchThrowable(() -> readInChunks(productReader(searches), context, firstRun,
				() -> failFromPage2WhenInSearch2(context)));
		simulator.clearFaults();
		readInChunks(productReader(searches), context, secondRun, () -> {
		});

		// then
		assertThat(listed).as("products both searches list").containsAnyElementsOf(updated);
		assertThat(failure).isInstanceOf(AkeneoUnavailableException.class);
		assertThat(firstRun).as("committed before page 2 of search 2 failed")
			.hasSizeGreaterThan(updated.size())
			.containsExactlyElementsOf(union.subList(0, firstRun.size()));
		assertThat(secondRun).as("the rest of search 2, from right after the last committed product")
			.containsExactlyElementsOf(listed.subList(listed.indexOf(firstRun.get(firstRun.size() - 1)) + 1,
					listed.size()));
		assertThat(new LinkedHashSet<>(concat(firstRun, secondRun))).containsExactlyElementsOf(union);
		assertThat(context.containsKey("products.finished")).isTrue();
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

	private SearchAfterReader<?> reader(SearchAfterReaderKind kind) {
		return kind.factory().build(client, kind.name(), null, true);
	}

	private List<LoggedRequest> requests(SearchAfterReaderKind kind) {
		return simulator.requestLog().stream().filter(request -> request.path().equals(kind.path())).toList();
	}

	/** The uuids of the products updated after an epoch second, in uuid order. */
	private List<String> uuidsUpdatedAfter(long epochSecond) {
		return catalogue.uuids().stream()
			.filter(uuid -> updatedEpochSecond(uuid) > epochSecond)
			.toList();
	}

	/** The uuids in uuid order, but for every third one (from the first). */
	private List<String> uuidsButEveryThird() {
		return IntStream.range(0, catalogue.productCount())
			.filter(index -> index % 3 != 0)
			.mapToObj(catalogue.uuids()::get)
			.toList();
	}

	/** The first list, then what the second adds to it. */
	private static List<String> union(List<String> first, List<String> second) {
		return concat(first, second.stream().filter(uuid -> !first.contains(uuid)).toList());
	}

	/** The {@code updated} epoch second of the {@code n}th most recently updated product (counting from 0). */
	private long updatedOfTheMostRecent(int n) {
		return catalogue.uuids().stream()
			.map(this::updatedEpochSecond)
			.sorted(Comparator.reverseOrder())
			.toList()
			.get(n);
	}

	private long updatedEpochSecond(String uuid) {
		return OffsetDateTime.parse(catalogue.product(uuid).orElseThrow().get("updated").asString()).toEpochSecond();
	}

	private static String updatedAfter(long epochSecond) {
		String date = SEARCH_DATE.format(Instant.ofEpochSecond(epochSecond));
		return JsonMapper.shared()
			.writeValueAsString(Map.of("updated", List.of(Map.of("operator", ">", "value", date))));
	}

	private static String uuidIn(List<String> uuids) {
		return JsonMapper.shared()
			.writeValueAsString(Map.of("uuid", List.of(Map.of("operator", "IN", "value", uuids))));
	}

	/** Once the reader committed its way into search 2, every page from the second on fails (until cleared). */
	private void failFromPage2WhenInSearch2(ExecutionContext context) {
		if (context.getInt("products.search.index", 0) == 1) {
			simulator.failProductPagesFrom(2, 500);
		}
	}

	private SearchAfterReader<?> productReader(List<String> searches) {
		return SearchAfterReaderKind.PRODUCTS.searchesFactory().build(client, "products", null, searches);
	}

	/**
	 * Reads as a chunk-oriented step does: chunks of {@link #CHUNK} products, the position saved as each is
	 * committed (added to {@code committed}), then {@code afterCommit}; a failing read loses its chunk and ends the
	 * run with its exception.
	 */
	private static void readInChunks(SearchAfterReader<?> reader, ExecutionContext context, List<String> committed,
			Runnable afterCommit) {
		reader.open(context);
		try {
			List<String> chunk;
			do {
				chunk = readChunk(reader);
				reader.update(context);
				committed.addAll(chunk);
				afterCommit.run();
			}
			while (chunk.size() == CHUNK);
		}
		finally {
			reader.close();
		}
	}

	private static List<String> readChunk(SearchAfterReader<?> reader) {
		List<String> chunk = new ArrayList<>();
		Object item;
		while (chunk.size() < CHUNK && (item = reader.read()) != null) {
			chunk.add(SearchAfterReaderKind.PRODUCTS.keyOf(item));
		}
		return chunk;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
