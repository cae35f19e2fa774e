package com.returnscope.publish;

import com.returnscope.job.RunContext;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Empties the run's unpublished folder when an execution starts: a restart renders every
 * output again, and must not publish a file an earlier attempt left behind.
 */
@Component
public class StagingFolderCleaner implements JobExecutionListener {

	@Override
	public void beforeJob(JobExecution jobExecution) {
		RunContext.of(jobExecution).outputs().clearStaging();
	}

}
