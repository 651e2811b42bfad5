package com.akeneokhaos.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

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
 * More rejections than {@code sync.refresh.skip-limit} fail the run with exit code 1 and a reason that
 * names the skip limit, and the rejections recorded before the failure stay in {@code sync_exception}.
 */
class CliSkipLimitTest {

	static final AkeneoSandbox AKENEO = AkeneoSandbox
		.start(CatalogueGenerator.generate(CatalogueSpec.of(35L, 120).withDefectsSpreadEvenly(10)));

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@Test
	void tooManyRejectionsFailTheRunAndKeepTheRejectionsRecordedSoFar(@TempDir Path tmp) throws SQLException {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("cli_skip_limit");
		Cli cli = Cli.against(db, AKENEO).with("sync.refresh.skip-limit", "3");
		// when
		Cli.Result result = cli.run("run", "catalogue-refresh", "--summary-json=" + tmp.resolve("s.json"));
		// then
		JsonNode summary = SummaryJson.read(tmp.resolve("s.json"));
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(summary.get("status").asString()).isEqualTo("FAILED");
		assertThat(result.output()).containsPattern("execution \\d+: FAILED");
		assertThat(result.lines()).filteredOn(line -> line.contains("reason:"))
			.singleElement()
			.asString()
			.containsIgnoringCase("skip limit");
		assertThat(exceptionRows(db)).isGreaterThanOrEqualTo(3);
	}

	private static long exceptionRows(TestDatabase.Coordinates db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM sync_exception")) {
			count.next();
			return count.getLong(1);
		}
	}

}
