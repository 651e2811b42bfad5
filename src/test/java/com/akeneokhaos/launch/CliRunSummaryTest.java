package com.akeneokhaos.launch;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.sandbox.akeneo.GeneratedCatalogue;
import com.akeneokhaos.support.TestDatabase;
import com.akeneokhaos.problems.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run catalogue-refresh --summary-json=PATH} exits 0 when the run completes, prints the summary
 * (counts and rejections by rule) and writes the same numbers to the JSON file.
 */
class CliRunSummaryTest {

	static final GeneratedCatalogue CATALOGUE = CatalogueGenerator
		.generate(CatalogueSpec.of(31L, 120).withDefectsSpreadEvenly(6));

	static final AkeneoSandbox AKENEO = AkeneoSandbox.start(CATALOGUE);

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@Test
	void completedRunPrintsItsSummaryAndWritesTheSameNumbersAsJson(@TempDir Path tmp) {
		// given
		Cli cli = Cli.against(TestDatabase.newDatabase("cli_summary"), AKENEO);
		Path summaryFile = tmp.resolve("s.json");
		Map<String, Long> byRule = CATALOGUE.expectedRejections()
			.values()
			.stream()
			.collect(Collectors.groupingBy(Rule::code, Collectors.counting()));
		// when
		Cli.Result result = cli.run("run", "catalogue-refresh", "--summary-json=" + summaryFile);
		// then
		assertThat(result.exitCode()).isZero();
		assertThat(result.output()).containsPattern("catalogue-refresh execution \\d+: COMPLETED\\b")
			.contains("read 120, published 114, unchanged 0, rejected 6");
		assertThat(byRule).hasSize(6);
		String ruleLine = result.lines().stream().filter(l -> l.contains("rejected by rule:")).findFirst().orElseThrow();
		byRule.forEach((rule, count) -> assertThat(ruleLine).contains(rule + "=" + count));
		JsonNode json = SummaryJson.read(summaryFile);
		assertThat(json.get("job").asString()).isEqualTo("catalogue-refresh");
		assertThat(json.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(result.output()).contains("execution " + json.get("executionId").asLong() + ":");
		assertThat(json.get("read").asLong()).isEqualTo(120);
		assertThat(json.get("published").asLong()).isEqualTo(114);
		assertThat(json.get("unchanged").asLong()).isZero();
		assertThat(json.get("rejected").asLong()).isEqualTo(6);
		assertThat(json.get("structureChanges").asLong()).as("a first run changes no structure").isZero();
		assertThat(json.get("retiredInKhaos").asLong()).isZero();
		assertThat(json.get("rejectedByRule").propertyStream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().asLong()))).isEqualTo(byRule);
	}

}
