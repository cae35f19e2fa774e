package com.returnscope.decision;

import javax.sql.DataSource;

import com.returnscope.classification.ReviewerLabelHistory;
import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.job.RunContext;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reader, processor and writer of the decision step: the run's returns in file order,
 * each with its order's lines from the history, decided and written to the decisions
 * table; the reviewer's labels are kept in the history as the step starts.
 */
@Configuration(proxyBeanMethods = false)
public class DecisionConfiguration {

	@Bean
	@StepScope
	public ReturnsWithOrdersReader returnsWithOrdersReader(DataSource dataSource,
			@Value("#{stepExecution}") StepExecution step) {
		RunContext run = RunContext.of(step);
		return new ReturnsWithOrdersReader(dataSource, run.runId(), run.parameters().chunkSize());
	}

	@Bean
	@StepScope
	public DecisionProcessor decisionProcessor(DecisionEngine engine, @Value("#{stepExecution}") StepExecution step) {
		return new DecisionProcessor(engine, RunContext.of(step).runDate());
	}

	@Bean
	@StepScope
	public DecisionWriter decisionWriter(DecisionRepository decisions, ReviewerLabelHistory labels,
			ReviewerOverrides overrides, @Value("#{stepExecution}") StepExecution step) {
		return new DecisionWriter(decisions, labels, overrides, RunContext.of(step).runId());
	}

}
