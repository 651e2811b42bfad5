package com.akeneokhaos.admin;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh slowed by Akeneo (every answer 300 ms late) is asked to stop over the admin API once it has committed
 * a chunk: it ends STOPPED after its current chunk, with whole chunks written and published; while it runs, neither
 * a new start nor a restart of it is taken (409), and once stopped it cannot be stopped again (409). Restarted, it
 * publishes the rest, no product twice.
 */
@TestPropertySource(properties = "akeneo.read-partitions=1") // one page after another, slow enough to stop
class AdminApiStopTest extends AdminApiTestBase {

	private static final int CHUNK = 100;

	private static final int PRODUCTS = 1000;

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(99L, PRODUCTS);

	@Test
	void aStoppedRunEndsAfterItsCurrentChunkAndItsRestartPublishesTheRestOnce() {
		// given a slowed run that has committed a chunk
		AdminClient admin = admin();
		akeneo().delayResponses(Duration.ofMillis(300));
		long id = admin.post(REFRESH).json().get("id").asLong();
		admin.awaitExecution(id, execution -> written(execution) >= CHUNK);
		// when
		AdminClient.Response startAgain = admin.post(REFRESH);
		AdminClient.Response restartRunning = admin.post("/api/executions/" + id + "/restart");
		// then
		assertThat(startAgain.status()).as(startAgain.body()).isEqualTo(409);
		assertThat(restartRunning.status()).as(restartRunning.body()).isEqualTo(409);

		// when
		AdminClient.Response stop = admin.post("/api/executions/" + id + "/stop");
		// then
		assertThat(stop.status()).as(stop.body()).isEqualTo(202);
		assertThat(stop.json().get("id").asLong()).isEqualTo(id);
		assertThat(stop.json().get("status").asString()).isEqualTo("STOPPING");
		JsonNode stopped = admin.awaitEnd(id);
		assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
		long written = written(stopped);
		assertThat(written).isPositive().isLessThan(PRODUCTS);
		assertThat(written % CHUNK).isZero();
		assertThat(AdminApiRunTest.step(stopped, "publish-products").get("read").asLong()).isEqualTo(written);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(written);

		// when
		AdminClient.Response stopAgain = admin.post("/api/executions/" + id + "/stop");
		// then
		assertThat(stopAgain.status()).isEqualTo(409);
		assertThat(stopAgain.json().get("error").asString()).contains("not running");

		// given
		akeneo().clearFaults();
		// when
		AdminClient.Response restart = admin.post("/api/executions/" + id + "/restart");
		// then
		assertThat(restart.status()).as(restart.body()).isEqualTo(202);
		JsonNode restarted = admin.awaitEnd(restart.json().get("id").asLong());
		assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(AdminApiRunTest.step(restarted, "publish-products").get("read").asLong())
			.isEqualTo(PRODUCTS - written);
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(PRODUCTS);
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox")).isEqualTo(PRODUCTS);
	}

	/** Products written so far by the execution's publishing step (0 before it started). */
	private static long written(JsonNode execution) {
		for (JsonNode step : execution.get("steps")) {
			if (step.get("name").asString().equals("publish-products")) {
				return step.get("written").asLong();
			}
		}
		return 0;
	}

}
