package com.akeneokhaos.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import com.akeneokhaos.architecture.ArchitectureRules.NamedRule;

/** The production code keeps the suite's layout (see {@link ArchitectureRules}) and its table ownership. */
class ArchitectureTest {

	private static final String ROOT = "com.akeneokhaos";

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(location -> !location.contains("/test-classes/"))
		.importPackages(ROOT);

	static final List<NamedRule> RULES = ArchitectureRules.all(ROOT);

	@ParameterizedTest(name = "{0}")
	@FieldSource("RULES")
	void productionCodeKeepsTheLayout(NamedRule rule) {
		// given the production classes
		// when / then
		rule.rule().check(PRODUCTION);
	}

	@Test
	void productionCodeIsThere() {
		// guards the rules above against passing on an empty import
		assertThat(PRODUCTION.containPackage(ROOT + ".jobs.refresh")).isTrue();
		assertThat(PRODUCTION.containPackage(ROOT + ".jobs.delta")).isTrue();
		assertThat(PRODUCTION.containPackage(ROOT + ".jobs.onboard")).isTrue();
		assertThat(PRODUCTION.containPackage(ROOT + ".ledger")).isTrue();
	}

	@ParameterizedTest(name = "only {1} writes {0}*")
	@CsvSource({ "sync_ledger, ledger", "khaos_outbox, outbox", "sync_exception, problems",
			"khaos_mirror, khaos", "sync_reference_snapshot, changes",
			"sync_drift, jobs/reconcile", "sync_write_back, writeback", "sync_onboarding, jobs/onboard",
			"sync_image, jobs/assets", "sync_job_lock, launch", "sync_notification, notify" })
	void eachTableIsWrittenByItsOwnPackageOnly(String table, String owner) {
		// given
		Path sources = Path.of("src/main/java/com/akeneokhaos");

		// when
		List<String> offenders = SqlWriters.outsideOwner(sources, table, owner);

		// then
		assertThat(offenders).isEmpty();
	}

}
