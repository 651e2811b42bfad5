package com.akeneokhaos.jobs.onboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;

/**
 * A run that dies after publishing and before its write-backs reach Akeneo, or after Khaos confirmed and before the
 * release reached Akeneo, then restarted: every status and every release is written exactly once. A PATCH that
 * landed although its record was lost is found shown and not sent again. One line Akeneo refuses does not stop the
 * others.
 */
class SkuOnboardingRestartTest extends OnboardingTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(1213L, 100);

	@Test
	void aRunThatDiesBeforeItsWriteBacksWritesEachOnceWhenRestarted() throws Exception {
		// given Akeneo stops taking writes after the products are published
		akeneo().failPatches(503);

		// when
		JobExecution failed = onboard();
		long publishedBeforeRestart = count("SELECT COUNT(*) FROM khaos_outbox");
		akeneo().failPatches(0);
		JobExecution restarted = restart(failed);

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getStepExecutions()).anySatisfy(step -> {
			assertThat(step.getStepName()).isEqualTo("send-write-backs");
			assertThat(step.getStatus()).isEqualTo(BatchStatus.FAILED);
		});
		assertThat(publishedBeforeRestart).isEqualTo(CATALOGUE.productCount());
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(patchedUuids()).hasSize(CATALOGUE.productCount()).doesNotHaveDuplicates();
		assertThat(catalogue().uuids()).allSatisfy(uuid -> assertThat(status(uuid)).contains("pending"));
		assertThat(count("SELECT COUNT(*) FROM khaos_outbox")).isEqualTo(publishedBeforeRestart);
	}

	@Test
	void aRunThatDiesBetweenConfirmationAndReleaseReleasesEachOnceWhenRestarted() throws Exception {
		// given
		onboard();
		khaos().pollOnce();
		akeneo().failPatches(503);

		// when
		JobExecution failed = onboard();
		boolean releasedWhileFailing = catalogue().uuids().stream().anyMatch(this::released);
		akeneo().failPatches(0);
		JobExecution restarted = restart(failed);
		JobExecution next = onboard();

		// then
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(releasedWhileFailing).isFalse();
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(releaseLines()).hasSize(CATALOGUE.productCount()).doesNotHaveDuplicates();
		assertThat(catalogue().uuids()).allSatisfy(uuid -> {
			assertThat(status(uuid)).contains("confirmed");
			assertThat(released(uuid)).isTrue();
		});
		assertThat(summaries.of(next.getId()).count("writtenBackToAkeneo")).isZero();
	}

	@Test
	void aWriteBackThatLandedButWasNotRecordedIsNotSentAgain() throws Exception {
		// given a run whose PATCHes all landed, and a crash that lost their records
		onboard();
		int lines = patchedUuids().size();
		jdbc.sql("UPDATE sync_write_back SET state = 'PENDING', done_at = NULL").update();

		// when
		JobExecution afterCrash = onboard();

		// then
		assertThat(lines).isEqualTo(CATALOGUE.productCount());
		assertThat(patchedUuids()).hasSize(lines);
		assertThat(count("SELECT COUNT(*) FROM sync_write_back WHERE state <> 'SENT'")).isZero();
		assertThat(summaries.of(afterCrash.getId()).count("writtenBackToAkeneo")).isZero();
	}

	@Test
	void oneLineAkeneoRefusesInAHundredLeavesTheOtherNinetyNineApplied() throws Exception {
		// given
		String refused = catalogue().uuids().get(42);
		akeneo().refusePatchesOf(refused, "khaos_status",
				"The khaos_status attribute is not in the attribute set of this variant product.");

		// when
		JobExecution run = onboard();

		// then
		List<Integer> linesPerRequest = akeneo().patches().stream().map(patch -> patch.lines().size()).toList();
		assertThat(linesPerRequest).containsExactly(CATALOGUE.productCount());
		assertThat(patchedUuids()).hasSize(CATALOGUE.productCount() - 1).doesNotContain(refused);
		assertThat(status(refused)).isEmpty();
		assertThat(catalogue().uuids()).filteredOn(uuid -> !uuid.equals(refused))
			.allSatisfy(uuid -> assertThat(status(uuid)).contains("pending"));
		assertThat(jdbc.sql("SELECT akeneo_uuid, message FROM sync_exception WHERE rule_code = 'akeneo-write-back-refused'")
			.query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
			.list()).singleElement()
			.asString()
			.startsWith(refused + ": Akeneo refused")
			.contains("not in the attribute set");
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(summaries.of(run.getId()).count("writtenBackToAkeneo")).isEqualTo(CATALOGUE.productCount() - 1);
		assertThat(summaries.of(run.getId()).count("writeBackRefused")).isEqualTo(1);
	}

}
