package com.returnscope.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.returnscope.history.Runs;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * --status: the latest run of each date, from the history (rs_run, rs_run_input) and the
 * job repository: its state, the exit code and line of its last start, its row counts and
 * its output folder, as a table or as JSON for a scheduler's health check. Starts only
 * the database (no policy, no job), and never takes the database's run lock: it reads
 * while a run is going.
 */
final class StatusReport {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final ObjectMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	/**
	 * The application context of a status report: the database and the history's runs.
	 */
	@EnableAutoConfiguration
	@EnableConfigurationProperties(ReturnScopeProperties.class)
	@Import(Runs.class)
	static class Database {

	}

	/**
	 * The latest run of a date.
	 *
	 * @param state the job repository's status of its latest execution ("NOT STARTED"
	 * before the first)
	 * @param process for a run marked running: whether its recorded process is "alive" or
	 * "gone" on this host, or "on another host"; else null
	 * @param exitCode the exit code of its last start; null while one is under way or
	 * when it was killed
	 * @param message the line that start printed
	 */
	record RunStatus(String runDate, long runId, String state, @Nullable String process, @Nullable Integer exitCode,
			@Nullable String message, @Nullable String startTime, @Nullable String endTime, String host, long pid,
			List<InputStatus> inputs, long decisions, @Nullable String output) {
	}

	/** What the run read from one input file, once it has read it through. */
	record InputStatus(String input, long rowsRead, long rowsAccepted, long rowsRejected) {
	}

	private StatusReport() {
	}

	/** Prints the status and returns the exit code: 0 once printed. */
	static int print(String[] springArgs, boolean json, PrintStream out) {
		SpringApplication spring = new SpringApplication(Database.class);
		try (ConfigurableApplicationContext context = spring.run(springArgs)) {
			List<RunStatus> runs = context.getBean(Runs.class)
				.lastPerDate(context.getBean(ReturnScopeProperties.class).runDate(),
						ReturnsJobConfiguration.DECISIONS_STEP)
				.stream()
				.map(StatusReport::status)
				.toList();
			if (json) {
				out.println(JSON.writeValueAsString(runs));
			}
			else {
				out.print(table(runs));
			}
			return ExitCodes.OK.code();
		}
	}

	static RunStatus status(Runs.LastRun last) {
		Runs.Run run = last.run();
		Runs.Execution execution = last.execution();
		String state = (execution != null) ? execution.status() : "NOT STARTED";
		String process = null;
		if (execution != null && isRunning(execution)) {
			process = switch (RecordedProcess.of(run.host(), run.pid(), execution.startTime())) {
				case ALIVE -> "alive";
				case GONE -> "gone";
				case ELSEWHERE -> "on another host";
			};
		}
		List<InputStatus> inputs = last.inputs()
			.stream()
			.map((input) -> new InputStatus(input.role(), input.rowsRead(), input.rowsAccepted(), input.rowsRejected()))
			.toList();
		String output = (execution != null && execution.outputDir() != null)
				? Path.of(execution.outputDir()).resolve(run.runDate().toString()).toString() : null;
		return new RunStatus(run.runDate().toString(), run.runId(), state, process, last.exitCode(), last.exitMessage(),
				(execution != null) ? timestamp(execution.startTime()) : null,
				(execution != null) ? timestamp(execution.endTime()) : null, run.host(), run.pid(), inputs,
				last.decisions(), output);
	}

	private static boolean isRunning(Runs.Execution execution) {
		return List.of("STARTING", "STARTED", "STOPPING").contains(execution.status());
	}

	private static @Nullable String timestamp(@Nullable LocalDateTime time) {
		return (time != null) ? time.atZone(ZoneId.systemDefault()).toOffsetDateTime().toString() : null;
	}

	/** One line a date, the latest first, in columns. */
	static String table(List<RunStatus> runs) {
		if (runs.isEmpty()) {
			return "returnscope: the history holds no run yet\n";
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "run date", "run", "state", "exit", "orders", "returns", "decisions", "ended",
				"output" });
		for (RunStatus run : runs) {
			rows.add(new String[] { run.runDate(), Long.toString(run.runId()),
					run.state() + ((run.process() != null) ? " (process " + run.process() + ")" : ""),
					(run.exitCode() != null) ? run.exitCode().toString() : "-", counts(run, "orders"),
					counts(run, "returns"), Long.toString(run.decisions()),
					(run.endTime() != null) ? OffsetDateTime.parse(run.endTime()).format(TIME) : "-",
					(run.output() != null) ? run.output() : "-" });
		}
		int[] widths = new int[rows.get(0).length];
		rows.forEach((row) -> {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		});
		StringBuilder table = new StringBuilder();
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(String.format("%-" + widths[i] + "s", row[i])).append("  ");
			}
			table.append(line.toString().stripTrailing()).append('\n');
		}
		return table.toString();
	}

	/**
	 * "read = accepted + rejected" for the input file of a role, "-" until it is read.
	 */
	private static String counts(RunStatus run, String role) {
		return run.inputs()
			.stream()
			.filter((input) -> input.input().equals(role))
			.map((input) -> input.rowsRead() + " = " + input.rowsAccepted() + " + " + input.rowsRejected())
			.findFirst()
			.orElse("-");
	}

}
