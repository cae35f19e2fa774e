package com.returnscope.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One record of an input file as read, before any row rule: its values in header order
 * and where it was.
 *
 * @param line the physical line (CSV) or row (Excel) where it starts; the header is 1
 * @param lastLine where it ends: later than {@code line} when a quoted value runs over
 * several lines
 * @param values the values as read
 * @param defect why the record itself is broken (an unbalanced quote, a cell holding an
 * error), null when it is not
 * @param defectField the field the defect is in, -1 when there is none
 * @param spanField the field whose quoted value runs over a line break, -1 for none
 * @param laterLineDelimiters the most delimiters on one of the record's physical lines
 * after its first (a whole record's worth betrays records swallowed by a stray quote); 0
 * for a record on one line
 */
record InputRecord(long line, long lastLine, String[] values, @Nullable String defect, int defectField, int spanField,
		int laterLineDelimiters) {

	/** A record on one line or row, without a defect. */
	InputRecord(long line, String[] values) {
		this(line, line, values, null, -1, -1, 0);
	}

	/** A row with a defect in one of its cells. */
	InputRecord(long line, String[] values, @Nullable String defect, int defectField) {
		this(line, line, values, defect, defectField, -1, 0);
	}

	/** A line with nothing on it is no row. */
	boolean blank() {
		return this.defect == null && this.values.length == 1 && this.values[0].isEmpty();
	}

	/** Whether the record covers more than one physical line. */
	boolean spansLines() {
		return this.lastLine > this.line;
	}

}
