package com.returnscope.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.returnscope.ReturnScopeApplication;

/**
 * One run of the job as a process would make it (command line in, exit code and console
 * out), against a real H2 file database of the test's own.
 */
record RunResult(int exitCode, String out, String err) {

	/** Runs with the test's database and log file; {@code args} as typed by the user. */
	static RunResult run(Path work, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/returnscope").toAbsolutePath()
				+ ";DB_CLOSE_ON_EXIT=FALSE");
		all.add("--logging.file.name=" + work.resolve("returnscope.log"));
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			int code = ReturnScopeRun.run(ReturnScopeApplication.class, all.toArray(String[]::new));
			return new RunResult(code, capturedOut.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
