package com.returnscope.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Rejects the second row with a key already accepted from the same file. Rows of earlier
 * chunks are found in the staging table (which also covers a restart); rows of the chunk
 * being processed are not written yet, so they are remembered until the chunk ends.
 */
public class DuplicateKeyFilter<T>
		implements ItemProcessor<ParsedRow<T>, ParsedRow<T>>, ChunkListener<ParsedRow<T>, ParsedRow<T>> {

	/** Finds the line of an accepted row with the key, or null. */
	@FunctionalInterface
	public interface StagedKeys {

		@Nullable Long lineOf(List<String> key);

	}

	private final String file;

	private final String column;

	private final Function<T, List<String>> key;

	private final Function<T, Long> line;

	private final StagedKeys staged;

	private final Map<List<String>, Long> inChunk = new HashMap<>();

	/**
	 * @param file the file name for the reject
	 * @param column the column the reject names (the key's first column)
	 * @param key the row's key
	 * @param line the row's line
	 * @param staged finds keys already staged
	 */
	public DuplicateKeyFilter(String file, String column, Function<T, List<String>> key, Function<T, Long> line,
			StagedKeys staged) {
		this.file = file;
		this.column = column;
		this.key = key;
		this.line = line;
		this.staged = staged;
	}

	@Override
	public void beforeChunk(Chunk<ParsedRow<T>> chunk) {
		this.inChunk.clear();
	}

	@Override
	public ParsedRow<T> process(ParsedRow<T> row) {
		List<String> key = this.key.apply(row.value());
		Long first = this.inChunk.get(key);
		if (first == null) {
			first = this.staged.lineOf(key);
		}
		if (first != null) {
			throw new RejectedRowException(this.file, this.line.apply(row.value()), this.column,
					"duplicate key " + String.join(" / ", key) + ": first accepted at line " + first, row.rawRecord());
		}
		this.inChunk.put(key, this.line.apply(row.value()));
		return row;
	}

}
