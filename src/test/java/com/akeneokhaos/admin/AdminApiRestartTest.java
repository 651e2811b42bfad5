package com.akeneokhaos.admin;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh that Akeneo breaks after four pages fails with those pages committed; restarted over the admin API once
 * Akeneo is back, it goes on from the next page: the two executions read the catalogue once between them and every
 * product is published once. A completed run, and a failed one whose instance has since completed, cannot be
 * restarted (409).
 */
@TestPropertySource(properties = "akeneo.read-partitions=1") // page 5 of the one list of every product
class AdminApiRestartTest extends AdminApiTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(4242L, 750).withDefectsSpreadEvenly(12);

	@Test
	void aFailedRunRestartedOverTheApiResumesAfterItsLastCommittedChunk() {
		// given
		AdminClient admin = admin();
		akeneo().failProductPagesFrom(5, 500);
		JsonNode failed = admin.awaitEnd(admin.post(REFRESH).json().get("id").asLong());
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(AdminApiRunTest.step(failed, "publish-products").get("read").asLong()).isEqualTo(400);
		akeneo().clearFaults();
		// when
		AdminClient.Response restart = admin.post("/api/executions/" + failed.get("id").asLong() + "/restart");
		// then
		assertThat(restart.status()).as(restart.body()).isEqualTo(202);
		JsonNode restarted = admin.awaitEnd(restart.json().get("id").asLong());
		assertThat(restart.header("Location")).endsWith("/api/executions/" + restarted.get("id").asLong());
		assertThat(restarted.get("id").asLong()).isGreaterThan(failed.get("id").asLong());
		assertThat(restarted.get("instanceId").asLong()).isEqualTo(failed.get("instanceId").asLong());
		assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
		long readBefore = AdminApiRunTest.step(failed, "publish-products").get("read").asLong();
		long readAfter = AdminApiRunTest.step(restarted, "publish-products").get("read").asLong();
		assertThat(readAfter).isEqualTo(350);
		assertThat(readBefore + readAfter).isEqualTo(750);
		assertThat(failed.get("figures").get("read").asLong() + restarted.get("figures").get("read").asLong())
			.isEqualTo(750);
		int valid = catalogue().validUuids().size();
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(valid);
		assertThat(count("SELECT COUNT(DISTINCT stock_id) FROM khaos_outbox")).isEqualTo(valid);
		assertThat(count("SELECT COUNT(DISTINCT item_key) FROM sync_exception"))
			.isEqualTo(catalogue().expectedRejections().size());

		// when
		AdminClient.Response completedAgain = admin
			.post("/api/executions/" + restarted.get("id").asLong() + "/restart");
		AdminClient.Response failedAgain = admin.post("/api/executions/" + failed.get("id").asLong() + "/restart");
		// then
		assertThat(completedAgain.status()).isEqualTo(409);
		assertThat(completedAgain.json().get("error").asString()).contains("COMPLETED");
		assertThat(failedAgain.status()).as(failedAgain.body()).isEqualTo(409);
		assertThat(failedAgain.json().get("error").asString()).contains("already exists and is complete");
		assertThat(count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(2);
	}

}
