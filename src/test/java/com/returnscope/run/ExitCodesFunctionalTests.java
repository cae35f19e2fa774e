package com.returnscope.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the scheduler and the operator get for each kind of failure: a distinct exit code,
 * one clear line on stderr, no stack trace, and no output folder.
 */
class ExitCodesFunctionalTests {

	@TempDir
	Path work;

	@Test
	void helpPrintsTheOptionsAndExitCodes() {
		RunResult result = RunResult.run(this.work, "--help");

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("--run-date=YYYY-MM-DD")
			.contains("--max-rejected-rows=N")
			.contains("--schedule=CRON")
			.contains("--status")
			.contains("--force-output")
			.contains("66 ");
		// every exit code with its meaning and what to do, as the README's table says
		for (ExitCodes code : ExitCodes.values()) {
			assertThat(result.out()).contains(String.format("  %-4d %s%n", code.code(), code.meaning()))
				.contains(code.advice());
		}
	}

	@Test
	void theReadmesTableSaysWhatTheConsoleSays() throws IOException {
		String readme = Files.readString(Path.of("README.md"));

		for (ExitCodes code : ExitCodes.values()) {
			assertThat(readme).contains("| " + code.code() + " | " + code.meaning() + " | "
					+ (code.advice().isEmpty() ? "—" : code.advice()) + " |\n");
		}
	}

