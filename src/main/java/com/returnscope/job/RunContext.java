package com.returnscope.job;

import java.time.LocalDate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a step needs to know of the run it belongs to: the run's typed parameters and the
 * job execution doing the work.
 */
public record RunContext(RunParameters parameters, JobExecution execution) {

	public static RunContext of(ChunkContext chunkContext) {
		return of(chunkContext.getStepContext().getStepExecution());
	}

	public static RunContext of(StepExecution stepExecution) {
		return of(stepExecution.getJobExecution());
	}

	public static RunContext of(JobExecution execution) {
		return new RunContext(RunParameters.of(execution.getJobParameters()), execution);
	}

	public long runId() {
		return this.parameters.runId();
	}

	public LocalDate runDate() {
		return this.parameters.runDate();
	}

	public long executionId() {
		return this.execution.getId();
	}

	public RunOutputs outputs() {
		return this.parameters.outputs();
	}

	/** The name rejects.csv and the reports use for the input file of a role. */
	public String inputName(RunParameters.Role role) {
		return this.parameters.input(role).name();
	}

}
