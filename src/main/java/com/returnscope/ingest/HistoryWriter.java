package com.returnscope.ingest;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk of accepted rows into the history, in the chunk transaction, and counts
 * them. The count is kept in the step's execution context, committed with the chunk, so
 * that a resumed step goes on counting where the failed one stopped.
 */
public class HistoryWriter<T> implements ItemStreamWriter<IncomingRow<T>> {

	/** Execution-context key suffix of the rows accepted. */
	static final String ROWS_ACCEPTED = ".rows.accepted";

	private final String name;

	private final long runId;

	private final LocalDate runDate;

	private final KeyedHistory<T> history;

	private long accepted;

	/**
	 * @param name the key of this writer's state in the execution context
	 * @param runId the run the rows are seen by
	 * @param runDate the run's date: the date the rows are seen on
	 * @param history the history of this kind of row
	 */
	public HistoryWriter(String name, long runId, LocalDate runDate, KeyedHistory<T> history) {
		this.name = name;
		this.runId = runId;
		this.runDate = runDate;
		this.history = history;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.accepted = executionContext.getLong(this.name + ROWS_ACCEPTED, 0L);
	}

	@Override
	public void write(Chunk<? extends IncomingRow<T>> chunk) {
		this.history.write(this.runId, this.runDate, chunk.getItems());
		this.accepted += chunk.size();
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(this.name + ROWS_ACCEPTED, this.accepted);
	}

}
