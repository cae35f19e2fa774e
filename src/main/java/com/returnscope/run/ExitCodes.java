package com.returnscope.run;

/**
 * The process exit codes, after sysexits.h so that operators and schedulers read them
 * without a table: a Kubernetes podFailurePolicy can stop retrying on 64, 65, 66, 74 and
 * 78 (fix the input, the folder or the settings first) and retry 69, 70, 75 and 143. Each
 * code says what to do about it: the console's advice after a failure, --help and the
 * README's table say the same.
 */
public enum ExitCodes {

	OK(0, "the run completed, or had already completed with the same inputs and policy", ""),

	USAGE(64, "usage error: unknown option or bad value", "fix the command"),

	TOO_MANY_REJECTS(65, "an input file had more rejected rows than --max-rejected-rows",
			"fix the export and start again (a new run), or raise --max-rejected-rows and start again "
					+ "(it resumes)"),

	INPUT_MISSING(66,
			"an input file is missing, unreadable, not text or a readable workbook, or its header fits no layout",
			"fix the input file and start again"),

	DATABASE_UNAVAILABLE(69, "the database cannot be reached (down, or a wrong URL, user or password)",
			"start again when the database is back; check the URL and credentials if it is not down"),

	UNEXPECTED(70, "unexpected failure (a bug, or the database failed); see the log",
			"start again once (it resumes where it stopped); if it fails again, report it with the log"),

	CANNOT_WRITE_OUTPUT(74,
			"the output folder cannot be written, or the date's folder in it holds files the run does not write",
			"make the folder writable, or move away what the line names (or use --force-output), and start again"),

	ALREADY_RUNNING(75,
			"another run holds the database, or the date's run is marked running by a live process or "
					+ "another host",
			"start again later; where the line says so, first stop the live process it names, or use "
					+ "--recover for a run left by another host once that host's process is gone"),

	POLICY_INVALID(78, "the policy or overrides file is invalid", "fix the file and start again"),

	STOPPED(143, "stopped by SIGTERM or SIGINT after the current chunk", "start again: it resumes where it stopped");

	private final int code;

	private final String meaning;

	private final String advice;

	ExitCodes(int code, String meaning, String advice) {
		this.code = code;
		this.meaning = meaning;
		this.advice = advice;
	}

	public int code() {
		return this.code;
	}

	public String meaning() {
		return this.meaning;
	}

	/** The meaning of a process exit code, as the table says it. */
	static String meaningOf(int code) {
		for (ExitCodes known : values()) {
			if (known.code == code) {
				return known.meaning;
			}
		}
		return "not one of ReturnScope's codes; see the log";
	}

	/** What the operator should do, as the README's table says it. */
	public String advice() {
		return this.advice;
	}

}
