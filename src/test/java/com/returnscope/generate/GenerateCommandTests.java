package com.returnscope.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The command line of {@code generate}, and what the package may use. */
class GenerateCommandTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesBothFilesAndSaysWhat() {
		int code = run("--orders=200", "--return-rate=0.2", "--seed=-5", "--night=3", "--run-date=2026-01-10",
				"--output=" + this.folder.resolve("new"));

		assertThat(code).isZero();
		assertThat(this.folder.resolve("new/orders.csv")).isRegularFile();
		assertThat(this.folder.resolve("new/returns.csv")).isRegularFile();
		assertThat(text(this.out)).startsWith("returnscope generate: night 3, run date 2026-01-12: 200 order lines");
		assertThat(text(this.err)).isEmpty();
	}

	@Test
	void printsItsHelp() {
		assertThat(run("--help")).isZero();
		assertThat(text(this.out)).startsWith("Usage: java -jar target/returnscope.jar generate --orders=N");
	}

	@Test
	void aBadArgumentIsOneLineAndExit64() {
		assertThat(run("--orders=10")).isEqualTo(64);
		assertThat(run("--orders=ten", "--output=x")).isEqualTo(64);
		assertThat(run("--orders=10", "--output=x", "--return-rate=1.5")).isEqualTo(64);
		assertThat(run("--orders=10", "--output=x", "--run-date=25.11.2026")).isEqualTo(64);
		assertThat(run("--orders=10", "--output=x", "--night=0")).isEqualTo(64);
		assertThat(run("--orders=10", "--output=x", "--colour=blue")).isEqualTo(64);
		assertThat(text(this.err).lines()).containsExactly(
				"returnscope generate: --output is required (see generate --help)",
				"returnscope generate: --orders must be a whole number from 1 to 1537228672809129301, not 'ten'",
				"returnscope generate: --return-rate must be a decimal from 0 to 1, not '1.5'",
				"returnscope generate: --run-date must be a date yyyy-MM-dd, not '25.11.2026'",
				"returnscope generate: --night must be a whole number from 1 to 100000, not '0'",
				"returnscope generate: unknown argument '--colour=blue' (see generate --help)");
		assertThat(text(this.out)).isEmpty();
	}

	@Test
	void aFolderThatCannotBeMadeIsExit74() throws Exception {
		Path file = Files.writeString(this.folder.resolve("a-file"), "not a folder");

		assertThat(run("--orders=10", "--output=" + file.resolve("below"))).isEqualTo(74);
		assertThat(text(this.err)).startsWith("returnscope generate: cannot write into ");
	}

	@Test
	void thePackageUsesOnlyTheDomainOfTheProject() {
		noClasses().that()
			.resideInAPackage("com.returnscope.generate..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("com.returnscope.generate..", "com.returnscope.domain..", "java..",
					"org.apache.commons.csv..", "org.jspecify..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("com.returnscope.generate"));
	}

	private int run(String... args) {
		return GenerateCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
