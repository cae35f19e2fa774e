package com.returnscope.ingest;

/**
 * One input row that is not accepted. The step skips it and {@link RejectsRecorder} keeps
 * it, so that nothing read is lost.
 */
public class RejectedRowException extends RuntimeException {

	private final String file;

	private final long line;

	private final String column;

	private final String reason;

	private final String rawRecord;

	public RejectedRowException(String file, long line, String column, String reason, String rawRecord) {
		super(file + " line " + line + ", column " + column + ": " + reason);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
		this.rawRecord = rawRecord;
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
