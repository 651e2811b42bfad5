package com.akeneokhaos.launch;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that Akeneo breaks exits 1 and says why; {@code restart <executionId>} (the id taken from the
 * JSON summary) exits 0 once Akeneo is back, and between them every product is read exactly once;
 * restarting it again, now that its instance is complete, is refused with exit code 2.
 */
class CliRestartTest {

	static final AkeneoSandbox AKENEO = AkeneoSandbox
		.start(CatalogueGenerator.generate(CatalogueSpec.of(32L, 120).withDefectsSpreadEvenly(6)));

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@Test
	void failedRunExitsOneAndItsRestartCompletesWithExitZero(@TempDir Path tmp) {
		// given
		Cli cli = Cli.against(TestDatabase.newDatabase("cli_restart"), AKENEO).with("akeneo.retry.max-retries", "1")
			.with("akeneo.read-partitions", "1"); // page 2 of the one list of every product
		AKENEO.simulator().failProductPagesFrom(2, 500);
		// when
		Cli.Result failed = cli.run("run", "catalogue-refresh", "--summary-json=" + tmp.resolve("failed.json"));
		// then
		JsonNode failedSummary = SummaryJson.read(tmp.resolve("failed.json"));
		long failedId = failedSummary.get("executionId").asLong();
		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(failed.output()).contains("catalogue-refresh execution " + failedId + ": FAILED");
		assertThat(failed.lines()).filteredOn(line -> line.startsWith("  reason: "))
			.singleElement()
			.asString()
			.contains("Akeneo unavailable for /api/rest/v1/products-uuid after 2 attempts, last status 500");
		assertThat(failedSummary.get("status").asString()).isEqualTo("FAILED");
		assertThat(failedSummary.get("exitMessage").asString()).isNotBlank();

		// given
		AKENEO.simulator().clearFaults();
		// when
		Cli.Result restarted = cli.run("restart", String.valueOf(failedId),
				"--summary-json=" + tmp.resolve("restarted.json"));
		// then
		JsonNode restartedSummary = SummaryJson.read(tmp.resolve("restarted.json"));
		assertThat(restarted.exitCode()).isZero();
		assertThat(restarted.output()).containsPattern("catalogue-refresh execution \\d+: COMPLETED\\b")
			.doesNotContain("reason:");
		assertThat(restartedSummary.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(restartedSummary.get("executionId").asLong()).isGreaterThan(failedId);
		assertThat(failedSummary.get("read").asLong() + restartedSummary.get("read").asLong()).isEqualTo(120);
		assertThat(failedSummary.get("rejected").asLong() + restartedSummary.get("rejected").asLong()).isEqualTo(6);

		// when
		Cli.Result again = cli.run("restart", String.valueOf(failedId));
		// then
		assertThat(again.exitCode()).isEqualTo(2);
		assertThat(again.output()).contains("error: cannot restart execution " + failedId + ":")
			.contains("already exists and is complete");
	}

}
