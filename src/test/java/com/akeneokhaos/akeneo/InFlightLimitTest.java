package com.akeneokhaos.akeneo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.akeneokhaos.akeneo.AkeneoFixtures.RecordingSleeper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts concurrent requests on a tiny JDK HTTP server that answers slowly with plenty of threads, so
 * only the client can be what keeps the concurrency down.
 */
class InFlightLimitTest {

	private static final int CALLERS = 8;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger mostInFlight = new AtomicInteger();

	private final AtomicInteger productRequests = new AtomicInteger();

	private HttpServer server;

	private ExecutorService callers;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
		server.setExecutor(Executors.newFixedThreadPool(2 * CALLERS));
		server.createContext("/api/oauth/v1/token", exchange -> reply(exchange,
				AkeneoFixtures.token("access-1", "refresh-1", 3600)));
		server.createContext("/api/rest/v1/products-uuid/", this::slowProduct);
		server.start();
		callers = Executors.newFixedThreadPool(CALLERS);
	}

	@AfterEach
	void stopServer() {
		callers.shutdownNow();
		server.stop(0);
		((ExecutorService) server.getExecutor()).shutdownNow();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 4 })
	void keepsAtMostMaxInFlightRequestsOpen(int maxInFlight) throws Exception {
		// given
		String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
		AkeneoClient client = AkeneoFixtures.client(AkeneoFixtures.properties(baseUrl, 100, maxInFlight,
				AkeneoProperties.Retry.defaults()), new RecordingSleeper(), AkeneoFixtures.clock());

		// when
		List<Future<Optional<AkeneoProduct>>> calls = IntStream.range(0, CALLERS)
			.mapToObj(i -> callers.submit(() -> client.product(AkeneoFixtures.uuid(i))))
			.toList();
		for (Future<Optional<AkeneoProduct>> call : calls) {
			assertThat(call.get()).isPresent();
		}

		// then
		assertThat(productRequests).hasValue(CALLERS);
		assertThat(mostInFlight.get()).isEqualTo(maxInFlight);
	}

	private void slowProduct(HttpExchange exchange) throws IOException {
		mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
		productRequests.incrementAndGet();
		try {
			Thread.sleep(150);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		inFlight.decrementAndGet();
		String uuid = exchange.getRequestURI().getPath().substring("/api/rest/v1/products-uuid/".length());
		reply(exchange, AkeneoFixtures.productJson(0).replace(AkeneoFixtures.uuid(0), uuid));
	}

	private static void reply(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

}
