package com.akeneokhaos.jobs.delta;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import tools.jackson.databind.node.ObjectNode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, done-when 6: a delta that fails part-way (Akeneo stops answering after 10 chunks were committed)
 * and is restarted publishes every changed item exactly once, and the window does not move until it completes.
 */
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class DeltaSyncRestartTest extends DeltaJobTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261201L, 400).withDefectsSpreadEvenly(10)
		.withModels(2, 1, 3);

	@Test
	void aFailedDeltaRestartedPublishesEveryChangeOnceAndOnlyThenMovesTheWindow() throws Exception {
		// given
		refresh();
		Optional<String> windowBefore = window.watermark();
		List<String> renamed = catalogue().validUuids().stream()
			.filter(uuid -> !catalogue().variantUuids().contains(uuid))
			.limit(150)
			.toList();
		renamed.forEach(uuid -> akeneo().updateProduct(uuid, product -> product.get("values").get("name")
			.forEach(value -> ((ObjectNode) value).put("data", "Renamed " + uuid.substring(0, 8)))));
		akeneo().failProductPagesFrom(2, 500);

		// when
		JobExecution failed = delta();
		Optional<String> windowAfterFailure = window.watermark();
		akeneo().clearFaults();
		JobExecution restarted = restart(failed);

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(published(failed.getId())).as("committed before the failure").hasSize(100);
		assertThat(windowAfterFailure).isEqualTo(windowBefore);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> published = published(failed.getId(), restarted.getId());
		assertThat(published).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(renamed);
		assertThat(window.watermark()).isNotEqualTo(windowBefore);
		assertThat(published(refresh().getId())).as("nothing left for a refresh").isEmpty();
	}

	@Test
	void aRestartKeepsItsOwnWindowWhenAnotherRunCompletedMeanwhile() throws Exception {
		// given
		refresh();
		List<String> disabled = catalogue().validUuids().stream()
			.filter(uuid -> !catalogue().variantUuids().contains(uuid))
			.filter(uuid -> akeneo().product(uuid).orElseThrow().get("enabled").asBoolean())
			.limit(120)
			.toList();
		disabled.forEach(uuid -> akeneo().updateProduct(uuid, product -> product.put("enabled", false)));
		akeneo().failProductPagesFrom(2, 500);
		JobExecution failed = delta();
		akeneo().clearFaults();
		JobExecution refreshMeanwhile = refresh();

		// when
		JobExecution restarted = restart(failed);

		// then
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(since(restarted)).isEqualTo(since(failed)).isNotEqualTo(window.watermark().orElseThrow());
		assertThat(published(failed.getId(), refreshMeanwhile.getId(), restarted.getId())).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(disabled);
	}

	private static String since(JobExecution execution) {
		return DeltaPlan.read(execution.getExecutionContext().getString(DeltaPlan.CONTEXT_KEY)).since();
	}

}
