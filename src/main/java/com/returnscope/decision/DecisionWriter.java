package com.returnscope.decision;

import com.returnscope.domain.Decision;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stages a chunk of decisions under the run's job instance, in the chunk transaction. */
public class DecisionWriter implements ItemWriter<Decision> {

	private final DecisionRepository decisions;

	private final long instance;

	public DecisionWriter(DecisionRepository decisions, long instance) {
		this.decisions = decisions;
		this.instance = instance;
	}

	@Override
	public void write(Chunk<? extends Decision> chunk) {
		this.decisions.insert(this.instance, chunk.getItems());
	}

}
