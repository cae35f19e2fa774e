package com.returnscope.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.returnscope.ingest.InputCounts;
import com.returnscope.job.RunParameters;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Every few seconds of a run, a line with each running step, its rows done, their rate
 * and the time left: rewritten in place on a terminal, a line each time otherwise (a log,
 * a journal). Read from the job repository, which has each chunk's counts once it is
 * committed; the first line comes after one interval, so a short run prints none.
 */
final class Progress implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(Progress.class);

	private final JobExecution execution;

	private final JobRepository jobRepository;

	private final InputCounts inputCounts;

	private final PrintStream out;

	private final boolean terminal;

	private final ScheduledExecutorService timer;

	/** Rows each chunk step has to do in all, as far as known: rows of its file. */
	private final Map<String, Long> totals = new HashMap<>();

	/** The length of the line last written on the terminal. */
	private int written;

	private Progress(JobExecution execution, JobRepository jobRepository, InputCounts inputCounts, PrintStream out,
			boolean terminal) {
		this.execution = execution;
		this.jobRepository = jobRepository;
		this.inputCounts = inputCounts;
		this.out = out;
		this.terminal = terminal;
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "returnscope-progress");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Reports on {@code execution} every {@code interval} until closed. */
	static Progress start(JobExecution execution, Duration interval, JobRepository jobRepository,
			InputCounts inputCounts, PrintStream out) {
		Progress progress = new Progress(execution, jobRepository, inputCounts, out, System.console() != null);
		long every = interval.toMillis();
		progress.timer.scheduleWithFixedDelay(progress::report, every, every, TimeUnit.MILLISECONDS);
		return progress;
	}

	private void report() {
		try {
			String line = line();
			if (line.isEmpty()) {
				return;
			}
			synchronized (this) {
				if (this.terminal) {
					this.out.print("\r" + line + " ".repeat(Math.max(0, this.written - line.length())));
					this.out.flush();
					this.written = line.length();
				}
				else {
					this.out.println(line);
				}
			}
		}
		catch (RuntimeException ex) {
			// progress is a courtesy: it never fails a run
			logger.warn("Cannot report progress", ex);
		}
	}

	private String line() {
		List<JobExecution> executions = this.jobRepository.getJobExecutions(this.execution.getJobInstance());
		JobExecution current = executions.stream()
			.filter((candidate) -> candidate.getId() == this.execution.getId())
			.findFirst()
			.orElse(null);
		if (current == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		for (StepExecution step : current.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				parts.add(step(step, executions));
			}
		}
		return parts.isEmpty() ? "" : "returnscope: " + String.join("; ", parts);
	}

	private String step(StepExecution step, List<JobExecution> executions) {
		String name = step.getStepName();
		LocalDateTime start = (step.getStartTime() != null) ? step.getStartTime() : LocalDateTime.now();
		double seconds = Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0;
		Long total = total(name);
		if (total == null) {
			return String.format(Locale.ROOT, "%s running for %s", name, duration(seconds));
		}
		long now = rows(step);
		// a resumed step goes on from where the earlier executions of the run stopped
		long done = executions.stream()
			.flatMap((execution) -> execution.getStepExecutions().stream())
			.filter((earlier) -> earlier.getStepName().equals(name) && earlier.getId() != step.getId())
			.mapToLong(Progress::rows)
			.sum() + now;
		StringBuilder part = new StringBuilder(
				String.format(Locale.ROOT, "%s %,d of about %,d rows", name, done, Math.max(total, done)));
		if (seconds >= 1 && now > 0) {
			double rate = now / seconds;
			part.append(String.format(Locale.ROOT, ", %,d rows/s", Math.round(rate)));
			if (total > done) {
				part.append(", about ").append(duration((total - done) / rate)).append(" left");
			}
		}
		return part.toString();
	}

	private static long rows(StepExecution step) {
		return step.getReadCount() + step.getReadSkipCount();
	}

	/**
	 * The rows a step has to do, counted once: the lines of its input file but the
	 * header, or the returns accepted for the decisions. Null for a step without rows.
	 */
	private @Nullable Long total(String step) {
		Long known = this.totals.get(step);
		if (known != null) {
			return known;
		}
		RunParameters run = RunParameters.of(this.execution.getJobParameters());
		Long total = switch (step) {
			case ReturnsJobConfiguration.ORDERS_STEP -> fileRows(run.orders().file());
			case ReturnsJobConfiguration.RETURNS_STEP -> fileRows(run.returns().file());
			case ReturnsJobConfiguration.DECISIONS_STEP -> {
				InputCounts.Counts returns = this.inputCounts.of(run.runId(), RunParameters.Role.RETURNS);
				yield (returns != null) ? returns.rowsAccepted() : null;
			}
			default -> null;
		};
		if (total != null) {
			this.totals.put(step, total);
		}
		return total;
	}

	/**
	 * The rows of an input file: its lines but the header, by their line feeds (a quoted
	 * field over several lines counts them all: the total is an estimate).
	 */
	private static @Nullable Long fileRows(Path file) {
		long lines = 0;
		byte last = '\n';
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				last = buffer[read - 1];
			}
		}
		catch (IOException ex) {
			return null;
		}
		return Math.max(0, ((last == '\n') ? lines : lines + 1) - 1);
	}

	private static String duration(double seconds) {
		long s = Math.round(seconds);
		if (s < 60) {
			return s + " s";
		}
		if (s < 3600) {
			return (s / 60) + " min " + (s % 60) + " s";
		}
		return (s / 3600) + " h " + (s % 3600 / 60) + " min";
	}

	/** Stops reporting and clears the terminal's line for what comes next. */
	@Override
	public void close() {
		this.timer.shutdownNow();
		try {
			this.timer.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			if (this.terminal && this.written > 0) {
				this.out.print("\r" + " ".repeat(this.written) + "\r");
				this.out.flush();
			}
		}
	}

}
