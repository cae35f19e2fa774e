package com.returnscope.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.returnscope.harness.RunResult;
import com.returnscope.history.HistoryLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts as a scheduler makes them: a failed run resumes where it stopped and writes
 * exactly what an uninterrupted run writes; a run left "running" by a process of another
 * host is reported, and resumed only when the operator says so; one left by a live
 * process of this host is never taken over.
 */
class RestartFunctionalTests {

	@TempDir
	Path uninterrupted;

	@TempDir
	Path interrupted;

	@Test
	void aFailedRunResumesWhereItStoppedAndWritesWhatAnUninterruptedRunWrites() throws Exception {
		// given a run failed on its fourth rejected order line, 10 rows per chunk
		RunResult failed = run(this.interrupted, "--max-rejected-rows=3");
		assertThat(failed.exitCode()).isEqualTo(65);

		// when it is run again with the default limit
		RunResult resumed = run(this.interrupted);

		// then it resumes inside orders.csv rather than from its start
		assertThat(resumed.exitCode()).isZero();
		Matcher orders = Pattern.compile("ordersStep +read (\\d+), read skips (\\d+), process skips (\\d+)")
			.matcher(resumed.out());
		assertThat(orders.find()).isTrue();
		long readAgain = Long.parseLong(orders.group(1)) + Long.parseLong(orders.group(2))
				+ Long.parseLong(orders.group(3));
		assertThat(readAgain).isBetween(1L, 50L);
		assertThat(resumed.out()).contains("orders.csv     rows read 200 = accepted 195 + rejected 5");

		// and its outputs are those of a run that never failed
		assertThat(run(this.uninterrupted).exitCode()).isZero();
		for (String file : new String[] { "decisions.csv", "rejects.csv" }) {
			assertThat(Files.readAllBytes(folder(this.interrupted).resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(folder(this.uninterrupted).resolve(file)));
		}
	}

	@Test
	void aRunLeftRunningOnAnotherHostIsReportedAndResumedOnRequest() throws Exception {
		// given a run left marked running by a process of another host
		assertThat(run(this.interrupted, "--max-rejected-rows=3").exitCode()).isEqualTo(65);
		leftRunning(this.interrupted, "batch-7", 4242);

		// when the scheduler starts the date again
		RunResult blocked = run(this.interrupted);

		// then it refuses, since this host cannot see that process: one line, exit 75
		assertThat(blocked.exitCode()).isEqualTo(75);
		assertThat(blocked.err()).startsWith("returnscope: the run of 2026-11-25 is marked running (execution 1, ")
			.contains(" on batch-7 by process 4242), and no process holds the database. Once that process is "
					+ "gone, run again with --recover")
			.hasLineCount(1);

		// and the operator's --recover resumes it to completion
		RunResult recovered = run(this.interrupted, "--recover");
		assertThat(recovered.exitCode()).isZero();
		assertThat(recovered.out()).contains("--recover says it is gone; execution 1 marked FAILED; resuming it")
			.contains("completed");
		assertThat(folder(this.interrupted).resolve("run-manifest.json")).exists();
	}

	@Test
	void aRunLeftRunningByALiveProcessOfThisHostIsNeverTakenOver() throws Exception {
		// given a run marked running by a process of this host that is alive, though it
		// no longer holds the database
		assertThat(run(this.interrupted, "--max-rejected-rows=3").exitCode()).isEqualTo(65);
		Process alive = new ProcessBuilder("sleep", "600").start();
		try {
			leftRunning(this.interrupted, HistoryLock.host(), alive.pid());

			// when the date is started again, even with --recover
			RunResult plain = run(this.interrupted);
			RunResult recover = run(this.interrupted, "--recover");

			// then both refuse, naming the process to stop
			for (RunResult refused : new RunResult[] { plain, recover }) {
				assertThat(refused.exitCode()).isEqualTo(75);
				assertThat(refused.err())
					.contains(" by process " + alive.pid() + "), and that process is still "
							+ "alive on this host though it no longer holds the database. Stop it (kill " + alive.pid()
							+ ") and start again.")
					.hasLineCount(1);
			}
		}
		finally {
			alive.destroy();
			alive.waitFor();
		}

		// and once it is gone, the next start recovers the run by itself
		RunResult resumed = run(this.interrupted);
		assertThat(resumed.exitCode()).as(resumed.err()).isZero();
		assertThat(resumed.out())
			.contains("by process " + alive.pid() + "), and that process is gone; "
					+ "execution 1 marked FAILED; resuming it")
			.contains("completed (run 1, execution 2)");
	}

	/**
	 * Marks the failed execution 1 as a killed process leaves it, started now by
	 * {@code pid} on {@code host}.
	 */
	private static void leftRunning(Path work, String host, long pid) throws Exception {
		try (Connection db = DriverManager
			.getConnection("jdbc:h2:file:" + work.resolve("db/returnscope").toAbsolutePath(), "sa", "");
				Statement sql = db.createStatement()) {
			sql.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', "
					+ "END_TIME = NULL, START_TIME = LOCALTIMESTAMP");
			sql.executeUpdate(
					"UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'");
			sql.executeUpdate("UPDATE rs_run SET host = '" + host + "', pid = " + pid);
		}
	}

	private static RunResult run(Path work, String... extra) {
		String[] args = new String[extra.length + 4];
		args[0] = "--input=input";
		args[1] = "--output=" + work.resolve("output");
		args[2] = "--run-date=2026-11-25";
		args[3] = "--chunk-size=10";
		System.arraycopy(extra, 0, args, 4, extra.length);
		return RunResult.run(work, args);
	}

	private static Path folder(Path work) {
		return work.resolve("output/2026-11-25");
	}

}
