package com.returnscope.ingest;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An accepted row on its way into the history, with the hash of its content and what the
 * history already holds of its key.
 *
 * @param stored the history's row of the same key, null for a key never seen
 */
public record IncomingRow<T>(T value, long rowHash, @Nullable StoredRow stored) {

	/**
	 * Whether the row's content goes into the history: a new key, or new content from an
	 * export at least as recent as the one held.
	 */
	boolean replacesContent(LocalDate runDate) {
		return this.stored == null
				|| (this.stored.rowHash() != this.rowHash && !runDate.isBefore(this.stored.sourceDate()));
	}

}
