package com.returnscope.run;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import com.returnscope.harness.Fixtures;
import com.returnscope.harness.JobProcess;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --schedule keeps the process up and runs the job at each tick of a cron expression, for
 * the tick's day or the one before, logging each run's exit code; SIGTERM between runs
 * ends it with exit 0.
 */
class ScheduleFunctionalTests {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	@TempDir
	Path work;

	@Test
	void aScheduledRunJudgesThePreviousDayAndSigtermBetweenRunsEndsTheSchedule() throws Exception {
		// given a daily schedule whose tick is a few seconds from now
		ZonedDateTime tick = ZonedDateTime.now().plusSeconds(20).withNano(0);
		String cron = tick.getSecond() + " " + tick.getMinute() + " " + tick.getHour() + " * * *";
		Path input = Fixtures.sample(this.work.resolve("input"));
		JobProcess schedule = JobProcess.start(TestDatabase.h2(this.work), this.work, "schedule", "--schedule=" + cron,
				"--schedule-day=previous", "--input=" + input, "--output=" + this.work.resolve("output"));

		// when the tick has come and its run has ended
		String previousDay = tick.toLocalDate().minusDays(1).toString();
		String ran = schedule.awaitLine("^returnscope: the scheduled run of ");

		// then it judged the previous day, completed, and said when the next run is
		assertThat(ran)
			.startsWith("returnscope: the scheduled run of " + previousDay + " (tick " + TIME.format(tick)
					+ ") exited 0: the run completed")
			.endsWith("; the next run at " + TIME.format(tick.plusDays(1)));
		assertThat(this.work.resolve("output").resolve(previousDay).resolve("run-manifest.json")).exists();

		// and SIGTERM while it waits for the next tick ends it at once, with exit 0
		schedule.signal("TERM");
		RunResult ended = schedule.await();
		assertThat(ended.exitCode()).as(ended.err()).isZero();
		assertThat(ended.out())
			.startsWith("returnscope: scheduled by '" + cron + "'; the first run at " + TIME.format(tick) + " judges "
					+ previousDay + "\n")
			.contains("returnscope: the run of " + previousDay + " completed (run 1, execution 1)")
			.endsWith("returnscope: SIGTERM: the schedule ends; no run was going\n");
	}

	@Test
	void crontabsFiveFieldsGetSecondZero() {
		assertThat(Modes.cron("30 2 * * *")).isEqualTo("0 30 2 * * *");
		assertThat(Modes.cron("0 30 2 * * MON-FRI")).isEqualTo("0 30 2 * * MON-FRI");
	}

	@Test
	void aScheduleThatIsNotACronExpressionIsAUsageError() {
		RunResult result = RunResult.run(this.work, "--schedule=every night");

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).startsWith("returnscope: --schedule: 'every night' is not a cron expression (")
			.endsWith("e.g. '30 2 * * *' or '0 30 2 * * *' for 02:30 every day\n");
	}

	@Test
	void aScheduleTakesItsRunDatesFromItsTicks() {
		RunResult result = RunResult.run(this.work, "--schedule=30 2 * * *", "--run-date=2026-11-25");

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err())
			.isEqualTo("returnscope: --schedule takes each run's date from its tick: leave out --run-date\n");
	}

	@Test
	void theScheduleDayIsSameOrPrevious() {
		RunResult result = RunResult.run(this.work, "--schedule=30 2 * * *", "--schedule-day=tomorrow");

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err())
			.isEqualTo("returnscope: --schedule-day must be 'same' or 'previous', not 'tomorrow'\n");
	}

	@Test
	void jsonGoesWithStatus() {
		RunResult result = RunResult.run(this.work, "--json");

		assertThat(result.exitCode()).isEqualTo(64);
		assertThat(result.err()).isEqualTo("returnscope: --json goes with --status\n");
	}

}
