package com.akeneokhaos.launch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry point treats the first word that is not a {@code --option} as the command, if it is one. */
class CliCommandTest {

	@ParameterizedTest(name = "\"{0}\" -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			run catalogue-refresh                          | true
			restart 12                                     | true
			status                                         | true
			run                                            | true
			--spring.profiles.active=prod status --limit=5 | true
			--summary-json=s.json run catalogue-refresh    | true
			''                                             | false
			--server.port=8080                             | false
			serve                                          | false
			Run catalogue-refresh                          | false
			catalogue-refresh run                          | false
			--run                                          | false
			""")
	void recognisesCommands(String commandLine, boolean command) {
		// given
		String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
		// when
		boolean recognised = CliCommand.isCommand(args);
		// then
		assertThat(recognised).isEqualTo(command);
	}

}
