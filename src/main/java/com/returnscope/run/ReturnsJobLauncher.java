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
import java.util.Locale;
import java.util.Optional;

import com.returnscope.history.HistoryLock;
import com.returnscope.history.RetentionTasklet;
import com.returnscope.history.Runs;
import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.InputFile;
import com.returnscope.ingest.Layout;
import com.returnscope.job.OutputFolderException;
import com.returnscope.job.RunOutputs;
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
 * Starts the job the way a nightly scheduler needs it started. Inputs, their headers and
 * the output folder are checked before anything is written. One run at a time holds the
 * database (a lock in the database, so that processes on other hosts sharing it are
 * turned away too). The latest run of the date decides what happens: with the same inputs
 * and policy, a completed run whose outputs are in the output folder is nothing to do,
 * one whose outputs are missing is rendered again from the history, a failed or stopped
 * one resumes where it stopped, one left running by a process that is gone is recovered
 * and resumed; anything else is a new run. Ends with the counts that reconcile every
 * input file, or one line saying why not and what to do; either way the exit code is
 * recorded with the run.
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

	private final StopRequest stopRequest;

	private final PrintStream out;

	private final PrintStream err;

	ReturnsJobLauncher(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("returnsJob") Job returnsJob,
			@Qualifier("renderJob") Job renderJob, ReturnScopeProperties properties, LoadedPolicy policy,
			HistoryLock lock, Runs runs, RunOutcome outcome, StopRequest stopRequest) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.returnsJob = returnsJob;
		this.renderJob = renderJob;
		this.properties = properties;
		this.policy = policy;
		this.lock = lock;
		this.runs = runs;
		this.outcome = outcome;
		this.stopRequest = stopRequest;
		this.out = System.out;
		this.err = System.err;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.outcome.set(launch());
		}
		catch (RuntimeException ex) {
			fail(List.of(ex));
		}
	}

	/**
	 * Checks everything a run needs before it reads a row (the database and the policy
	 * were checked at start-up): the inputs and their headers, then the output folder;
	 * then takes the database.
	 */
	private ExitCodes launch() {
		LocalDate runDate = this.properties.effectiveRunDate();
		InputFile orders = this.properties.ordersFile();
		InputFile returns = this.properties.returnsFile();
		Inputs inputs = new Inputs(input(orders, CsvFileReader.checkHeader(orders, RunParameters.Role.ORDERS)),
				input(returns, CsvFileReader.checkHeader(returns, RunParameters.Role.RETURNS)),
				overrides(this.properties.overridesFile()));
		RunOutputs.checkWritable(this.properties.output());
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
			return attempt(parameters(runId, runDate, fingerprint, inputs), this.returnsJob);
		}
		RunParameters parameters = parameters(latest.runId(), runDate, fingerprint, inputs);
		JobExecution last = this.jobRepository.getLastJobExecution(ReturnsJobConfiguration.JOB_NAME,
				parameters.toJobParameters());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			Path target = parameters.outputs().target();
			if (PublishedRun.isIntact(target, latest.runId())) {
				String line = "the run of " + runDate + " already completed with these inputs and this policy (run "
						+ latest.runId() + "); nothing to do. Outputs: " + target;
				this.out.println("returnscope: " + line);
				this.runs.ended(latest.runId(), ExitCodes.OK.code(), line);
				return ExitCodes.OK;
			}
			return attempt(parameters, this.renderJob);
		}
		if (last != null && last.getStatus().isRunning() && !recovered(latest, last)) {
			return ExitCodes.ALREADY_RUNNING;
		}
		return attempt(parameters, this.returnsJob);
	}

	/**
	 * The run is marked running, yet this process holds the database: the process that
	 * ran it has lost its connection, so it is dead or cut off, and a chunk it had not
	 * committed is gone with its transaction. Its execution is marked failed (which also
	 * stops a cut-off process's next commit, by the execution's version) and the run
	 * resumes, when its process is seen gone from this host, or when the operator says so
	 * with --recover for a run of another host. A process alive on this host is never
	 * taken over.
	 * @return whether the execution was recovered; if not, the line saying why was
	 * printed
	 */
	private boolean recovered(Runs.Run latest, JobExecution last) {
		String marked = "the run of " + latest.runDate() + " is marked running (execution " + last.getId()
				+ ((last.getStartTime() != null) ? ", started " + last.getStartTime().withNano(0) : "") + " on "
				+ latest.host() + " by process " + latest.pid() + ")";
		RecordedProcess process = RecordedProcess.of(latest.host(), latest.pid(), last.getStartTime());
		if (process == RecordedProcess.ALIVE) {
			this.err.println("returnscope: " + marked + ", and that process is still alive on this host though it "
					+ "no longer holds the database. Stop it (kill " + latest.pid() + ") and start again.");
			return false;
		}
		if (process == RecordedProcess.ELSEWHERE && !this.properties.recover()) {
			this.err.println("returnscope: " + marked + ", and no process holds the database. Once that process "
					+ "is gone, run again with --recover to mark it failed and resume it.");
			return false;
		}
		this.jobOperator.recover(last);
		this.out.println("returnscope: " + marked + ", and "
				+ ((process == RecordedProcess.GONE) ? "that process is gone" : "--recover says it is gone")
				+ "; execution " + last.getId() + " marked FAILED; resuming it");
		return true;
	}

	/**
	 * Runs {@code job} for the run, from the output folder's last check to the exit code,
	 * which is recorded with the run whatever it is.
	 */
	private ExitCodes attempt(RunParameters parameters, Job job) {
		Ended ended;
		try {
			String signal = this.stopRequest.signal();
			if (signal != null) {
				ended = stopped(signal + " before the run of " + parameters.runDate() + " started; nothing was done");
			}
			else {
				prepareOutput(parameters.outputs());
				this.runs.startedHere(parameters.runId());
				JobParameters jobParameters = (job == this.renderJob)
						? parameters.toRenderJobParameters(LocalDateTime.now().toString())
						: parameters.toJobParameters();
				ended = report(start(job, jobParameters), job == this.renderJob);
			}
		}
		catch (RuntimeException ex) {
			ended = fail(List.of(ex));
		}
		try {
			this.runs.ended(parameters.runId(), ended.code().code(), ended.line());
		}
		catch (RuntimeException ex) {
			// the database failed the run as well: its line was printed, --status shows
			// no code
			logger.warn("Cannot record how run " + parameters.runId() + " ended", ex);
		}
		return ended.code();
	}

	/**
	 * Stops the run when {@code output/<run-date>/} holds something the run does not
	 * write, or with --force-output moves it aside.
	 */
	private void prepareOutput(RunOutputs outputs) {
		List<Path> foreign = outputs.foreignEntries(PublishedRun.ours(outputs.target()));
		if (foreign.isEmpty()) {
			return;
		}
		if (!this.properties.forceOutput()) {
			throw new OutputFolderException(outputs.notOurs(foreign).getMessage() + "; nothing was read. Move "
					+ ((foreign.size() > 1) ? "them" : "it") + " away, or start again with --force-output to move "
					+ ((foreign.size() > 1) ? "them" : "it") + " aside.");
		}
		String names = RunOutputs.names(foreign);
		Path aside = outputs.moveAside(foreign);
		this.out.println("returnscope: moved " + names + " aside from " + outputs.target() + " into " + aside
				+ " (--force-output)");
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

	private Ended report(JobExecution execution, boolean rendered) {
		RunParameters run = RunParameters.of(execution.getJobParameters());
		String which = "(run " + run.runId() + ", execution " + execution.getId() + ")";
		if (execution.getStatus() == BatchStatus.STOPPED) {
			String signal = this.stopRequest.signal();
			return stopped("the run of " + run.runDate() + " stopped" + ((signal != null) ? " on " + signal : "")
					+ " after the current chunk " + which + "; nothing was published");
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			List<Throwable> failures = execution.getAllFailureExceptions();
			return fail(
					failures.isEmpty() ? List.of(new IllegalStateException("the job ended " + execution.getStatus()))
							: failures,
					"; nothing was published (the run of " + run.runDate() + ": run " + run.runId() + ", execution "
							+ execution.getId() + ")");
		}
		Duration took = Duration.between(execution.getStartTime(),
				(execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now());
		String line = String.format(Locale.ROOT, "the run of %s %s (run %d, execution %d) in %.1f s", run.runDate(),
				rendered ? "was rendered again from the history" : "completed", run.runId(), execution.getId(),
				took.toMillis() / 1000.0);
		this.out.println("returnscope: " + line);
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
		return new Ended(ExitCodes.OK, line);
	}

	private Ended stopped(String line) {
		this.err.println("returnscope: " + line + ". " + capitalized(ExitCodes.STOPPED.advice()) + ".");
		return new Ended(ExitCodes.STOPPED, line);
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

	private Ended fail(List<Throwable> failures) {
		return fail(failures, "");
	}

	/**
	 * Prints the one line for {@code failures}, with what to do when the job has run; the
	 * stack traces of a failure nothing explains follow it (the log has them all).
	 */
	private Ended fail(List<Throwable> failures, String afterRun) {
		Failures.Failure mapped = Failures.of(failures);
		this.outcome.set(mapped.code());
		String line = mapped.message() + afterRun;
		this.err
			.println("returnscope: " + line + (afterRun.isEmpty() ? "" : ". " + capitalized(mapped.advice()) + "."));
		if (mapped.code() == ExitCodes.UNEXPECTED) {
			failures.forEach((failure) -> {
				logger.error("Unexpected failure", failure);
				if (mapped.traced()) {
					failure.printStackTrace(this.err);
				}
			});
		}
		return new Ended(mapped.code(), line);
	}

	private static String capitalized(String advice) {
		return Character.toUpperCase(advice.charAt(0)) + advice.substring(1);
	}

	/** How one start of a run ended: its exit code and the line that says why. */
	private record Ended(ExitCodes code, String line) {
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
