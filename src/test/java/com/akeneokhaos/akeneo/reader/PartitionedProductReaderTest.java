package com.akeneokhaos.akeneo.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.akeneo.AkeneoApiException;
import com.akeneokhaos.akeneo.AkeneoClient;
import com.akeneokhaos.akeneo.AkeneoFixtures;
import com.akeneokhaos.akeneo.AkeneoProduct;
import com.akeneokhaos.akeneo.AkeneoProperties;
import com.akeneokhaos.akeneo.AkeneoUnavailableException;
import com.akeneokhaos.sandbox.akeneo.AkeneoSimulator;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.sandbox.akeneo.LoggedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@link PartitionedProductReader} against the Akeneo simulator answering each request after a random delay (so
 * partitions answer in an order nobody chose): every product, a product without a family among them, is handed
 * out once and in uuid order whatever the number of partitions; never more requests at once than the client
 * allows; a restart after a partition failed for good goes on from the last committed product of each partition
 * and reads no partition that was read to its end.
 */
class PartitionedProductReaderTest {

	private static final int PAGE_SIZE = 10;

	private static final int CHUNK = 7;

	private static final String WITHOUT_FAMILY = "00000000-0000-4000-8000-0000000000f0";

	private final GeneratedCatalogue catalogue = CatalogueGenerator
		.generate(CatalogueSpec.of(15, 150).withModels(4, 2, 3).withDefectsSpreadEvenly(10));

	private AkeneoSimulator simulator;

	private AkeneoClient client;

	@BeforeEach
	void startSimulator() {
		simulator = AkeneoFixtures.simulator(catalogue);
		ObjectNode orphan = simulator.product(catalogue.validUuids().get(0)).orElseThrow().deepCopy();
		orphan.put("uuid", WITHOUT_FAMILY).putNull("family");
		orphan.withObject("values").remove("sku");
		simulator.addProduct(orphan);
		simulator.delayResponsesRandomly(15, Duration.ofMillis(8));
		client = AkeneoFixtures.client(AkeneoFixtures.properties(simulator.baseUrl(), PAGE_SIZE, 4,
				new AkeneoProperties.Retry(1, Duration.ofMillis(10), Duration.ofSeconds(1), 2.0, Duration.ZERO)),
				new AkeneoFixtures.RecordingSleeper(), AkeneoFixtures.clock());
	}

	@AfterEach
	void stopSimulator() {
		simulator.close();
	}

	@ParameterizedTest(name = "{0} at once")
	@ValueSource(ints = { 1, 2, 3, 4 })
	void handsOutEveryProductOnceInUuidOrder(int partitions) {
		// given
		PartitionedProductReader reader = reader(partitions);
		ExecutionContext context = new ExecutionContext();

		// when
		List<String> read = readToTheEnd(reader, context);

		// then
		assertThat(reader.partitionCount()).isEqualTo(partitions);
		assertThat(read).containsExactlyElementsOf(new TreeSet<>(allUuids()));
		assertThat(read).contains(WITHOUT_FAMILY);
		assertThat(simulator.maxConcurrentRequests()).isLessThanOrEqualTo(partitions);
	}

	@Test
	void readsThePartitionsAtOnceButNeverMoreRequestsThanTheClientAllows() {
		// given
		simulator.delayResponses(Duration.ofMillis(30));
		PartitionedProductReader reader = twoAtOnce();

		// when
		List<String> read = readToTheEnd(reader, new ExecutionContext());

		// then
		assertThat(read).hasSize(allUuids().size());
		assertThat(reader.partitionCount()).isEqualTo(2);
		assertThat(simulator.maxConcurrentRequests()).isEqualTo(2);
	}

	@Test
	void aPlanOfMoreSearchesThanRequestsAtOnceSavedByAnEarlierVersionIsReadWithinTheLimit() {
		// given: the family searches an earlier version planned, three of them, for a client of two at once
		simulator.delayResponses(Duration.ofMillis(30));
		PartitionedProductReader reader = twoAtOnce();
		ExecutionContext saved = new ExecutionContext();
		saved.putString("products." + PartitionedProductReader.PLAN, JsonMapper.shared()
			.writeValueAsString(List.of("{\"family\":[{\"operator\":\"IN\",\"value\":[\"clothing\"]}]}",
					"{\"family\":[{\"operator\":\"IN\",\"value\":[\"homeware\"]}]}",
					"{\"family\":[{\"operator\":\"NOT IN\",\"value\":[\"clothing\",\"homeware\"]}]}")));

		// when
		List<String> read = readToTheEnd(reader, saved);

		// then
		assertThat(reader.partitionCount()).isEqualTo(3);
		assertThat(read).containsExactlyElementsOf(new TreeSet<>(allUuids()));
		assertThat(simulator.maxConcurrentRequests()).isEqualTo(2);
	}

