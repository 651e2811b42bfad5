package com.akeneokhaos.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.akeneokhaos.architecture.ArchitectureRules.NamedRule;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Each architecture rule fails on code that breaks it on purpose (the {@code violations} fixture package),
 * naming the offending class: a rule that cannot fail would guard nothing.
 */
class ArchitectureRulesCatchViolationsTest {

	private static final String ROOT = "com.akeneokhaos.architecture.violations";

	private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "no cycles between packages | StructureLike",
			"akeneo imports nothing of ours | LeakyClient", "khaos imports neither akeneo nor any job | ChannelLike",
			"the core imports no job and no operations package (launch, schedule, admin, monitor, console, notify) | LedgerLike", "no job imports another job | AlphaJob",
			"ledger, outbox and problems import nothing of ours | LedgerLike" })
	void eachRuleFailsOnItsViolation(String ruleName, String offender) {
		// given
		NamedRule rule = ArchitectureRules.all(ROOT)
			.stream()
			.filter(candidate -> candidate.name().equals(ruleName))
			.findFirst()
			.orElseThrow();

		// when / then
		assertThatThrownBy(() -> rule.rule().check(FIXTURES)).isInstanceOf(AssertionError.class)
			.hasMessageContaining(offender);
	}

	@ParameterizedTest(name = "{0} written outside {1}")
	@CsvSource({ "sync_ledger, ledger, structure/StructureLike.java: UPDATE sync_ledger",
			"khaos_outbox, outbox, publish/PublishLike.java: INSERT INTO khaos_outbox" })
	void tableOwnershipFailsOnAWriteElsewhere(String table, String owner, String offence) {
		// given
		Path fixtures = Path.of("src/test/java/com/akeneokhaos/architecture/violations");

		// when
		List<String> offenders = SqlWriters.outsideOwner(fixtures, table, owner);

		// then
		assertThat(offenders).containsExactly(offence);
	}

}
