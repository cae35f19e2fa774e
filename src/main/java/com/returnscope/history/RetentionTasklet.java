package com.returnscope.history;

import com.returnscope.job.RunContext;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Prunes the history to the retention setting, counted back from the run date, in the
 * step's transaction; what it pruned is logged and left in the job's execution context
 * for the end-of-run summary.
 */
public class RetentionTasklet implements Tasklet {

	/** Job execution-context key of the summary of what was pruned, if anything was. */
	public static final String PRUNED = "retention.pruned";

	private static final Log logger = LogFactory.getLog(RetentionTasklet.class);

	private final Retention retention;

	private final int retentionDays;

	public RetentionTasklet(Retention retention, int retentionDays) {
		this.retention = retention;
		this.retentionDays = retentionDays;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		Retention.Pruned pruned = this.retention.prune(run.runDate().minusDays(this.retentionDays));
		logger.info("Retention of " + this.retentionDays + " days: " + pruned);
		if (!pruned.nothing()) {
			run.execution().getExecutionContext().putString(PRUNED, pruned.toString());
		}
		return RepeatStatus.FINISHED;
	}

}
