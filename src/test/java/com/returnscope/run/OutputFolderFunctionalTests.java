package com.returnscope.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.stream.Stream;

import com.returnscope.harness.Fixtures;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The output folder, checked before the first row is read, and never a place where the
 * run deletes what is not its own: files of the user's inside {@code output/<run-date>/}
 * stop the run with one line naming them (exit 74), or --force-output moves them aside.
 */
class OutputFolderFunctionalTests {

	private static final String RUN_DATE = "--run-date=2026-11-25";

	@TempDir
	Path work;

	@Test
	void anOutputFolderThatCannotBeWrittenStopsTheRunBeforeAnyRowIsRead() throws Exception {
		// given --output naming a file
		Path file = Files.writeString(this.work.resolve("output"), "not a folder");

		// when the run starts
		RunResult result = RunResult.run(this.work, "--input=input", "--output=" + file, RUN_DATE);

		// then it stops with one line and exit 74, before the history records a run
		assertThat(result.exitCode()).isEqualTo(74);
		assertThat(result.err()).isEqualTo("returnscope: cannot write the output folder " + file + ": it is a file\n");
		assertThat(runs()).isZero();
	}

	@Test
	void filesOfTheUsersOwnInTheRunsFolderStopTheRunOrAreMovedAsideOnRequest() throws Exception {
		// given notes and a sub-folder of the user's own where the run publishes
		Path input = Fixtures.sample(this.work.resolve("input"));
		Path folder = this.work.resolve("output/2026-11-25");
		Files.createDirectories(folder.resolve("drafts"));
		Files.writeString(folder.resolve("notes.txt"), "call the carrier");
		Files.writeString(folder.resolve("drafts/week.txt"), "draft");

		// when the run starts
		RunResult refused = run(input);

		// then it stops before reading a row, with one line naming them, and touches
		// nothing
		assertThat(refused.exitCode()).isEqualTo(74);
		assertThat(refused.err()).isEqualTo("returnscope: " + folder + " holds drafts/, notes.txt, which the run "
				+ "does not write; nothing was read. Move them away, or start again with --force-output to move them "
				+ "aside.\n");
		assertThat(executions()).isZero();
		try (Stream<Path> entries = Files.list(folder)) {
			assertThat(entries.map((entry) -> entry.getFileName().toString())).containsExactlyInAnyOrder("drafts",
					"notes.txt");
		}

		// when it is started with --force-output
		RunResult forced = run(input, "--force-output");

		// then they are moved aside into a folder of their own, and the run publishes
		assertThat(forced.exitCode()).as(forced.err()).isZero();
		Path aside;
		try (Stream<Path> entries = Files.list(this.work.resolve("output"))) {
			aside = entries.filter((entry) -> entry.getFileName().toString().startsWith("2026-11-25.aside-"))
				.findFirst()
				.orElseThrow();
		}
		assertThat(forced.out()).startsWith("returnscope: moved drafts/, notes.txt aside from " + folder + " into "
				+ aside + " (--force-output)\n");
		assertThat(aside.resolve("notes.txt")).hasContent("call the carrier");
		assertThat(aside.resolve("drafts/week.txt")).hasContent("draft");
		try (Stream<Path> entries = Files.list(folder)) {
			assertThat(entries.map((entry) -> entry.getFileName().toString())).containsExactlyInAnyOrder(
					"decisions.csv", "rejects.csv", "returns-report.xlsx", "compliance-summary.xlsx",
					"compliance-rules.csv", "history-orders.csv", "run-manifest.json");
		}
	}

	@Test
	void aCompletedRunsFolderWithTheUsersNotesIsLeftAsItIs() throws Exception {
		// given a completed run, and then the user's notes in its folder
		Path input = Fixtures.sample(this.work.resolve("input"));
		assertThat(run(input).exitCode()).isZero();
		Path folder = this.work.resolve("output/2026-11-25");
		Files.writeString(folder.resolve("notes.txt"), "checked by Ana");

		// when the same run is started again, it is nothing to do, and the notes stay
		assertThat(run(input).out()).contains("nothing to do");
		assertThat(folder.resolve("notes.txt")).hasContent("checked by Ana");

		// when a corrected export must replace the run's files
		RunResult corrected = run(Fixtures.sampleWithFewerReturns(this.work.resolve("corrected"), 40));

		// then the run stops before reading it, naming the notes, and replaces nothing
		assertThat(corrected.exitCode()).isEqualTo(74);
		assertThat(corrected.err()).startsWith("returnscope: " + folder + " holds notes.txt, which the run does not "
				+ "write; nothing was read. Move it away, or start again with --force-output");
		assertThat(folder.resolve("notes.txt")).hasContent("checked by Ana");
		assertThat(folder.resolve("decisions.csv")).exists();
	}

	@Test
	void aFileNamedAsTheRunsFolderIsNeverReplaced() throws Exception {
		// given a plain file where the run's folder goes
		Path input = Fixtures.sample(this.work.resolve("input"));
		Path file = Files.createDirectories(this.work.resolve("output")).resolve("2026-11-25");
		Files.writeString(file, "a report someone saved here");

		// when the run starts, it stops and leaves the file as it is
		RunResult refused = run(input);
		assertThat(refused.exitCode()).isEqualTo(74);
		assertThat(refused.err()).isEqualTo("returnscope: " + file + " is a file, not a run's folder; nothing was "
				+ "read. Move it away, or start again with --force-output to move it aside.\n");
		assertThat(file).hasContent("a report someone saved here");
	}

	private RunResult run(Path input, String... extra) {
		String[] args = Stream
			.concat(Stream.of("--input=" + input, "--output=" + this.work.resolve("output"), RUN_DATE),
					Stream.of(extra))
			.toArray(String[]::new);
		return RunResult.run(this.work, args);
	}

	private long runs() throws Exception {
		return count("SELECT COUNT(*) FROM rs_run");
	}

	private long executions() throws Exception {
		return count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
	}

	private long count(String sql) throws Exception {
		try (Connection connection = TestDatabase.h2(this.work).connect();
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
