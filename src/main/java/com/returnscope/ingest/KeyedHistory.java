package com.returnscope.ingest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rows of one input file kept in the history by their business key: looked up a chunk
 * at a time and written a chunk at a time, never a query per row.
 */
public interface KeyedHistory<T> {

	/** The business key of a row: (order_id, sku) or return_id. */
	List<String> key(T row);

	/** The row's line in its file. */
	long line(T row);

	/** A hash of the row's content, independent of column order and extra columns. */
	long hash(T row);

	/** What the history holds of these keys, by key; keys it lacks are absent. */
	Map<List<String>, StoredRow> find(Collection<List<String>> keys);

	/** Writes a chunk of accepted rows as seen by the run, in the chunk transaction. */
	void write(long runId, LocalDate runDate, List<? extends IncomingRow<T>> rows);

}
