package com.returnscope.ingest;

import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stages a chunk of accepted rows under the run's job instance, in the chunk transaction.
 */
public class StagingWriter<T> implements ItemWriter<ParsedRow<T>> {

	private final long instance;

	private final BiConsumer<Long, List<T>> insert;

	/**
	 * @param instance the job instance the rows are staged under
	 * @param insert the repository's insert for this kind of row
	 */
	public StagingWriter(long instance, BiConsumer<Long, List<T>> insert) {
		this.instance = instance;
		this.insert = insert;
	}

	@Override
	public void write(Chunk<? extends ParsedRow<T>> chunk) {
		this.insert.accept(this.instance, chunk.getItems().stream().map(ParsedRow::value).toList());
	}

}
