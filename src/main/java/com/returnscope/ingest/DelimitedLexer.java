package com.returnscope.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Splits delimited text into records: RFC 4180 quoting for CSV, none for Amazon's
 * tab-separated reports. Our own rather than Commons CSV's parser because a bad record
 * must cost one row, never the file: Commons CSV throws on an unbalanced quote and cannot
 * go on after it, holds a record whole however long it runs, and does not say on which
 * physical line a record ended. Here a record that breaks the quoting rules comes back
 * with its defect and the physical lines it covered, a record longer than
 * {@link #MAX_RECORD_CHARS} keeps only its first characters (memory stays bounded even
 * when a stray quote swallows the rest of a large file), and reading goes on with the
 * next record.
 */
final class DelimitedLexer {

	/**
	 * The longest record accepted, in characters; what rs_reject.raw_record holds. Every
	 * field the contract allows fits many times over (the longest, reason_text, is
	 * 20,000).
	 */
	static final int MAX_RECORD_CHARS = 100_000;

	private static final int BUFFER = 64 * 1024;

	private final Reader reader;

	private final char delimiter;

	private final boolean quoting;

	private final char[] buffer = new char[BUFFER];

	private int position;

	private int limit;

	/** The physical line the next character is on; the first line is 1. */
	private long line = 1;

	/** Whether the last character read ended a line. */
	private boolean lineStart = true;

	/**
	 * @param reader the decoded text
	 * @param delimiter the field separator
	 * @param quoting whether {@code "} quotes a field (CSV) or is an ordinary character
	 * (Amazon's tab-separated reports, which never quote)
	 */
	DelimitedLexer(Reader reader, char delimiter, boolean quoting) {
		this.reader = reader;
		this.delimiter = delimiter;
		this.quoting = quoting;
	}

	/** The next record, or null at the end of the text. */
	@Nullable InputRecord next() throws IOException {
		if (peek() == -1) {
			return null;
		}
		Record record = new Record(this.line);
		State state = State.FIELD_START;
		while (true) {
			int c = read();
			if (c == -1) {
				if (state == State.QUOTED) {
					record.defect("a quote opened on line " + record.quoteLine + " is never closed before the end of "
							+ "the file", record.values.size());
				}
				// a line break that ends the file ends no further line
				return record.end(this.lineStart ? this.line - 1 : this.line);
			}
			this.lineStart = false;
			if (state == State.QUOTED) {
				if (c == '"' && peek() == '"') {
					read();
					record.store('"');
				}
				else if (c == '"') {
					state = State.AFTER_QUOTE;
				}
				else if (c == '\r' || c == '\n') {
					// a line break inside quotes is part of the value, as written
					record.store((char) c);
					if (endOfLine(c)) {
						record.store('\n');
					}
					record.newLine();
				}
				else {
					record.delimiterInQuotes(c == this.delimiter);
					record.store((char) c);
				}
				continue;
			}
			if (c == this.delimiter) {
				record.endField();
				state = State.FIELD_START;
				continue;
			}
			if (c == '\r' || c == '\n') {
				long last = this.line;
				endOfLine(c);
				return record.end(last);
			}
			if (state == State.FIELD_START && this.quoting && c == '"') {
				state = State.QUOTED;
				record.quoteOpened(this.line);
				continue;
			}
			if (state == State.AFTER_QUOTE) {
				record.defect("text after the closing quote of field " + (record.values.size() + 1),
						record.values.size());
			}
			// after a closing quote the rest of the field is kept as written, so that the
			// record ends where its line does
			state = (state == State.FIELD_START) ? State.UNQUOTED : state;
			record.store((char) c);
		}
	}

	/** A record being read. */
	private static final class Record {

		private final long first;

		private final List<String> values = new ArrayList<>();

		private final StringBuilder field = new StringBuilder();

		/** The characters kept so far; past {@link #MAX_RECORD_CHARS} none are. */
		private int stored;

		private int tooLongField = -1;

		private @Nullable String defect;

		private int defectField = -1;

		private long quoteLine;

		/** The field whose quoted value first ran over a line break, -1 for none. */
		private int spanField = -1;

		/** Delimiters on the current physical line, inside quotes or not. */
		private int lineDelimiters;

		/**
		 * The most delimiters on a physical line after the first that ended inside
		 * quotes.
		 */
		private int innerLineDelimiters;

		private Record(long first) {
			this.first = first;
		}

		void store(char c) {
			if (this.stored < MAX_RECORD_CHARS) {
				this.field.append(c);
				this.stored++;
			}
			else if (this.tooLongField < 0) {
				this.tooLongField = this.values.size();
			}
		}

		void endField() {
			this.lineDelimiters++;
			this.values.add(this.field.toString());
			this.field.setLength(0);
		}

		void delimiterInQuotes(boolean delimiter) {
			if (delimiter) {
				this.lineDelimiters++;
			}
		}

		void quoteOpened(long line) {
			this.quoteLine = line;
		}

		/** A line break inside a quoted value. */
		void newLine() {
			if (this.spanField < 0) {
				this.spanField = this.values.size();
			}
			else {
				this.innerLineDelimiters = Math.max(this.innerLineDelimiters, this.lineDelimiters);
			}
			this.lineDelimiters = 0;
		}

		void defect(String defect, int field) {
			if (this.defect == null) {
				this.defect = defect;
				this.defectField = field;
			}
		}

		InputRecord end(long last) {
			this.values.add(this.field.toString());
			if (this.tooLongField >= 0) {
				defect("the record is longer than " + MAX_RECORD_CHARS + " characters", this.tooLongField);
			}
			// A later line that holds a whole record's worth of delimiters was most
			// likely
			// a record of its own, swallowed by a stray quote. The last line counts only
			// when fields came before the quote: a value that opens the record and runs
			// over lines legitimately ends with all the other fields on its last line.
			int later = Math.max(this.innerLineDelimiters, (this.spanField > 0) ? this.lineDelimiters : 0);
			return new InputRecord(this.first, last, this.values.toArray(String[]::new), this.defect, this.defectField,
					this.spanField, (last > this.first) ? later : 0);
		}

	}

	/**
	 * Moves to the next line after CR, LF or CRLF; returns whether it consumed the LF of
	 * a CRLF.
	 */
	private boolean endOfLine(int c) throws IOException {
		this.line++;
		this.lineStart = true;
		if (c == '\r' && peek() == '\n') {
			read();
			return true;
		}
		return false;
	}

	private int read() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position++];
	}

	private int peek() throws IOException {
		if (this.position == this.limit && !fill()) {
			return -1;
		}
		return this.buffer[this.position];
	}

	private boolean fill() throws IOException {
		int read = this.reader.read(this.buffer, 0, BUFFER);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = read;
		return true;
	}

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE

	}

}
