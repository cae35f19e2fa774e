package com.returnscope.ingest;

/**
 * An accepted row on its way to the staging table, with the record as read, so that a row
 * found to be a duplicate later in the step can still be rejected with its raw text.
 */
public record ParsedRow<T>(T value, String rawRecord) {
}
