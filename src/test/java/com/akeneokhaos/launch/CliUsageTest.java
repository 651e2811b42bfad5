package com.akeneokhaos.launch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrong command exits 2 with a message that says what is wrong, followed by the usage. */
class CliUsageTest {

	static final AkeneoSandbox AKENEO = AkeneoSandbox
		.start(CatalogueGenerator.generate(CatalogueSpec.of(34L, 10)));

	static Cli cli;

	@BeforeAll
	static void database() {
		cli = Cli.against(TestDatabase.newDatabase("cli_usage"), AKENEO);
	}

	@AfterAll
	static void stopAkeneo() {
		AKENEO.close();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			run                                  | run needs a job name, one of [asset-url-sync, catalogue-refresh, delta-sync, reconciliation, sku-onboarding]
			run no-such-job                      | unknown job 'no-such-job', known jobs: [asset-url-sync, catalogue-refresh, delta-sync, reconciliation, sku-onboarding]
			restart                              | restart needs the id of a failed or stopped execution
			restart abc                          | restart needs the id of a failed or stopped execution
			restart 999999                       | there is no execution 999999
			restart 12345678901234567890         | restart needs the id of a failed or stopped execution
			run catalogue-refresh notakeyvalue   | job parameter 'notakeyvalue' is not name=value
			run catalogue-refresh =value         | job parameter '=value' is not name=value
			status --limit=many                  | --limit needs a whole number from 1 to 999999, was 'many'
			status --limit=0                     | --limit needs a whole number from 1 to 999999, was '0'
			""")
	void wrongCommandExitsTwoWithAMessageAndTheUsage(String command, String message) {
		// when
		Cli.Result result = cli.run(command.split(" "));
		// then
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.output()).contains("error: " + message)
			.contains("usage: run <job> [name=value ...] [--summary-json=PATH]");
	}

}
