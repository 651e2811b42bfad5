package com.akeneokhaos.khaos;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.AkeneoKhaosSyncApplication;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3, done-when 5: the service is killed (SIGKILL) after serving a ProvidedStock page and before
 * KCC's next request. Whether KCC got that page or not, nothing is lost: without an acknowledgement the
 * same page is served again, and its continuation moves on to the next page.
 */
class ProvidedStockServiceKillTest {

	static final String USER = "kcc";

	static final String PASSWORD = "kill-test-password";

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path folder;

	@Test
	void aPageServedBeforeTheServiceDiedIsServedAgainAndNothingIsSkipped() throws Exception {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("kill_channel");
		int port = freePort();
		Process first = startService(db, port, "first.log");
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
		for (int i = 1; i <= 30; i++) {
			insertPending(jdbc, i);
		}
		HttpResponse<String> page1 = providedStock(port, null);
		// when
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Process second = startService(db, port, "second.log");
		HttpResponse<String> page1Again = providedStock(port, null);
		String token1 = page1.headers().firstValue("Sirion-Continuation").orElseThrow();
		HttpResponse<String> page2 = providedStock(port, token1);
		HttpResponse<String> page3 = providedStock(port, continuation(page2));
		HttpResponse<String> end = providedStock(port, continuation(page3));
		second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		// then
		assertThat(stockIds(page1)).hasSize(10);
		assertThat(stockIds(page1Again)).isEqualTo(stockIds(page1));
		List<String> served = new ArrayList<>(stockIds(page1));
		served.addAll(stockIds(page2));
		served.addAll(stockIds(page3));
		assertThat(served).doesNotHaveDuplicates().hasSize(30);
		assertThat(stockIds(end)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM khaos_outbox WHERE delivered_at IS NULL").query(Long.class).single())
			.isZero();
	}

	private Process startService(TestDatabase.Coordinates db, int port, String log) throws IOException {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AkeneoKhaosSyncApplication.class.getName(),
				"--server.port=" + port, "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--khaos.channel.username=" + USER, "--khaos.channel.password=" + PASSWORD,
				"--khaos.channel.public-base-url=http://127.0.0.1:" + port, "--khaos.channel.page-size=10");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(folder.resolve(log).toFile())
			.start();
		await().atMost(120, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> isUp(port, process));
		return process;
	}

	private boolean isUp(int port, Process process) {
		if (!process.isAlive()) {
			throw new IllegalStateException("the service exited with " + process.exitValue());
		}
		try {
			return send(port, "EndpointConfig", null).statusCode() == 200;
		}
		catch (RuntimeException notYet) {
			return false;
		}
	}

	private HttpResponse<String> providedStock(int port, String continuation) {
		HttpResponse<String> response = send(port, "ProvidedStock", continuation);
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private HttpResponse<String> send(int port, String endpoint, String continuation) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/khaos/" + endpoint))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
		if (continuation != null) {
			request.header("Sirion-Continuation", continuation);
		}
		try {
			return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String continuation(HttpResponse<String> response) {
		return response.headers().firstValue("Sirion-Continuation").orElseThrow();
	}

	private static List<String> stockIds(HttpResponse<String> response) {
		JsonNode items = JSON.readTree(response.body()).at("/StockItems/Items");
		List<String> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("StockID").asString()));
		return ids;
	}

	private static void insertPending(JdbcClient jdbc, int n) {
		String stockId = "P-kill-%03d".formatted(n);
		String payload = "{\"StockID\":\"%s\",\"StockCode\":\"KILL-%03d\",\"ShortDescription\":\"Item %d\"}"
			.formatted(stockId, n, n);
		jdbc.sql("INSERT INTO khaos_outbox (stock_id, item_key, stock_code, change_type, delivery_rank, payload, "
				+ "payload_hash, created_at) VALUES (?, ?, ?, 'CREATE', 0, ?, ?, ?)")
			.params(stockId, "uuid-" + n, "KILL-%03d".formatted(n), payload, "%064d".formatted(n),
					LocalDateTime.now().plusNanos(n * 1000L))
			.update();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
