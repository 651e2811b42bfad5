package com.akeneokhaos.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.sandbox.AkeneoSandbox;
import com.akeneokhaos.sandbox.akeneo.CatalogueGenerator;
import com.akeneokhaos.sandbox.akeneo.CatalogueSpec;
import com.akeneokhaos.support.TestDatabase;

/**
 * The packaged jar, misconfigured as people misconfigure it: each mistake is told in one or two lines that
 * say what to set, without a stack trace, and the process exits with 3 (not 1, a job that ran and failed).
 * (A wrong database password is covered by {@link StartupFailureTest}: the embedded test server accepts any.)
 */
class StartupErrorsIT {

	@TempDir
	Path tmp;

	@Test
	void anUnreachableDatabaseIsToldInTwoLines() {
		// given
		Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_unreachable"));
		environment.put("SYNC_DB_URL", "jdbc:mysql://127.0.0.1:1/akeneo_khaos_sync?connectTimeout=2000");

		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "status");

		// then
		assertToldBriefly(run, "cannot reach the database at 127.0.0.1:1", "SYNC_DB_URL");
	}

	@Test
	void aMissingDatabaseIsToldInTwoLines() {
		// given
		TestDatabase.Coordinates db = TestDatabase.newDatabase("jar_missing_db");
		Map<String, String> environment = PackagedJar.database(db);
		environment.put("SYNC_DB_URL", db.url().replaceFirst("/(t\\d+_\\w+)", "/no_such_database"));

		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "status");

		// then
		assertToldBriefly(run, "has no database 'no_such_database'", "SYNC_DB_URL");
	}

	@Test
	void aSettingOutOfRangeIsToldInOneLine() {
		// given
		Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_bad_setting"));

		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "status", "--khaos.channel.page-size=0");

		// then
		assertToldBriefly(run, "invalid setting", "khaos.channel.page-size must be at least 1");
	}

	@Test
	void runWithoutAkeneoSettingsNamesTheMissingVariables() {
		// given
		Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_no_akeneo"));

		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "catalogue-refresh");

		// then
		assertToldBriefly(run, "Akeneo is not configured", "AKENEO_BASE_URL");
	}

	@Test
	void runWithWrongAkeneoCredentialsSaysWhichToCheck() {
		// given
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CatalogueSpec.of(5L, 5)))) {
			Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_wrong_secret"));
			environment.putAll(PackagedJar.akeneo(akeneo));
			environment.put("AKENEO_SECRET", "not-the-secret");

			// when
			PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "catalogue-refresh");

			// then
			assertToldBriefly(run, "refused the API connection's credentials", "AKENEO_SECRET");
		}
	}

	@Test
	void runOnboardingWithoutTheStatusAttributesSaysWhatToCreate() {
		// given an Akeneo nobody has set up for onboarding
		try (AkeneoSandbox akeneo = AkeneoSandbox.start(CatalogueGenerator.generate(CatalogueSpec.of(6L, 5)))) {
			Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_no_status"));
			environment.putAll(PackagedJar.akeneo(akeneo));

			// when
			PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "sku-onboarding");

			// then
			assertToldBriefly(run, "Akeneo has no attribute khaos_status", "create it in Akeneo as a simple select");
			assertThat(run.output()).contains("Akeneo has no attribute khaos_message");
			assertThat(akeneo.simulator().patches()).isEmpty();
		}
	}

	@Test
	void runWithAnUnreachableAkeneoSaysSo() {
		// given
		Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_akeneo_down"));
		environment.putAll(Map.of("AKENEO_BASE_URL", "http://127.0.0.1:1", "AKENEO_CLIENT_ID", "id", "AKENEO_SECRET",
				"secret", "AKENEO_USERNAME", "user", "AKENEO_PASSWORD", "password", "AKENEO_RETRY_MAX_RETRIES", "0"));

		// when
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "run", "catalogue-refresh");

		// then
		assertToldBriefly(run, "cannot reach Akeneo at http://127.0.0.1:1", "AKENEO_BASE_URL");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"--sync.schedule.jobs.delta-sync.cron=every 15 minutes | sync.schedule.jobs.delta-sync.cron 'every 15 minutes' is not a cron of six fields | seconds first (e.g. '0 */15 * * * *')",
			"--sync.launch.lease=0s | invalid setting | sync.launch.lease must be at least 1s" })
	void theServiceToldOfAWrongScheduleInOneLine(String setting, String message, String whatToSet) {
		// given the service's credentials, so that only the mistake is told
		Map<String, String> environment = PackagedJar.database(TestDatabase.newDatabase("jar_bad_schedule"));
		environment.putAll(Map.of("SYNC_ADMIN_USERNAME", "admin", "SYNC_ADMIN_PASSWORD", "admin-secret",
				"KHAOS_CHANNEL_USERNAME", "kcc", "KHAOS_CHANNEL_PASSWORD", "kcc-secret", "KHAOS_CHANNEL_PUBLIC_BASE_URL",
				"http://localhost:8080"));

		// when the service (no command) starts
		PackagedJar.Run run = PackagedJar.javaJar(tmp, environment, "--server.port=0", setting);

		// then, after the service's usual start-up lines
		PackagedJar.Run told = run.withoutLinesContaining(" INFO ");
		assertToldBriefly(told, message, whatToSet);
		assertThat(told.output()).doesNotContain(" WARN ");
	}

	private static void assertToldBriefly(PackagedJar.Run run, String what, String whatToSet) {
		assertThat(run.exitCode()).as(run.describe()).isEqualTo(StartupFailure.EXIT_CODE);
		assertThat(run.output()).as(run.describe()).contains(what).contains(whatToSet).doesNotContain("\tat ");
		assertThat(run.output().lines().filter(line -> !line.isBlank())).as(run.describe()).hasSizeLessThanOrEqualTo(2);
	}

}
