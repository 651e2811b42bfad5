package com.akeneokhaos.khaos;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3, done-when 5: the service is killed (SIGKILL) after serving a ProvidedStock page and before
 * KCC's next request. Whether KCC got that page or not, nothing is lost: without an acknowledgement the
 * same page is served again, and its continuation moves on to the next page.
 */
class ProvidedStockServiceKillTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path folder;

	@Test
	void aPageServedBeforeTheServiceDiedIsServedAgainAndNothingIsSkipped() {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("kill_channel");
		int port = ServiceProcess.freePort();
		ServiceProcess first = ServiceProcess.start(db, port, folder.resolve("first.log"), "--khaos.channel.page-size=10");
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(db.url(), db.username(), db.password()));
		for (int i = 1; i <= 30; i++) {
			insertPending(jdbc, i);
		}
		HttpResponse<String> page1 = providedStock(first, null);
		// when
		first.kill();
		try (ServiceProcess second = ServiceProcess.start(db, port, folder.resolve("second.log"),
				"--khaos.channel.page-size=10")) {
			HttpResponse<String> page1Again = providedStock(second, null);
			String token1 = page1.headers().firstValue("Sirion-Continuation").orElseThrow();
			HttpResponse<String> page2 = providedStock(second, token1);
			HttpResponse<String> page3 = providedStock(second, continuation(page2));
			HttpResponse<String> end = providedStock(second, continuation(page3));
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
	}

	private static HttpResponse<String> providedStock(ServiceProcess service, String continuation) {
		HttpResponse<String> response = service.get("ProvidedStock", continuation);
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
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

}
