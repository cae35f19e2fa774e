package com.returnscope.run;

/**
 * The process exit codes, after sysexits.h so that operators and schedulers read them
 * without a table: a Kubernetes podFailurePolicy can stop retrying on 64, 65, 66 and 78
 * (fix the input or the settings first) and retry 70 and 75.
 */
public enum ExitCodes {

	OK(0, "the run completed, or had already completed with the same inputs and policy"),

	USAGE(64, "usage error: unknown option or bad value"),

	TOO_MANY_REJECTS(65, "an input file had more rejected rows than --max-rejected-rows"),

	INPUT_MISSING(66,
			"an input file is missing, unreadable, not text or a readable workbook, or its header fits no layout"),

	UNEXPECTED(70, "unexpected failure (a bug, or the database failed); see the log"),

	ALREADY_RUNNING(75, "a run for this date is already running (or was left running: see --recover)"),

	POLICY_INVALID(78, "the policy or overrides file is invalid");

	private final int code;

	private final String meaning;

	ExitCodes(int code, String meaning) {
		this.code = code;
		this.meaning = meaning;
	}

	public int code() {
		return this.code;
	}

	public String meaning() {
		return this.meaning;
	}

}