	@Test
	void anUnknownOptionIsAUsageError() {
		RunResult result = RunResult.run(this.work, "--inptu=input");

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).isEqualTo("returnscope: unknown option --inptu (see --help)\n");
	}

	@Test
	void aBadRunDateIsAUsageError() {
		RunResult result = RunResult.run(this.work, "--run-date=2026-13-01");

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).isEqualTo("returnscope: --run-date must be a date yyyy-MM-dd, not '2026-13-01'\n");
	}

	@Test
	void aBadSettingFromAnotherSourceIsAUsageError() {
		// as an environment variable RETURNSCOPE_MAX_REJECTED_ROWS=many would give it
		RunResult result = RunResult.run(this.work, "--returnscope.max-rejected-rows=many", "--input=input",
				"--output=" + this.work.resolve("output"));

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).startsWith("returnscope: invalid setting returnscope.max-rejected-rows: ")
			.doesNotContain("\tat ");
	}

	@Test
	void anUnreachableDatabaseIsOneLineAndExit69() {
		// given a PostgreSQL URL where no server listens
		TestDatabase nowhere = new TestDatabase("PostgreSQL", "jdbc:postgresql://127.0.0.1:1/returnscope",
				"returnscope", "");

		RunResult result = RunResult.run(nowhere, this.work, "--input=input", "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(69);
		assertThat(result.err()).startsWith("returnscope: cannot reach the database: Connection to 127.0.0.1:1 refused")
			.hasLineCount(1);
		assertThat(this.work.resolve("output")).doesNotExist();
	}

	@Test
	void aDamagedH2FileIsOneLineWithWhatToDoAndNoStackTrace() throws IOException {
		// given an H2 file that is not a database any more
		Path file = Files.createDirectories(this.work.resolve("db")).resolve("returnscope.mv.db");
		Files.write(file, "not a database page ".repeat(4096).getBytes(StandardCharsets.US_ASCII));

		RunResult result = RunResult.run(this.work, "--input=input", "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(70);
		assertThat(result.err()).startsWith("returnscope: the H2 database file is damaged: File corrupted")
			.contains("\nreturnscope: put back the copy of the database taken before this run")
			.doesNotContain("\tat ")
			.hasLineCount(2);
		assertThat(this.work.resolve("output")).doesNotExist();
	}

	@Test
	void aMissingInputFileStopsTheRunBeforeAnythingIsWritten() {
		RunResult result = RunResult.run(this.work, "--input=" + this.work.resolve("nowhere"),
				"--output=" + this.work.resolve("output"), "--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(66);
		assertThat(result.err()).startsWith("returnscope: orders.csv: file not found at ").doesNotContain("\tat ");
		assertThat(this.work.resolve("output")).doesNotExist();
	}

	@Test
	void aMissingRequiredColumnNamesFileAndColumn() throws IOException {
		Path input = copySample();
		String returns = Files.readString(input.resolve("returns.csv"));
		Files.writeString(input.resolve("returns.csv"), returns.replaceFirst("requested_date", "asked_on"));

		RunResult result = RunResult.run(this.work, "--input=" + input, "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(66);
		assertThat(result.err())
			.isEqualTo("returnscope: returns.csv: required column requested_date is missing from the header\n");
		assertThat(this.work.resolve("output")).doesNotExist();
	}

	@Test
	void brokenQuotingRejectsTheRecordAndTheRunGoesOn() throws IOException {
		Path input = copySample();
		Files.writeString(input.resolve("returns.csv"), "\nRT-9,PO-1,\"Acme\" Ltd,,1,2026-11-20,,,,,,,,OPEN,,,,\n",
				StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

		RunResult result = RunResult.run(this.work, "--input=" + input, "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(0);
		assertThat(Outputs.csv(this.work.resolve("output/2026-11-25/rejects.csv")))
			.filteredOn((reject) -> reject.get("line").equals("59"))
			.singleElement()
			.satisfies((reject) -> assertThat(reject).containsEntry("file", "returns.csv")
				.containsEntry("column", "buyer_name")
				.containsEntry("error", "text after the closing quote of field 3"));
	}

	@Test
	void aFileThatIsNotCsvStopsTheRun() throws IOException {
		Path input = copySample();
		Files.write(input.resolve("returns.csv"), new byte[] { 0x00, 0x01, (byte) 0xFE, (byte) 0xFA, 0x00, '\n', 1 });

		RunResult result = RunResult.run(this.work, "--input=" + input, "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(66);
		assertThat(result.err()).isEqualTo("returnscope: returns.csv: not a CSV file in UTF-8 (its header is binary, "
				+ "or text in another encoding: set the file's encoding)\n");
		assertThat(this.work.resolve("output/2026-11-25")).doesNotExist();
	}

	@Test
	void anInvalidPolicyNamesTheFileAndTheKey() throws IOException {
		Path policy = this.work.resolve("policy.yml");
		String shipped = new String(getClass().getResourceAsStream("/policy/default-policy.yml").readAllBytes(),
				StandardCharsets.UTF_8);
		Files.writeString(policy, shipped.replace("  QUALITY: 30\n", "  QUALITY: -30\n"));

		RunResult result = RunResult.run(this.work, "--policy=" + policy, "--input=input",
				"--output=" + this.work.resolve("output"), "--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(78);
		assertThat(result.err())
			.isEqualTo("returnscope: " + policy + ": windows.QUALITY: must be 0 or more days, not -30\n");
	}

	@Test
	void anInvalidOverridesFileNamesItsLine() throws IOException {
		Path input = copySample();
		Files.writeString(input.resolve("overrides.csv"),
				"return_id,category,subreason,note\nRT-26-0153,QUALITY,BROKEN,called the buyer\n");

		RunResult result = RunResult.run(this.work, "--input=" + input, "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(78);
		assertThat(result.err()).startsWith(
				"returnscope: " + input.resolve("overrides.csv") + ": line 2: unknown subreason QUALITY/BROKEN");
	}

	@Test
	void tooManyRejectedRowsFailsTheRunAndPublishesNothing() {
		// given orders.csv and returns.csv, which have 5 and 6 bad rows, and a limit of 3
		RunResult result = RunResult.run(this.work, "--input=input", "--output=" + this.work.resolve("output"),
				"--run-date=2026-11-25", "--max-rejected-rows=3");

		assertThat(result.exitCode()).isEqualTo(65);
		assertThat(result.err()).startsWith("returnscope: too many rejected rows in 2 input files")
			.contains("the one over the limit: orders.csv line 176, column incoterm")
			.contains("the one over the limit: returns.csv line 36, column requested_date")
			.contains(
					"nothing was published (the run of 2026-11-25: run 1, execution 1). Fix the export and start again "
							+ "(a new run), or raise --max-rejected-rows and start again (it resumes).")
			.doesNotContain("Run it again to resume")
			.doesNotContain("\tat ");
		assertThat(this.work.resolve("output/2026-11-25")).doesNotExist();
	}

	private Path copySample() throws IOException {
		Path input = Files.createDirectories(this.work.resolve("input"));
		for (String name : new String[] { "orders.csv", "returns.csv", "overrides.csv" }) {
			Files.copy(Path.of("input", name), input.resolve(name));
		}
		return input;
	}

}
