package com.akeneokhaos.monitor;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.EndToEnd;
import com.akeneokhaos.support.EndToEndTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress lines of a refresh slowed down by Akeneo (every answer 40 ms late, 10 products a page, chunks of 10),
 * logged every 200 ms. Each test starts from an empty database.
 */
@EndToEnd(webEnvironment = WebEnvironment.NONE, properties = { "sync.progress.interval=200ms", "akeneo.page-size=10",
		"sync.refresh.chunk-size=10" })
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class ProgressLogTest extends EndToEndTestBase {

	@EndToEnd.Catalogue
	static final CatalogueSpec CATALOGUE = CatalogueSpec.of(20261204L, 200);

	private static final Duration LATE = Duration.ofMillis(40);

	@Test
	void aRunningRefreshLogsItsStepReadCountAndRate(CapturedOutput output) throws Exception {
		// given
		sandboxes.akeneo().simulator().delayResponses(LATE);

		// when
		JobExecution run = refresh();

		// then
		assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<String> lines = progressLines(output, run);
		Pattern reading = Pattern.compile(
				"catalogue-refresh execution " + run.getId() + ", step publish-products: read [1-9]\\d* items, "
						+ "\\d+\\.\\d items/s$");
		assertThat(lines).anyMatch(line -> reading.matcher(line).find());
		assertThat(lines).as("nothing to estimate from before a run completed")
			.noneMatch(line -> line.contains("left") || line.contains("last completed run"));
	}

	@Test
	void aRefreshAfterACompletedOneSaysAboutHowMuchIsLeft(CapturedOutput output) throws Exception {
		// given
		refresh();
		sandboxes.akeneo().simulator().delayResponses(LATE);

		// when
		JobExecution second = refresh();

		// then
		Pattern estimating = Pattern.compile("step publish-products: read \\d+ items, \\d+\\.\\d items/s; "
				+ "about \\d+ of 200 items left, about \\d+ s to go$");
		assertThat(progressLines(output, second)).anyMatch(line -> estimating.matcher(line).find());
	}

	@Test
	void nothingIsLoggedWhileNothingRuns(CapturedOutput output) throws Exception {
		// when
		Thread.sleep(1_000);

		// then
		assertThat(output.getAll()).doesNotContain("Progress: ");
	}

	private static List<String> progressLines(CapturedOutput output, JobExecution run) {
		String prefix = "Progress: catalogue-refresh execution " + run.getId() + ",";
		return output.getAll().lines().filter(line -> line.contains(prefix)).toList();
	}

}
