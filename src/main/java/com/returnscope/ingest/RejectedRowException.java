package com.returnscope.ingest;

/**
 * One input row that is not accepted. The step skips it and {@link RejectsRecorder} keeps
 * it, so that nothing read is lost. What it keeps always fits the rejects table: a raw
 * record longer than {@value #MAX_RAW} characters is cut, and the reason says so.
 */
public class RejectedRowException extends RuntimeException {

	/** rs_reject.raw_record holds this many characters. */
	static final int MAX_RAW = DelimitedLexer.MAX_RECORD_CHARS;

	/** rs_reject.error and column_name hold this many. */
	private static final int MAX_REASON = 4000;

	private static final int MAX_COLUMN = 1000;

	private final String file;

	private final long line;

	private final String column;

	private final String reason;

	private final String rawRecord;

	public RejectedRowException(String file, long line, String column, String reason, String rawRecord) {
		super(file + " line " + line + ", column " + column + ": " + cut(reason, rawRecord));
		this.file = file;
		this.line = line;
		this.column = prefix(column, MAX_COLUMN);
		this.reason = cut(reason, rawRecord);
		this.rawRecord = prefix(rawRecord, MAX_RAW);
	}

	private static String cut(String reason, String rawRecord) {
		String note = (rawRecord.length() > MAX_RAW)
				? " (raw_record cut to its first " + MAX_RAW + " of " + rawRecord.length() + " characters)" : "";
		return prefix(reason, MAX_REASON - note.length()) + note;
	}

	/** The first characters of a text, never half a surrogate pair. */
	static String prefix(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	public String column() {
		return this.column;
	}

	public String reason() {
		return this.reason;
	}

	public String rawRecord() {
		return this.rawRecord;
	}

}
