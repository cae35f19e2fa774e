package com.returnscope.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import com.returnscope.harness.Fixtures;
import com.returnscope.harness.JobProcess;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import com.returnscope.publish.PublishedRun;
import com.returnscope.publish.RunManifest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a run of a date does given the runs before it, on H2 and on PostgreSQL: other
 * inputs are a new run, the same inputs again are nothing to do only when the output
 * folder holds their files, and a run never shares the database with another.
 */
class RunIdentityFunctionalTests {

	private static final String RUN_DATE = "--run-date=2026-11-25";

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void inputsAThenBThenAAgainPublishAsOutputsAgain(Function<Path, TestDatabase> database) throws Exception {
		// given inputs A, then a corrected export B, published one after the other
		TestDatabase db = database.apply(this.work);
		Path a = Fixtures.sample(this.work.resolve("a"));
		Path b = Fixtures.sampleWithFewerReturns(this.work.resolve("b"), 40);
		assertThat(run(db, a).exitCode()).isZero();
		byte[] decisionsOfA = Files.readAllBytes(folder().resolve("decisions.csv"));
		assertThat(run(db, b).exitCode()).isZero();

		// when A is run again
		RunResult again = run(db, a);

		// then it is a run of its own that publishes A's decisions, not "nothing to do"
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("completed (run 3,").doesNotContain("nothing to do");
		assertThat(Files.readAllBytes(folder().resolve("decisions.csv"))).isEqualTo(decisionsOfA);
		assertThat(RunManifest.read(folder().resolve("run-manifest.json")).runId()).isEqualTo(3);
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void aRunWhoseOutputsAreGoneIsRenderedAgainFromTheHistory(Function<Path, TestDatabase> database) throws Exception {
		// given a completed run whose folder was then deleted
		TestDatabase db = database.apply(this.work);
		Path input = Fixtures.sample(this.work.resolve("input"));
		assertThat(run(db, input).exitCode()).isZero();
		byte[] decisions = Files.readAllBytes(folder().resolve("decisions.csv"));
		byte[] rejects = Files.readAllBytes(folder().resolve("rejects.csv"));
		deleteFolder(folder());

		// when the same run is asked for again
		RunResult again = run(db, input);

		// then its files are written again from the history, as they were
		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).contains("was rendered again from the history (run 1,")
			.contains("orders.csv     rows read 200 = accepted 195 + rejected 5");
		assertThat(Files.readAllBytes(folder().resolve("decisions.csv"))).isEqualTo(decisions);
		assertThat(Files.readAllBytes(folder().resolve("rejects.csv"))).isEqualTo(rejects);
		assertThat(folder()).isDirectoryContaining("glob:**/returns-report.xlsx")
			.isDirectoryContaining("glob:**/compliance-summary.xlsx");

		// and only then is a further run nothing to do
		assertThat(run(db, input).out()).contains("nothing to do. Outputs: " + folder());
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void aNewOutputFolderGetsTheRunsFiles(Function<Path, TestDatabase> database) throws Exception {
		// given a completed run
		TestDatabase db = database.apply(this.work);
		Path input = Fixtures.sample(this.work.resolve("input"));
		assertThat(run(db, input).exitCode()).isZero();

		// when it is run again into another folder
		Path elsewhere = this.work.resolve("elsewhere");
		RunResult again = RunResult.run(db, this.work, "--input=" + input, "--output=" + elsewhere, RUN_DATE);

		// then that folder gets the files
		assertThat(again.out()).contains("rendered again from the history");
		assertThat(Files.readAllBytes(elsewhere.resolve("2026-11-25/decisions.csv")))
			.isEqualTo(Files.readAllBytes(folder().resolve("decisions.csv")));
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void aRunIsTurnedAwayWhileAnotherHoldsTheDatabase(Function<Path, TestDatabase> database) throws Exception {
		// given another process that holds the database (as a run on another host would)
		TestDatabase db = database.apply(this.work);
		Path input = Fixtures.sample(this.work.resolve("input"));
		assertThat(run(db, input).exitCode()).isZero();
		deleteFolder(folder());
		try (Connection other = db.connect()) {
			other.setAutoCommit(false);
			try (Statement lock = other.createStatement()) {
				lock.executeQuery("SELECT name FROM rs_lock WHERE name = 'history' FOR UPDATE").close();
			}
			try (Connection holder = db.connect();
					PreparedStatement record = holder.prepareStatement(
							"UPDATE rs_lock_holder SET description = ?, host = ?, pid = ? WHERE name = 'history'")) {
				record.setString(1, "the run of 2026-11-26");
				record.setString(2, "batch-7");
				record.setLong(3, 4242);
				record.executeUpdate();
			}

			// when a run of any date starts
			RunResult turnedAway = run(db, input);

			// then it exits 75 with one line naming the holder, and writes nothing
			assertThat(turnedAway.exitCode()).isEqualTo(75);
			assertThat(turnedAway.err())
				.startsWith("returnscope: another run holds the database (the run of " + "2026-11-26, started ")
				.contains(" on batch-7 by process 4242)")
				.hasLineCount(1);
			assertThat(folder()).doesNotExist();
			other.rollback();
		}

		// and once the holder has gone, the run goes ahead
		assertThat(run(db, input).exitCode()).isZero();
		assertThat(folder().resolve("decisions.csv")).exists();
	}

	@ParameterizedTest
	@MethodSource("sharedDatabases")
	void twoProcessesOfOneDateNeverPublishAHalfFolder(Function<Path, TestDatabase> database) throws Exception {
		// given two exports of the same date, a large one and a small one
		TestDatabase db = database.apply(this.work);
		Path large = Fixtures.sampleWithManyOrders(this.work.resolve("large"), 150);
		Path small = Fixtures.sampleWithFewerReturns(this.work.resolve("small"), 30);

		// when two processes run them at the same time on one database
		JobProcess first = JobProcess.start(db, this.work, "first", "--input=" + large,
				"--output=" + this.work.resolve("output"), RUN_DATE, "--max-rejected-rows=100000");
		awaitLockHolder(db, first);
		JobProcess second = JobProcess.start(db, this.work, "second", "--input=" + small,
				"--output=" + this.work.resolve("output"), RUN_DATE);
		RunResult secondResult = second.await();
		RunResult firstResult = first.await();

		// then the first completes; the second is turned away with one line, or ran after
		// it
		assertThat(firstResult.exitCode()).as(firstResult.err()).isZero();
		assertThat(secondResult.exitCode()).as(secondResult.err()).isIn(0, 75);
		if (secondResult.exitCode() == 75) {
			assertThat(secondResult.err())
				.startsWith("returnscope: another run holds the database (the run of " + "2026-11-25")
				.hasLineCount(1);
		}
		// and the published folder is one run's complete outputs
		RunManifest manifest = RunManifest.read(folder().resolve("run-manifest.json"));
		assertThat(manifest.outputs()).extracting(RunManifest.OutputFile::name)
			.containsExactlyInAnyOrder("decisions.csv", "rejects.csv", "returns-report.xlsx", "compliance-summary.xlsx",
					"compliance-rules.csv", "history-orders.csv");
		assertThat(PublishedRun.isIntact(folder(), manifest.runId())).isTrue();
		assertThat(manifest.runId()).isEqualTo((secondResult.exitCode() == 0) ? 2 : 1);
	}

	static Stream<Named<Function<Path, TestDatabase>>> sharedDatabases() {
		return Stream.of(Named.of("H2 (shared)", TestDatabase::h2Shared),
				Named.of("PostgreSQL", (work) -> TestDatabase.postgres()));
	}

	private RunResult run(TestDatabase db, Path input) {
		return RunResult.run(db, this.work, "--input=" + input, "--output=" + this.work.resolve("output"), RUN_DATE);
	}

	private Path folder() {
		return this.work.resolve("output/2026-11-25");
	}

	/**
	 * Waits until the process has taken the database: a run is then under way. A process
	 * that ended first (between two looks, on a fast machine) has run: its result says
	 * how.
	 */
	private static void awaitLockHolder(TestDatabase db, JobProcess process) throws Exception {
		long pid = process.pid();
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (System.nanoTime() < deadline && process.isAlive()) {
			try (Connection connection = db.connectExisting();
					Statement sql = connection.createStatement();
					ResultSet holder = sql.executeQuery("SELECT pid FROM rs_lock_holder WHERE name = 'history'")) {
				if (holder.next() && holder.getLong(1) == pid) {
					return;
				}
			}
			catch (SQLException ex) {
				// the database is not there yet: the process is still starting
			}
			Thread.sleep(200);
		}
		if (process.isAlive()) {
			throw new AssertionError("process " + pid + " never took the database");
		}
	}

	private static void deleteFolder(Path folder) throws Exception {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
