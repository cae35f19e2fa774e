package com.returnscope.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * What a step of the run needs to know about the run it belongs to, read from the job
 * execution: the job instance its staged rows are kept under, the run date and where the
 * outputs go. The parameter names are the ones the launcher sets.
 */
public record RunContext(long instanceId, long executionId, LocalDate runDate, RunOutputs outputs,
		JobExecution execution) {

	public static final String RUN_DATE = "run.date";

	public static final String OUTPUT_DIR = "output.dir";

	/**
	 * The input files by role; each role has the parameters ROLE.file, .encoding and
	 * .sha256.
	 */
	public static final List<String> INPUTS = List.of("orders", "returns");

	public static RunContext of(ChunkContext chunkContext) {
		return of(chunkContext.getStepContext().getStepExecution().getJobExecution());
	}

	public static RunContext of(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		LocalDate runDate = parameters.getLocalDate(RUN_DATE);
		return new RunContext(execution.getJobInstance().getId(), execution.getId(), runDate,
				new RunOutputs(Path.of(parameters.getString(OUTPUT_DIR)), runDate), execution);
	}

	public JobParameters parameters() {
		return this.execution.getJobParameters();
	}

	/** The path of the input file of a role ({@link #INPUTS}). */
	public Path input(String role) {
		return Path.of(parameters().getString(role + ".file"));
	}

	/** The name rejects.csv and the reports use for the input file of a role. */
	public String inputName(String role) {
		return input(role).getFileName().toString();
	}

}
