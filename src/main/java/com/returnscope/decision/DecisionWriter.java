package com.returnscope.decision;

import java.time.LocalDateTime;

import com.returnscope.classification.ReviewerLabelHistory;
import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.domain.Decision;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk of decisions under the run, in the chunk transaction. Before the first
 * chunk it keeps the reviewer's labels the run applies in the history (in one batch), so
 * that they can be learnt from.
 */
public class DecisionWriter implements ItemWriter<Decision>, StepExecutionListener {

	private final DecisionRepository decisions;

	private final ReviewerLabelHistory labels;

	private final ReviewerOverrides overrides;

	private final long runId;

	public DecisionWriter(DecisionRepository decisions, ReviewerLabelHistory labels, ReviewerOverrides overrides,
			long runId) {
		this.decisions = decisions;
		this.labels = labels;
		this.overrides = overrides;
		this.runId = runId;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		if (this.overrides.size() > 0) {
			this.labels.record(this.runId, this.overrides, LocalDateTime.now());
		}
	}

	@Override
	public void write(Chunk<? extends Decision> chunk) {
		this.decisions.insert(this.runId, chunk.getItems());
	}

}
