package com.returnscope.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.returnscope.ingest.CsvFileReader;
import com.returnscope.ingest.InputFile;
import com.returnscope.ingest.OrdersFile;
import com.returnscope.ingest.ReturnsFile;
import com.returnscope.job.RunContext;
import com.returnscope.job.Sha256;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.publish.PublishTasklet;
import com.returnscope.publish.RunManifest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the job the way a nightly scheduler needs it started: inputs and headers checked
 * before anything is written; one job instance per run date and inputs (their SHA-256
 * with the policy's), so that running a date again with unchanged inputs does nothing and
 * says so, and a failed run resumes where it stopped; a run left behind by a dead process
 * recovered only when asked. Ends with the counts that reconcile every input file.
 */
@Component
class ReturnsJobLauncher implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ReturnsJobLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job returnsJob;

	private final ReturnScopeProperties properties;

	private final LoadedPolicy policy;

	private final RunOutcome outcome;

	private final PrintStream out;

	private final PrintStream err;

	ReturnsJobLauncher(JobOperator jobOperator, JobRepository jobRepository, Job returnsJob,
			ReturnScopeProperties properties, LoadedPolicy policy, RunOutcome outcome) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.returnsJob = returnsJob;
		this.properties = properties;
		this.policy = policy;
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
		CsvFileReader.checkHeader(orders, OrdersFile.COLUMNS, OrdersFile.REQUIRED);
		CsvFileReader.checkHeader(returns, ReturnsFile.COLUMNS, ReturnsFile.REQUIRED);
		JobParameters parameters = parameters(runDate, orders, returns, this.properties.overridesFile());
		JobExecution last = this.jobRepository.getLastJobExecution(ReturnsJobConfiguration.JOB_NAME, parameters);
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			this.out.println("returnscope: the run of " + runDate + " already completed with these inputs and this "
					+ "policy (execution " + last.getId() + "); nothing to do. Outputs: "
					+ RunContext.of(last).outputs().target());
			return ExitCodes.OK;
		}
		if (last != null && last.getStatus().isRunning()) {
			if (!this.properties.recover()) {
				this.err.println("returnscope: the run of " + runDate + " is marked running (execution " + last.getId()
						+ ", started " + last.getStartTime() + "). If no ReturnScope process is running it, "
						+ "run again with --recover to mark it failed and resume it.");
				return ExitCodes.ALREADY_RUNNING;
			}
			this.jobOperator.recover(last);
			this.out.println("returnscope: execution " + last.getId() + " marked FAILED; resuming it");
		}
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.returnsJob, parameters);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			this.err.println("returnscope: the run of " + runDate + " is already running");
			return ExitCodes.ALREADY_RUNNING;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		return report(execution);
	}

	private JobParameters parameters(LocalDate runDate, InputFile orders, InputFile returns, @Nullable Path overrides) {
		JobParametersBuilder builder = new JobParametersBuilder().addLocalDate(RunContext.RUN_DATE, runDate);
		StringBuilder fingerprint = new StringBuilder();
		for (String role : RunContext.INPUTS) {
			InputFile file = role.equals("orders") ? orders : returns;
			String sha256 = Sha256.of(file.path());
			fingerprint.append(role).append('=').append(sha256).append(';').append(file.encoding().name()).append('\n');
			builder.addString(role + ".file", file.path().toString(), false)
				.addString(role + ".encoding", file.encoding().name(), false)
				.addString(role + ".sha256", sha256, false);
		}
		if (overrides != null) {
			String sha256 = Sha256.of(overrides);
			fingerprint.append("overrides=").append(sha256).append('\n');
			builder.addString("overrides.file", overrides.toString(), false)
				.addString("overrides.sha256", sha256, false);
		}
		fingerprint.append("policy=").append(this.policy.sha256()).append('\n');
		return builder.addString("inputs.sha256", Sha256.hex(fingerprint.toString().getBytes()), true)
			.addString(RunContext.OUTPUT_DIR, this.properties.output().toString(), false)
			.addLong("chunk.size", (long) this.properties.chunkSize(), false)
			.toJobParameters();
	}

	private ExitCodes report(JobExecution execution) {
		RunContext run = RunContext.of(execution);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable failure = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.orElse(new IllegalStateException("the job ended " + execution.getStatus()));
			fail(failure);
			this.err.println("returnscope: the run of " + run.runDate() + " ended " + execution.getStatus()
					+ " (execution " + execution.getId() + "); nothing was published. Run it again to resume.");
			return this.outcome.code();
		}
		Duration took = Duration.between(execution.getStartTime(),
				(execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now());
		this.out.printf("returnscope: the run of %s completed (execution %d) in %.1f s%n", run.runDate(),
				execution.getId(), took.toMillis() / 1000.0);
		RunManifest manifest = manifest(run.outputs().target().resolve(PublishTasklet.MANIFEST));
		for (RunManifest.InputFile input : manifest.inputs()) {
			this.out.printf("  %-14s rows read %d = accepted %d + rejected %d%n", input.name(), input.rowsRead(),
					input.rowsAccepted(), input.rowsRejected());
		}
		for (StepExecution step : execution.getStepExecutions()) {
			if (!step.getExecutionContext().getString(Step.STEP_TYPE_KEY, "").endsWith("ChunkOrientedStep")) {
				continue; // a tasklet step reads and writes no items
			}
			this.out.printf("  %-22s read %d, read skips %d, process skips %d, filtered %d, written %d%n",
					step.getStepName(), step.getReadCount(), step.getReadSkipCount(), step.getProcessSkipCount(),
					step.getFilterCount(), step.getWriteCount());
		}
		this.out.println("  decisions " + manifest.decisions() + ", policy " + manifest.policy().version()
				+ "; outputs in " + run.outputs().target());
		return ExitCodes.OK;
	}

	private static RunManifest manifest(Path file) {
		try {
			return JsonMapper.builder()
				.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
				.build()
				.readValue(Files.readAllBytes(file), RunManifest.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read back " + file, ex);
		}
	}

	private void fail(Throwable failure) {
		Failures.Failure mapped = Failures.of(failure);
		this.outcome.set(mapped.code());
		this.err.println("returnscope: " + mapped.message());
		if (mapped.code() == ExitCodes.UNEXPECTED) {
			logger.error("Unexpected failure", failure);
			failure.printStackTrace(this.err);
		}
	}

}
