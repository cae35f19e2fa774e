package com.returnscope.run;

/** The command line or a setting is wrong: one line, exit code 64, no stack trace. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}

}
