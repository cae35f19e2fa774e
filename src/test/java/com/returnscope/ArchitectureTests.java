package com.returnscope;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules: features never import in a circle, the shared domain and job
 * packages use no feature, and nothing but the run package knows how the job is launched.
 */
class ArchitectureTests {

	static JavaClasses classes;

	@BeforeAll
	static void importTheMainClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("com.returnscope");
	}

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("com.returnscope.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void theDomainUsesNoOtherPackageOfTheProject() {
		noClasses().that()
			.resideInAPackage("com.returnscope.domain..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("com.returnscope.domain..", "java..", "org.jspecify..")
			.check(classes);
	}

	@Test
	void theJobPackageUsesOnlyTheDomain() {
		noClasses().that()
			.resideInAPackage("com.returnscope.job..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.returnscope.ingest..", "com.returnscope.policy..",
					"com.returnscope.classification..", "com.returnscope.decision..", "com.returnscope.report..",
					"com.returnscope.compliance..", "com.returnscope.publish..", "com.returnscope.run..",
					"com.returnscope.history..")
			.check(classes);
	}

	@Test
	void onlyTheRunPackageUsesTheRunPackage() {
		noClasses().that()
			.resideOutsideOfPackages("com.returnscope.run..", "com.returnscope")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.returnscope.run..")
			.check(classes);
	}

}
