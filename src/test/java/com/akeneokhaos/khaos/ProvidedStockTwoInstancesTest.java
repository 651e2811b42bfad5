package com.akeneokhaos.khaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

/**
 * Issue 14: two service instances (A, the test's context, and B, started beside it on the same database) serve
 * one KCC poller behind a load balancer, which sends each ProvidedStock request to either of them and, as a
 * retry does, sometimes the same request to both at once. The channel's row lock serialises them: both replies
 * to one request are the same page, every outbox row is served in exactly one acknowledged page, in outbox order,
 * no page is served again once acknowledged, and nothing is lost.
 */
@EndToEnd(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "khaos.channel.username=" + ProvidedStockTwoInstancesTest.USER,
				"khaos.channel.password=" + ProvidedStockTwoInstancesTest.PASSWORD,
				"khaos.channel.public-base-url=" + ProvidedStockTwoInstancesTest.PUBLIC_BASE_URL,
				"khaos.channel.page-size=" + ProvidedStockTwoInstancesTest.PAGE_SIZE })
class ProvidedStockTwoInstancesTest extends EndToEndTestBase {

	static final String USER = "kcc-channel";

	static final String PASSWORD = "two-instances-password";

	static final String PUBLIC_BASE_URL = "https://sync.example.test/";

	static final int PAGE_SIZE = 25;

	private static final int ROWS = 2500;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ConfigurableApplicationContext instanceB;

	@LocalServerPort
	int port;

	/** Instance B: the same application, on a port of its own, on instance A's (already migrated) database. */
	@BeforeAll
	static void startInstanceB(ApplicationContext instanceA) {
		Environment a = instanceA.getEnvironment();
		instanceB = new SpringApplicationBuilder(AkeneoKhaosSyncApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + a.getRequiredProperty("spring.datasource.url"),
				"--spring.datasource.username=" + a.getRequiredProperty("spring.datasource.username"),
				"--spring.datasource.password=" + a.getProperty("spring.datasource.password", ""),
				"--khaos.channel.username=" + USER, "--khaos.channel.password=" + PASSWORD,
				"--khaos.channel.public-base-url=" + PUBLIC_BASE_URL, "--khaos.channel.page-size=" + PAGE_SIZE);
	}

	@AfterAll
	static void stopInstanceB() {
		if (instanceB != null) {
			instanceB.close();
		}
	}

	@BeforeEach
	void emptyOutbox() {
		jdbc.sql("DELETE FROM khaos_outbox").update();
	}

	@Test
	void aPollerSendingEachRequestToEitherInstanceTakesEveryRowInOneAcknowledgedPage() {
		// given
		List<String> pending = OutboxRows.append(jdbc, ROWS);
		LoadBalancedPoller poller = poller(new Random(14), 0, 0);

		// when
		poller.pollUntilEmpty();

		// then
		assertThat(poller.statuses).containsOnly(200);
		assertEachRowDeliveredInOneAcknowledgedPage(poller, pending);
		assertThat(poller.requestsTo).containsOnlyKeys("A", "B")
			.allSatisfy((instance, requests) -> assertThat(requests).isPositive());
	}

	@Test
	void duplicateRequestsToBothInstancesAtOnceGetTheSamePageAndNoPageIsServedAgainOnceAcknowledged() {
		// given
		List<String> pending = OutboxRows.append(jdbc, ROWS);
		LoadBalancedPoller poller = poller(new Random(1414), 0.5, 0.1);

		// when
		poller.pollUntilEmpty();

		// then
		assertThat(poller.statuses).containsOnly(200);
		assertEachRowDeliveredInOneAcknowledgedPage(poller, pending);
		assertThat(poller.duplicates).hasSizeGreaterThan(20)
			.allSatisfy(pair -> assertThat(pair.get(1)).isEqualTo(pair.get(0)));
		assertThat(poller.lostReplies).isPositive();
	}

	/**
	 * The acknowledged pages (those whose token the poller echoed) hold every pending StockID once and in outbox
	 * order; a page served again before its acknowledgement came back under the same token with the same StockIDs,
	 * and none after it; and each row is marked delivered under the token of the one page that served it.
	 */
	private void assertEachRowDeliveredInOneAcknowledgedPage(LoadBalancedPoller poller, List<String> pending) {
		assertThat(poller.servedAfterAcknowledgement).isEmpty();
		List<String> acknowledged = new ArrayList<>();
		Map<String, String> tokenOf = new HashMap<>();
		poller.acknowledged.forEach((token, stockIds) -> {
			acknowledged.addAll(stockIds);
			stockIds.forEach(stockId -> tokenOf.put(stockId, token));
		});
		assertThat(acknowledged).containsExactlyElementsOf(pending);
		assertThat(poller.served)
			.allSatisfy(page -> assertThat(poller.acknowledged).containsEntry(page.token(), page.stockIds()));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL")).isZero();
		Map<String, String> delivered = new HashMap<>();
		jdbc.sql("SELECT stock_id, delivery_token FROM khaos_outbox")
			.query(rs -> {
				delivered.put(rs.getString(1), rs.getString(2));
			});
		assertThat(delivered).isEqualTo(tokenOf);
	}

