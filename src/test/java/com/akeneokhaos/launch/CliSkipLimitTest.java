package com.akeneokhaos.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More rejections than {@code sync.refresh.skip-limit} fail the run with exit code 1 and a reason that
 * names the skip limit, and the rejections recorded before the failure stay in {@code sync_exception}.
 */
class CliSkipLimitTest {

	static final AkeneoSandbox AKENEO = AkeneoSandbox
		.start(CatalogueGenerator.generate(CatalogueSpec.of(35L, 120).withDefectsSpreadEvenly(10)));

	static TestDatabase.Coordinates db;

	static Cli.Result result;

	static JsonNode summary;

	@BeforeAll
	static void runWithASkipLimitOfThree() throws Exception {
		db = TestDatabase.newDatabase("cli_skip_limit");
		Path summaryFile = Files.createTempFile("cli-skip-limit", ".json");
		result = Cli.against(db, AKENEO).with("sync.refresh.skip-limit", "3")
			.run("run", "catalogue-refresh", "--summary-json=" + summaryFile);
		summary = SummaryJson.read(summaryFile);
		Files.delete(summaryFile);
	}

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@Test
	void tooManyRejectionsFailTheRunWithTheSkipLimitAsReason() {
		// then
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(summary.get("status").asString()).isEqualTo("FAILED");
		assertThat(result.output()).containsPattern("execution \\d+: FAILED");
		assertThat(result.lines()).filteredOn(line -> line.startsWith("  reason: "))
			.singleElement()
			.asString()
			.contains("Skip limit of '3' exceeded");
	}

	@Test
	void rejectionsRecordedBeforeTheFailureAreKept() throws SQLException {
		// when
		long rows = exceptionRows();
		// then
		assertThat(rows).as("the 3 skipped and the one that exceeded the limit").isEqualTo(4);
		assertThat(summary.get("rejectedByRule").size()).isPositive();
	}

	private static long exceptionRows() throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM sync_exception")) {
			count.next();
			return count.getLong(1);
		}
	}

}
