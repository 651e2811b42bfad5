package com.akeneokhaos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout's rules, for a code base rooted at {@code root}: a suite of jobs ({@code jobs.*}) on a shared
 * core, with the Akeneo client and the Khaos channel as leaves and the launcher on top. Written against a
 * root so that the same rules can be shown to catch deliberate violations (see the fixture test).
 */
final class ArchitectureRules {

	private ArchitectureRules() {
	}

	static List<NamedRule> all(String root) {
		return List.of(new NamedRule("no cycles between packages", noCycles(root)),
				new NamedRule("akeneo imports nothing of ours", akeneoIsALeaf(root)),
				new NamedRule("khaos imports neither akeneo nor any job", khaosIsALeaf(root)),
				new NamedRule("the core imports no job and no operations package (launch, schedule, admin, monitor, console, notify)",
						coreImportsNoJobOrOperations(root)),
				new NamedRule("no job imports another job", jobsAreIndependent(root)),
				new NamedRule("ledger, outbox and problems import nothing of ours", foundationsStandAlone(root)));
	}

	static ArchRule noCycles(String root) {
		return slices().matching(root + ".(**)").should().beFreeOfCycles();
	}

	static ArchRule akeneoIsALeaf(String root) {
		return noClasses().that()
			.resideInAPackage(root + ".akeneo..")
			.should()
			.dependOnClassesThat(ours(root).and(outside(root + ".akeneo..")));
	}

	static ArchRule khaosIsALeaf(String root) {
		return noClasses().that()
			.resideInAPackage(root + ".khaos..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(root + ".akeneo..", root + ".jobs..", root + ".launch..");
	}

	static ArchRule coreImportsNoJobOrOperations(String root) {
		String[] top = { root + ".jobs..", root + ".launch..", root + ".schedule..", root + ".admin..",
				root + ".monitor..", root + ".console..", root + ".notify.." };
		return noClasses().that()
			.resideInAPackage(root + "..")
			.and()
			.resideOutsideOfPackages(root)
			.and()
			.resideOutsideOfPackages(top)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(top);
	}

	static ArchRule jobsAreIndependent(String root) {
		return slices().matching(root + ".jobs.(*)..").should().notDependOnEachOther();
	}

	static ArchRule foundationsStandAlone(String root) {
		return noClasses().that()
			.resideInAnyPackage(root + ".ledger..", root + ".outbox..", root + ".problems..")
			.should()
			.dependOnClassesThat(ours(root).and(outside(root + ".ledger..", root + ".outbox..", root + ".problems..")));
	}

	private static DescribedPredicate<JavaClass> ours(String root) {
		return JavaClass.Predicates.resideInAPackage(root + "..");
	}

	private static DescribedPredicate<JavaClass> outside(String... packages) {
		return JavaClass.Predicates.resideOutsideOfPackages(packages);
	}

	/** A rule with the sentence it stands for. */
	record NamedRule(String name, ArchRule rule) {

		@Override
		public String toString() {
			return name;
		}

	}

}
