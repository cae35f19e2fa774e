package com.returnscope.run;

import java.io.PrintStream;
import java.time.Duration;

import com.returnscope.ingest.InputCounts;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Watches each job execution while it runs: a stop signal becomes the JobOperator's stop
 * (the steps stop at their next chunk boundary, and the execution ends STOPPED), and a
 * long run reports its progress.
 */
@Component
class RunMonitor implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(RunMonitor.class);

	private final StopRequest stopRequest;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final InputCounts inputCounts;

	private final ReturnScopeProperties properties;

	private final PrintStream out = System.out;

	private @Nullable Progress progress;

	RunMonitor(StopRequest stopRequest, JobOperator jobOperator, JobRepository jobRepository, InputCounts inputCounts,
			ReturnScopeProperties properties) {
		this.stopRequest = stopRequest;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.inputCounts = inputCounts;
		this.properties = properties;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		if (this.properties.progressSeconds() > 0) {
			this.progress = Progress.start(execution, Duration.ofSeconds(this.properties.progressSeconds()),
					this.jobRepository, this.inputCounts, this.out);
		}
		this.stopRequest.onStop(() -> stop(execution.getId()));
	}

	@Override
	public void afterJob(JobExecution execution) {
		this.stopRequest.clearStopper();
		if (this.progress != null) {
			this.progress.close();
			this.progress = null;
		}
	}

	/**
	 * Asks the execution to stop, through the repository its steps check at each chunk.
	 */
	private void stop(long executionId) {
		try {
			JobExecution running = this.jobRepository.getJobExecution(executionId);
			if (running != null && running.getStatus().isRunning()) {
				this.jobOperator.stop(running);
			}
		}
		catch (Exception ex) {
			// a step committing at that moment wins the row's version: it has the
			// STOPPING
			// status all the same
			logger.warn("Stopping execution " + executionId + ": " + ex.getMessage());
		}
	}

}
