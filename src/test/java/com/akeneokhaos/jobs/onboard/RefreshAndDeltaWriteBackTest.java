package com.akeneokhaos.jobs.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

/**
 * catalogue-refresh and delta-sync write the statuses back too when {@code sync.write-back.jobs} names them: every
 * rejection with its reasons, {@code pending} until Khaos confirms, then {@code confirmed}; nothing sent twice. They
 * never release a product: only sku-onboarding does.
 */
@TestPropertySource(properties = "sync.write-back.jobs=sku-onboarding,catalogue-refresh,delta-sync")
class RefreshAndDeltaWriteBackTest extends OnboardingTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1215L, 30).withDefectsSpreadEvenly(6);

	@Test
	void aRefreshShowsEveryRejectionWithItsReasonsAndEveryOtherProductsStatus() throws Exception {
		// given
		List<String> rejected = List.copyOf(catalogue().expectedRejections().keySet());

		// when
		JobExecution first = refresh();
		List<String> statusesBeforeKhaos = catalogue().validUuids().stream().map(uuid -> status(uuid).orElse("")).toList();
		khaos().pollOnce();
		refresh();
		int linesSoFar = patchedUuids().size();
		JobExecution unchanged = refresh();

		// then
		assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(rejected).isNotEmpty().allSatisfy(uuid -> {
			assertThat(status(uuid)).contains("rejected");
			assertThat(message(uuid)).contains(String.join("\n", exceptionMessages(uuid)));
		});
		assertThat(statusesBeforeKhaos).containsOnly("pending");
		assertThat(catalogue().validUuids()).allSatisfy(uuid -> assertThat(status(uuid)).contains("confirmed"));
		assertThat(linesSoFar).isEqualTo(CATALOGUE.productCount() + CATALOGUE.validCount());
		assertThat(patchedUuids()).hasSize(linesSoFar);
		assertThat(summaries.of(unchanged.getId()).count("writtenBackToAkeneo")).isZero();
		assertThat(count("SELECT COUNT(*) FROM sync_write_back WHERE job_execution_id = ?", unchanged.getId())).isZero();
		assertThat(releaseLines()).isEmpty();
	}

	@Test
	void aDeltaShowsTheRejectionOfAnEditedProductAndClearsItOnceFixed() throws Exception {
		// given a catalogue Khaos holds
		refresh();
		khaos().pollOnce();
		refresh();
		String uuid = catalogue().validUuids().get(0);
		JsonNode name = product(uuid).path("values").path("name").deepCopy();

		// when
		akeneo().updateProduct(uuid, product -> ((ObjectNode) product.get("values")).remove("name"));
		delta();
		String broken = status(uuid).orElse("");
		akeneo().updateProduct(uuid, product -> ((ObjectNode) product.get("values")).set("name", name));
		delta();

		// then
		assertThat(broken).isEqualTo("rejected");
		assertThat(status(uuid)).contains("confirmed");
		assertThat(message(uuid)).isEmpty();
	}

	private List<String> exceptionMessages(String uuid) {
		return jdbc.sql("SELECT message FROM sync_exception WHERE item_key = ? AND job_execution_id = "
				+ "(SELECT MIN(job_execution_id) FROM sync_exception) ORDER BY id")
			.param(uuid)
			.query(String.class)
			.list();
	}

}
