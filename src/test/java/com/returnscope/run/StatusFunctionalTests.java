package com.returnscope.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.returnscope.harness.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --status, as a scheduler's health check reads it: the latest run of each date, with its
 * state, exit code, counts and output folder, as a table or JSON.
 */
class StatusFunctionalTests {

	@TempDir
	static Path work;

	@BeforeAll
	static void aCompletedAndAFailedNight() {
		// the sample completed for 2026-11-25; 2026-11-26 over the reject limit
		assertThat(run("--run-date=2026-11-25").exitCode()).isZero();
		assertThat(run("--run-date=2026-11-26", "--max-rejected-rows=3").exitCode()).isEqualTo(65);
	}

	@Test
	void theStatusTableShowsTheLatestRunOfEachDateLatestFirst() {
		RunResult status = RunResult.run(work, "--status");

		assertThat(status.exitCode()).as(status.err()).isZero();
		List<String> lines = status.out().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).matches("run date +run +state +exit +orders +returns +decisions +ended +output");
		assertThat(lines.get(1))
			.matches("2026-11-26 +2 +FAILED +65 +- +- +0 +2\\d{3}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +"
					+ quoted(work.resolve("output/2026-11-26")));
		assertThat(lines.get(2)).matches("2026-11-25 +1 +COMPLETED +0 +200 = 195 \\+ 5 +\\d+ = \\d+ \\+ 6 +\\d+ +"
				+ "2\\d{3}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +" + quoted(work.resolve("output/2026-11-25")));
	}

	@Test
	void theStatusAsJsonHasEveryFieldAndTheLineOfTheLastStart() {
		RunResult status = RunResult.run(work, "--status", "--json", "--run-date=2026-11-26");

		assertThat(status.exitCode()).as(status.err()).isZero();
		List<Map<String, Object>> runs = JsonMapper.builder()
			.build()
			.readValue(status.out(), new TypeReference<List<Map<String, Object>>>() {
			});
		assertThat(runs).hasSize(1);
		Map<String, Object> run = runs.get(0);
		assertThat(run).containsEntry("run_date", "2026-11-26")
			.containsEntry("run_id", 2)
			.containsEntry("state", "FAILED")
			.containsEntry("process", null)
			.containsEntry("exit_code", 65)
			.containsEntry("inputs", List.of())
			.containsEntry("decisions", 0)
			.containsEntry("output", work.resolve("output/2026-11-26").toString())
			.containsKeys("start_time", "end_time", "host", "pid");
		assertThat((String) run.get("message")).startsWith("too many rejected rows in 2 input files")
			.contains("nothing was published (the run of 2026-11-26: run 2, execution 2)");
	}

	private static RunResult run(String... extra) {
		String[] args = new String[extra.length + 2];
		args[0] = "--input=input";
		args[1] = "--output=" + work.resolve("output");
		System.arraycopy(extra, 0, args, 2, extra.length);
		return RunResult.run(work, args);
	}

	private static String quoted(Path path) {
		return java.util.regex.Pattern.quote(path.toString());
	}

}
