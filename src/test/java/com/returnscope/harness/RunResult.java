package com.returnscope.harness;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.returnscope.ReturnScopeApplication;

/**
 * One run of the job as a process would make it (command line in, exit code and console
 * out), inside the test's JVM, against a real database of the test's own.
 */
public record RunResult(int exitCode, String out, String err) {

	/** Runs with an H2 file database and a log file in {@code work}. */
	public static RunResult run(Path work, String... args) {
		return run(TestDatabase.h2(work), work, args);
	}

	/** Runs against {@code database}, with the log file in {@code work}. */
	public static RunResult run(TestDatabase database, Path work, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(database.options());
		all.add("--logging.file.name=" + work.resolve("returnscope.log"));
		return command(all.toArray(String[]::new));
	}

	/**
	 * Runs the command line as it is (a command such as {@code verify}, which names no
	 * database), capturing its console.
	 */
	public static RunResult command(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			int code = ReturnScopeApplication.run(args);
			return new RunResult(code, capturedOut.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