	@Test
	void aRestartAfterOnePartitionFailedForGoodGoesOnWhereEachPartitionStood() {
		// given
		ExecutionContext committed = new ExecutionContext();
		List<String> handedOut = new ArrayList<>();
		PartitionedProductReader planning = reader(4);
		planning.open(committed); // saves the plan the reads below follow
		planning.close();
		simulator.failProductPagesFrom(plan(committed).get(0)::equals, 2, 500);
		Exception failure = readInChunks(reader(4), committed, handedOut);
		simulator.clearFaults();
		int readBeforeRestart = handedOut.size();
		List<String> finishedBefore = finishedParts(committed);
		simulator.resetObservations();

		// when
		Exception none = readInChunks(reader(4), committed, handedOut);

		// then
		assertThat(failure).isInstanceOf(AkeneoUnavailableException.class);
		assertThat(none).isNull();
		assertThat(readBeforeRestart).isPositive().isLessThan(allUuids().size());
		assertThat(handedOut).containsExactlyElementsOf(new TreeSet<>(allUuids()));
		assertThat(productListRequests()).noneMatch(request -> finishedBefore.stream()
			.anyMatch(part -> request.pathAndQuery().contains(part)));
	}


	@Test
	void aCountAkeneoRefusesWhilePlanningFailsTheOpenWithAkeneosOwnError() {
		// given
		simulator.failProductPagesFrom(1, 403);

		// when
		Throwable failure = catchThrowable(() -> reader(4).open(new ExecutionContext()));

		// then
		assertThat(failure).isInstanceOfSatisfying(AkeneoApiException.class,
				refused -> assertThat(refused.status()).isEqualTo(403));
	}

	@Test
	void aReaderOpenedOnAFinishedReadReadsNothing() {
		// given
		ExecutionContext context = new ExecutionContext();
		readToTheEnd(reader(4), context);
		simulator.resetObservations();

		// when
		List<String> again = readToTheEnd(reader(4), context);

		// then
		assertThat(again).isEmpty();
		assertThat(simulator.requestCount("/api/rest/v1/products-uuid")).isZero();
	}

	@Test
	void refusesMorePartitionsThanRequestsInFlight() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PartitionedProductReader.builder().name("products").client(client).partitions(5).build())
			.withMessage("The products are read in 1 to 4 partitions (akeneo.max-in-flight), not 5");
	}

	private PartitionedProductReader twoAtOnce() {
		AkeneoClient twoAtOnce = AkeneoFixtures.client(AkeneoFixtures.properties(simulator.baseUrl(), PAGE_SIZE, 2,
				AkeneoProperties.Retry.defaults()), new AkeneoFixtures.RecordingSleeper(), AkeneoFixtures.clock());
		return PartitionedProductReader.builder().name("products").client(twoAtOnce).build();
	}

	private PartitionedProductReader reader(int partitions) {
		return PartitionedProductReader.builder().name("products").client(client).partitions(partitions).build();
	}

	private List<String> allUuids() {
		List<String> uuids = new ArrayList<>(catalogue.uuids());
		uuids.add(WITHOUT_FAMILY);
		return uuids;
	}

	private List<LoggedRequest> productListRequests() {
		return simulator.requestLog()
			.stream()
			.filter(request -> request.pathAndQuery().startsWith("/api/rest/v1/products-uuid?"))
			.toList();
	}

	private static List<String> plan(ExecutionContext context) {
		return List.of(JsonMapper.shared()
			.readValue(context.getString("products." + PartitionedProductReader.PLAN), String[].class));
	}

	/** The searches of the partitions a context says were read to their end. */
	private static List<String> finishedParts(ExecutionContext context) {
		List<String> plan = plan(context);
		List<String> finished = new ArrayList<>();
		for (int i = 0; i < plan.size(); i++) {
			if (context.containsKey("products.p" + (i + 1) + "." + ReadPosition.FINISHED)) {
				finished.add(URLEncoder.encode(plan.get(i), StandardCharsets.UTF_8)
					.replace("+", "%20"));
			}
		}
		return finished;
	}

	private static List<String> readToTheEnd(PartitionedProductReader reader, ExecutionContext context) {
		List<String> read = new ArrayList<>();
		assertThat(readInChunks(reader, context, read)).isNull();
		return read;
	}

	/**
	 * Reads as a chunk step does: the context is updated after every chunk of {@link #CHUNK} products, and only
	 * committed chunks count; returns what ended the read early, or null.
	 */
	private static Exception readInChunks(PartitionedProductReader reader, ExecutionContext committed,
			List<String> handedOut) {
		ExecutionContext working = new ExecutionContext(committed);
		reader.open(working);
		try {
			while (true) {
				List<String> chunk = new ArrayList<>();
				AkeneoProduct product = null;
				while (chunk.size() < CHUNK && (product = reader.read()) != null) {
					chunk.add(product.uuid());
				}
				reader.update(working);
				handedOut.addAll(chunk);
				working.entrySet().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
				if (product == null) {
					return null;
				}
			}
		}
		catch (RuntimeException ex) {
			return ex;
		}
		finally {
			reader.close();
		}
	}

}
