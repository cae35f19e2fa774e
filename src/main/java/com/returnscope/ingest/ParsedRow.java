package com.returnscope.ingest;

/**
 * A row that passed the contract's rules, with the record it was read from, so that a row
 * found to repeat a key later in the step can still be rejected with its raw text.
 */
public record ParsedRow<T>(T value, CsvRow record) {

	public String rawRecord() {
		return this.record.rawRecord();
	}

}
