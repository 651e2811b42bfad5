package com.akeneokhaos.launch;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code status} lists the executions newest first with their read, written and skipped counts, and exits 0. */
class CliStatusTest {

	static final Pattern ROW = Pattern
		.compile("^(\\d+)\\s+catalogue-refresh\\s+(\\S+)\\s+.*?\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

	static final AkeneoSandbox AKENEO = AkeneoSandbox
		.start(CatalogueGenerator.generate(CatalogueSpec.of(33L, 120).withDefectsSpreadEvenly(6)));

	static Cli cli;

	@BeforeAll
	static void twoRuns() {
		cli = Cli.against(TestDatabase.newDatabase("cli_status"), AKENEO);
		assertThat(cli.run("run", "catalogue-refresh").exitCode()).isZero();
		assertThat(cli.run("run", "catalogue-refresh").exitCode()).isZero();
	}

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@Test
	void listsEveryExecutionNewestFirstWithItsCounts() {
		// when
		Cli.Result status = cli.run("status");
		// then
		assertThat(status.exitCode()).isZero();
		assertThat(status.output()).containsPattern("id\\s+job\\s+status\\s+started\\s+read\\s+written\\s+skipped");
		List<Matcher> rows = rows(status);
		assertThat(rows).hasSize(2);
		assertThat(Long.parseLong(rows.get(0).group(1))).isGreaterThan(Long.parseLong(rows.get(1).group(1)));
		rows.forEach(row -> {
			assertThat(row.group(2)).isEqualTo("COMPLETED");
			assertThat(List.of(row.group(3), row.group(4), row.group(5))).containsExactly("120", "114", "6");
		});
	}

	@Test
	void limitKeepsOnlyTheNewest() {
		// given
		long newest = Long.parseLong(rows(cli.run("status")).get(0).group(1));
		// when
		Cli.Result status = cli.run("status", "--limit=1");
		// then
		assertThat(status.exitCode()).isZero();
		assertThat(rows(status)).singleElement().satisfies(row -> assertThat(row.group(1)).isEqualTo("" + newest));
	}

	private static List<Matcher> rows(Cli.Result result) {
		return result.lines().stream().map(ROW::matcher).filter(Matcher::matches).toList();
	}

}
