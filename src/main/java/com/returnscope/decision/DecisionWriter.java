package com.returnscope.decision;

import com.returnscope.domain.Decision;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages a chunk of decisions under the run, in the chunk transaction. */
public class DecisionWriter implements ItemWriter<Decision> {

	private final DecisionRepository decisions;

	private final long runId;

	public DecisionWriter(DecisionRepository decisions, long runId) {
		this.decisions = decisions;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends Decision> chunk) {
		this.decisions.insert(this.runId, chunk.getItems());
	}

}
