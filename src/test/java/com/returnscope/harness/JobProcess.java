package com.returnscope.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.returnscope.ReturnScopeApplication;

/**
 * The job as a process of its own, started with this JVM's class path, for what only
 * processes can show: two runs at once, signals, a killed process, a schedule.
 */
public final class JobProcess {

	private final Process process;

	private final Path out;

	private final Path err;

	private JobProcess(Process process, Path out, Path err) {
		this.process = process;
		this.out = out;
		this.err = err;
	}

	/**
	 * Starts the job against {@code database}, with its console and log in {@code work}.
	 */
	public static JobProcess start(TestDatabase database, Path work, String name, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), ReturnScopeApplication.class.getName()));
		command.addAll(List.of(args));
		command.addAll(database.options());
		command.add("--logging.file.name=" + work.resolve(name + ".log"));
		Files.createDirectories(work);
		Path out = work.resolve(name + ".out");
		Path err = work.resolve(name + ".err");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		// a test that fails while its job runs must not leave the job running after the
		// suite, holding a database and a core
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new JobProcess(process, out, err);
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Sends a signal by name ("TERM", "INT", "KILL"), as an operator's kill would. */
	public void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
		}
	}

	/**
	 * Waits until the process has written a line matching {@code regex} to its standard
	 * output, and returns that line.
	 */
	public String awaitLine(String regex) throws IOException, InterruptedException {
		Pattern pattern = Pattern.compile(regex);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			for (String line : Files.readAllLines(this.out)) {
				if (pattern.matcher(line).find()) {
					return line;
				}
			}
			if (!this.process.isAlive()) {
				throw new AssertionError("The process ended (" + this.process.exitValue() + ") without a line like "
						+ regex + ":\n" + Files.readString(this.out) + Files.readString(this.err));
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No line like " + regex + " within 3 minutes:\n" + Files.readString(this.out));
	}

	/** Waits for the process to end and returns what it said and its exit code. */
	public RunResult await() throws IOException, InterruptedException {
		if (!this.process.waitFor(5, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("The job did not end within 5 minutes");
		}
		return new RunResult(this.process.exitValue(), Files.readString(this.out), Files.readString(this.err));
	}

}