	private LoadBalancedPoller poller(Random random, double duplicateChance, double lossChance) {
		int portB = instanceB.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return new LoadBalancedPoller(random, duplicateChance, lossChance,
				Map.of("A", providedStock(port), "B", providedStock(portB)));
	}

	private static URI providedStock(int port) {
		return URI.create("http://localhost:" + port + "/khaos/ProvidedStock");
	}

	/** One ProvidedStock reply: its status, token and StockIDs. */
	record Page(int status, String token, List<String> stockIds) {

		static Page of(HttpResponse<String> response) {
			if (response.statusCode() != 200) {
				return new Page(response.statusCode(), "", List.of());
			}
			List<String> stockIds = new ArrayList<>();
			JSON.readTree(response.body())
				.at("/StockItems/Items")
				.forEach(item -> stockIds.add(item.get("StockID").asString()));
			return new Page(200, response.headers().firstValue(ProvidedStockEndpoint.CONTINUATION).orElseThrow(),
					stockIds);
		}

	}

	/**
	 * KCC's poller behind a load balancer: each request goes to instance A or B at random; with
	 * {@code duplicateChance} the same request goes to both at the same moment (a retry while the first is still
	 * out) and the poller gets one of the two replies; with {@code lossChance} a reply never reaches it, so it
	 * asks again with the same continuation. It echoes the continuation of every reply it gets.
	 */
	static final class LoadBalancedPoller {

		private static final int MAX_REQUESTS = 2 * ROWS;

		private final HttpClient http = HttpClient.newHttpClient();

		private final Random random;

		private final double duplicateChance;

		private final double lossChance;

		private final Map<String, URI> instances;

		final List<Integer> statuses = new ArrayList<>();

		final Map<String, Integer> requestsTo = new HashMap<>();

		/** The StockIDs of each page whose token the poller echoed, by token, in the order received. */
		final Map<String, List<String>> acknowledged = new LinkedHashMap<>();

		/** Every page the poller got, including those it got again before acknowledging them. */
		final List<Page> served = new ArrayList<>();

		/** Every reply, taken by the poller or not, that served a page the poller had already acknowledged. */
		final List<Page> servedAfterAcknowledgement = new ArrayList<>();

		/**
		 * The two replies, A's first, of each request sent to both instances at once that served stock (an empty
		 * page tags nothing, so it has a new token every time).
		 */
		final List<List<Page>> duplicates = new ArrayList<>();

		int lostReplies;

		LoadBalancedPoller(Random random, double duplicateChance, double lossChance, Map<String, URI> instances) {
			this.random = random;
			this.duplicateChance = duplicateChance;
			this.lossChance = lossChance;
			this.instances = instances;
		}

		/** Polls, from first contact, until a page comes back empty. */
		void pollUntilEmpty() {
			String continuation = "";
			for (int request = 0; request < MAX_REQUESTS; request++) {
				Page page = (random.nextDouble() < duplicateChance) ? toBothAtOnce(continuation)
						: received(toOne(random.nextBoolean() ? "A" : "B", continuation).join());
				if (page.status() != 200) {
					continue;
				}
				if (page.stockIds().isEmpty()) {
					return;
				}
				served.add(page);
				if (random.nextDouble() < lossChance) {
					lostReplies++;
					continue;
				}
				acknowledged.putIfAbsent(page.token(), page.stockIds());
				continuation = page.token();
			}
			throw new AssertionError("no empty page after " + MAX_REQUESTS + " requests");
		}

		private Page toBothAtOnce(String continuation) {
			CompletableFuture<Page> a = toOne("A", continuation);
			CompletableFuture<Page> b = toOne("B", continuation);
			List<Page> pair = List.of(received(a.join()), received(b.join()));
			if (!pair.get(0).stockIds().isEmpty() || !pair.get(1).stockIds().isEmpty()) {
				duplicates.add(pair);
			}
			return pair.get(random.nextInt(2));
		}

		/** Notes a reply that serves again a page whose token the poller has already echoed. */
		private Page received(Page page) {
			if (!page.stockIds().isEmpty() && acknowledged.containsKey(page.token())) {
				servedAfterAcknowledgement.add(page);
			}
			return page;
		}

		private CompletableFuture<Page> toOne(String instance, String continuation) {
			HttpRequest.Builder request = HttpRequest.newBuilder(instances.get(instance))
				.header("Authorization", ChannelTestBase.basic(USER, PASSWORD))
				.GET();
			if (!continuation.isEmpty()) {
				request.header(ProvidedStockEndpoint.CONTINUATION, continuation);
			}
			requestsTo.merge(instance, 1, Integer::sum);
			return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
				.thenApply(response -> record(Page.of(response)));
		}

		private synchronized Page record(Page page) {
			statuses.add(page.status());
			return page;
		}

	}

}
