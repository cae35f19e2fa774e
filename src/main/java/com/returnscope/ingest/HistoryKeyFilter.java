package com.returnscope.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Rejects a row whose key the run has already accepted from the same file, and tells the
 * writer what the history holds of the others. Before a chunk is processed, the keys of
 * all its rows are looked up in one query; rows of earlier chunks are found there (which
 * also covers a restart, and is safe because one run at a time writes the history), rows
 * of the chunk itself are remembered until it ends.
 */
public class HistoryKeyFilter<T>
		implements ItemProcessor<ParsedRow<T>, IncomingRow<T>>, ChunkListener<ParsedRow<T>, IncomingRow<T>> {

	private final String file;

	private final String column;

	private final long runId;

	private final KeyedHistory<T> history;

	private Map<List<String>, StoredRow> stored = Map.of();

	private final Map<List<String>, Long> inChunk = new HashMap<>();

	/**
	 * @param file the file name for the reject
	 * @param column the column the reject names (the key's first column)
	 * @param runId the run reading the file
	 * @param history the history of the file's rows
	 */
	public HistoryKeyFilter(String file, String column, long runId, KeyedHistory<T> history) {
		this.file = file;
		this.column = column;
		this.runId = runId;
		this.history = history;
	}

	@Override
	public void beforeChunk(Chunk<ParsedRow<T>> chunk) {
		this.inChunk.clear();
		this.stored = this.history.find(chunk.getItems().stream().map((row) -> this.history.key(row.value())).toList());
	}

	@Override
	public IncomingRow<T> process(ParsedRow<T> row) {
		List<String> key = this.history.key(row.value());
		long line = this.history.line(row.value());
		StoredRow stored = this.stored.get(key);
		Long first = this.inChunk.get(key);
		if (first == null && stored != null && stored.lastRun() == this.runId) {
			first = stored.lastLine();
		}
		if (first != null) {
			throw new RejectedRowException(this.file, line, this.column,
					"duplicate key " + String.join(" / ", key) + ": first accepted at line " + first, row.rawRecord());
		}
		this.inChunk.put(key, line);
		return new IncomingRow<>(row.value(), this.history.hash(row.value()), stored);
	}

}
