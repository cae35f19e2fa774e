package com.returnscope.ingest;

/**
 * An input file cannot be used at all: missing, unreadable, without a required column, or
 * broken as CSV. The run stops before anything is written; the message is one line that
 * names the file (and line or column where there is one).
 */
public class InputFileException extends RuntimeException {

	public InputFileException(String message) {
		super(message);
	}

}
