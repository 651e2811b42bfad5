package com.akeneokhaos.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.catalogue.mapping.MappingException;

/** Start-up failures told in one or two lines, whatever wraps them. */
class StartupFailureTest {

	private static final Map<String, String> ENVIRONMENT = Map.of("SYNC_DB_URL",
			"jdbc:mysql://db.example:3306/sync?connectionTimeZone=UTC");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "28000 | 1045 | refused the user name or password | SYNC_DB_PASSWORD",
			"42000 | 1049 | has no database 'sync' | SYNC_DB_URL",
			"08S01 | 0    | cannot reach the database at db.example:3306 | SYNC_DB_URL" })
	void databaseFailuresSayWhatToSet(String state, int code, String what, String whatToSet) {
		// given
		RuntimeException failure = new IllegalStateException("Failed to initialize dependency 'flyway'",
				new RuntimeException("Unable to obtain connection", new SQLException("reason", state, code)));

		// when
		List<String> lines = StartupFailure.explain(failure, ENVIRONMENT);

		// then
		assertThat(lines).hasSize(2);
		assertThat(String.join("\n", lines)).contains(what).contains(whatToSet);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "jobs/catalogue-mapping.yml: field 'X' is not a Khaos StockItem field" })
	void aMappingMistakeIsItsOwnLine(String message) {
		// given
		RuntimeException failure = new IllegalStateException("context", new MappingException(message));

		// when / then
		assertThat(StartupFailure.explain(failure, ENVIRONMENT)).containsExactly("error: " + message);
	}

	@Test
	void anythingElseIsItsRootCauseInOneLine() {
		// given
		RuntimeException failure = new IllegalStateException("outer",
				new IllegalArgumentException("Port 8080 was already in use\nmore detail"));

		// when
		List<String> lines = StartupFailure.explain(failure, Map.of());

		// then
		assertThat(lines).singleElement().asString().contains("Port 8080 was already in use").doesNotContain("more");
	}

}
