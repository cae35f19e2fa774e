package com.returnscope.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.returnscope.history.HistoryLock;
import com.returnscope.history.RetentionTasklet;
import com.returnscope.history.Runs;
import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.InputFile;
import com.returnscope.ingest.Layout;
import com.returnscope.job.RunParameters;
import com.returnscope.job.Sha256;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.publish.PublishTasklet;
import com.returnscope.publish.PublishedRun;
import com.returnscope.publish.RunManifest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Starts the job the way a nightly scheduler needs it started. Inputs and headers are
 * checked before anything is written. One run at a time holds the database (a lock in the
 * database, so that processes on other hosts sharing it are turned away too). The latest
 * run of the date decides what happens: with the same inputs and policy, a completed run
 * whose outputs are in the output folder is nothing to do, one whose outputs are missing
 * is rendered again from the history, a failed one resumes where it stopped; anything
 * else is a new run. Ends with the counts that reconcile every input file.
 */
@Component
class ReturnsJobLauncher implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ReturnsJobLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job returnsJob;

	private final Job renderJob;

	private final ReturnScopeProperties properties;

	private final LoadedPolicy policy;

	private final HistoryLock lock;

	private final Runs runs;

	private final RunOutcome outcome;

	private final PrintStream out;

	private final PrintStream err;

	ReturnsJobLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("returnsJob") Job returnsJob,
			@Qualifier("renderJob") Job renderJob, ReturnScopeProperties properties, LoadedPolicy policy,
			HistoryLock lock, Runs runs, RunOutcome outcome) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.returnsJob = returnsJob;
		this.renderJob = renderJob;
		this.properties = properties;
		this.policy = policy;
		this.lock = lock;
		this.runs = runs;
		this.outcome = outcome;
		this.out = System.out;
		this.err = System.err;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.outcome.set(launch());
		}
		catch (RuntimeException ex) {
			fail(ex);
		}
	}

	private ExitCodes launch() {
		LocalDate runDate = this.properties.effectiveRunDate();
		InputFile orders = this.properties.ordersFile();
		InputFile returns = this.properties.returnsFile();
		Inputs inputs = new Inputs(input(orders, CsvFileReader.checkHeader(orders, RunParameters.Role.ORDERS)),
				input(returns, CsvFileReader.checkHeader(returns, RunParameters.Role.RETURNS)),
				overrides(this.properties.overridesFile()));
		Optional<HistoryLock.Held> held = this.lock.tryAcquire("the run of " + runDate);
		if (held.isEmpty()) {
			this.err.println("returnscope: another run holds the database" + this.lock.holder()
				.map((holder) -> " (" + holder.description() + ", started " + holder.since().withNano(0) + " on "
						+ holder.host() + " by process " + holder.pid() + ")")
				.orElse("") + "; one run at a time per database. Try again when it has ended.");
			return ExitCodes.ALREADY_RUNNING;
		}
		try (HistoryLock.Held lock = held.get()) {
			return launch(runDate, inputs);
		}
	}

	private ExitCodes launch(LocalDate runDate, Inputs inputs) {
		String fingerprint = inputs.fingerprint(this.policy.sha256());
		Runs.Run latest = this.runs.latest(runDate).orElse(null);
		if (latest == null || !latest.inputsSha256().equals(fingerprint)) {
			long runId = this.runs.create(runDate, fingerprint, this.policy.version(), this.policy.sha256());
			return report(start(this.returnsJob, parameters(runId, runDate, fingerprint, inputs).toJobParameters()),
					false);
		}
		RunParameters parameters = parameters(latest.runId(), runDate, fingerprint, inputs);
		JobExecution last = this.jobRepository.getLastJobExecution(ReturnsJobConfiguration.JOB_NAME,
				parameters.toJobParameters());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			Path target = parameters.outputs().target();
			if (PublishedRun.isIntact(target, latest.runId())) {
				this.out.println("returnscope: the run of " + runDate + " already completed with these inputs and "
						+ "this policy (run " + latest.runId() + "); nothing to do. Outputs: " + target);
				return ExitCodes.OK;
			}
			return report(start(this.renderJob, parameters.toRenderJobParameters(LocalDateTime.now().toString())),
					true);
		}
		if (last != null && last.getStatus().isRunning()) {
			// we hold the lock: whatever process ran it has ended without saying so
			if (!this.properties.recover()) {
				this.err.println("returnscope: the run of " + runDate + " is marked running (execution " + last.getId()
						+ ", started " + last.getStartTime() + " on " + latest.host() + " by process " + latest.pid()
						+ ") but no process holds the database. Run again with --recover to mark it failed and "
						+ "resume it.");
				return ExitCodes.ALREADY_RUNNING;
			}
			this.jobOperator.recover(last);
			this.out.println("returnscope: execution " + last.getId() + " marked FAILED; resuming it");
		}
		this.runs.resumedHere(latest.runId());
		return report(start(this.returnsJob, parameters.toJobParameters()), false);
	}

	private RunParameters parameters(long runId, LocalDate runDate, String fingerprint, Inputs inputs) {
		return new RunParameters(runId, runDate, fingerprint, inputs.orders(), inputs.returns(), inputs.overrides(),
				this.properties.output(), this.properties.chunkSize());
	}

	private JobExecution start(Job job, JobParameters parameters) {
		try {
			return this.jobOperator.start(job, parameters);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new IllegalStateException("The run is already running in this process", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	private ExitCodes report(JobExecution execution, boolean rendered) {
		RunParameters run = RunParameters.of(execution.getJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			List<Throwable> failures = execution.getAllFailureExceptions();
			fail(failures.isEmpty() ? List.of(new IllegalStateException("the job ended " + execution.getStatus()))
					: failures);
			this.err.println("returnscope: the run of " + run.runDate() + " ended " + execution.getStatus()
					+ " (execution " + execution.getId() + "); nothing was published. " + advice(this.outcome.code()));
			return this.outcome.code();
		}
		Duration took = Duration.between(execution.getStartTime(),
				(execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now());
		this.out.printf("returnscope: the run of %s %s (run %d, execution %d) in %.1f s%n", run.runDate(),
				rendered ? "was rendered again from the history" : "completed", run.runId(), execution.getId(),
				took.toMillis() / 1000.0);
		RunManifest manifest = manifest(run.outputs().target().resolve(PublishTasklet.MANIFEST));
		for (RunManifest.InputFile input : manifest.inputs()) {
			this.out.printf("  %-14s rows read %d = accepted %d + rejected %d, layout %s%s%n", input.name(),
					input.rowsRead(), input.rowsAccepted(), input.rowsRejected(), input.layout(),
					(input.sheet() != null) ? ", sheet " + input.sheet() : "");
		}
		for (StepExecution step : execution.getStepExecutions()) {
			if (!step.getExecutionContext().getString(Step.STEP_TYPE_KEY, "").endsWith("ChunkOrientedStep")) {
				continue; // a tasklet step reads and writes no items
			}
			this.out.printf("  %-22s read %d, read skips %d, process skips %d, filtered %d, written %d%n",
					step.getStepName(), step.getReadCount(), step.getReadSkipCount(), step.getProcessSkipCount(),
					step.getFilterCount(), step.getWriteCount());
		}
		if (execution.getExecutionContext().containsKey(RetentionTasklet.PRUNED)) {
			this.out.println("  retention: " + execution.getExecutionContext().getString(RetentionTasklet.PRUNED));
		}
		this.out.println("  decisions " + manifest.decisions() + ", policy " + manifest.policy().version()
				+ "; outputs in " + run.outputs().target());
		return ExitCodes.OK;
	}

	/** What to do next, as the README's exit-code table says for the code. */
	private static String advice(ExitCodes code) {
		return switch (code) {
			case TOO_MANY_REJECTS ->
				"Fix the input, or raise --max-rejected-rows, and run again: the run resumes where it stopped.";
			case INPUT_MISSING -> "Fix the input file and run again.";
			case POLICY_INVALID -> "Fix the policy or overrides file and run again.";
			case USAGE -> "Fix the command and run again.";
			default -> "Run it again to resume.";
		};
	}

	private static RunManifest manifest(Path file) {
		try {
			return RunManifest.read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read back " + file, ex);
		}
	}

	private static RunParameters.Input input(InputFile file, CsvFileReader.Detected detected) {
		return new RunParameters.Input(file.path(), file.encoding().name(), Sha256.of(file.path()), detected.layout(),
				detected.sheet());
	}

	private static RunParameters.@Nullable Overrides overrides(@Nullable Path file) {
		return (file != null) ? new RunParameters.Overrides(file, Sha256.of(file)) : null;
	}

	private void fail(Throwable failure) {
		fail(List.of(failure));
	}

	private void fail(List<Throwable> failures) {
		Failures.Failure mapped = Failures.of(failures);
		this.outcome.set(mapped.code());
		this.err.println("returnscope: " + mapped.message());
		if (mapped.code() == ExitCodes.UNEXPECTED) {
			failures.forEach((failure) -> {
				logger.error("Unexpected failure", failure);
				failure.printStackTrace(this.err);
			});
		}
	}

	/** The inputs named on the command line, fingerprinted. */
	private record Inputs(RunParameters.Input orders, RunParameters.Input returns,
			RunParameters.@Nullable Overrides overrides) {

		/**
		 * The SHA-256 of both inputs (with their encodings), the overrides and the
		 * policy.
		 */
		String fingerprint(String policySha256) {
			StringBuilder fingerprint = new StringBuilder();
			for (RunParameters.Input input : new RunParameters.Input[] { this.orders, this.returns }) {
				fingerprint.append(input == this.orders ? "orders" : "returns")
					.append('=')
					.append(input.sha256())
					.append(';')
					.append(input.encoding());
				// another layout or sheet of the same file is another input; the
				// canonical
				// CSV keeps the fingerprint it had before layouts existed
				if (!input.layout().equals(Layout.CANONICAL)) {
					fingerprint.append(";layout=").append(input.layout());
				}
				if (input.sheet() != null) {
					fingerprint.append(";sheet=").append(input.sheet());
				}
				fingerprint.append('\n');
			}
			if (this.overrides != null) {
				fingerprint.append("overrides=").append(this.overrides.sha256()).append('\n');
			}
			fingerprint.append("policy=").append(policySha256).append('\n');
			return Sha256.hex(fingerprint.toString().getBytes(StandardCharsets.UTF_8));
		}

	}

}
