package com.returnscope.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.returnscope.harness.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts as a scheduler makes them: a failed run resumes where it stopped and writes
 * exactly what an uninterrupted run writes; a run left "running" by a killed process is
 * reported, and resumed only when the operator says so.
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
	void aRunLeftRunningByAKilledProcessIsReportedAndRecoveredOnRequest() throws Exception {
		// given a run whose process died: the repository still says STARTED
		assertThat(run(this.interrupted, "--max-rejected-rows=3").exitCode()).isEqualTo(65);
		try (Connection db = DriverManager
			.getConnection("jdbc:h2:file:" + this.interrupted.resolve("db/returnscope").toAbsolutePath(), "sa", "");
				Statement sql = db.createStatement()) {
			sql.executeUpdate(
					"UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL");
			sql.executeUpdate(
					"UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'");
		}

		// when the scheduler starts the date again
		RunResult blocked = run(this.interrupted);

		// then it refuses, says why and what to do, and exits 75
		assertThat(blocked.exitCode()).isEqualTo(75);
		assertThat(blocked.err()).contains("is marked running").contains("--recover").doesNotContain("\tat ");

		// and the operator's --recover resumes it to completion
		RunResult recovered = run(this.interrupted, "--recover");
		assertThat(recovered.exitCode()).isZero();
		assertThat(recovered.out()).contains("marked FAILED; resuming it").contains("completed");
		assertThat(folder(this.interrupted).resolve("run-manifest.json")).exists();
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
