package com.returnscope.harness;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.returnscope.generate.GenerateCommand;

/** Input folders made for a test from the shipped sample. */
public final class Fixtures {

	private static final Path SAMPLE = Path.of("input");

	private Fixtures() {
	}

	/** A copy of the shipped sample (orders, returns and overrides) in {@code folder}. */
	public static Path sample(Path folder) {
		try {
			Files.createDirectories(folder);
			for (String name : List.of("orders.csv", "returns.csv", "overrides.csv")) {
				Files.copy(SAMPLE.resolve(name), folder.resolve(name));
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The sample with its returns.csv cut after {@code returns} data rows. */
	public static Path sampleWithFewerReturns(Path folder, int returns) {
		sample(folder);
		try {
			List<String> lines = Files.readAllLines(folder.resolve("returns.csv"), StandardCharsets.UTF_8);
			Files.write(folder.resolve("returns.csv"), lines.subList(0, returns + 1), StandardCharsets.UTF_8);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A generated night (seed 1, run date 2026-11-25) of {@code orderLines} order lines
	 * and their returns: contract-valid input that takes the job a while.
	 */
	public static Path generated(Path folder, int orderLines) {
		ByteArrayOutputStream said = new ByteArrayOutputStream();
		PrintStream to = new PrintStream(said, true, StandardCharsets.UTF_8);
		int code = GenerateCommand.run(new String[] { "--orders=" + orderLines, "--seed=1", "--output=" + folder }, to,
				to);
		if (code != 0) {
			throw new IllegalStateException("generate exited " + code + ": " + said.toString(StandardCharsets.UTF_8));
		}
		return folder;
	}

	/**
	 * The sample with {@code copies} more copies of its orders under other order ids: an
	 * input that takes the job a while.
	 */
	public static Path sampleWithManyOrders(Path folder, int copies) {
		sample(folder);
		try {
			List<String> lines = Files.readAllLines(SAMPLE.resolve("orders.csv"), StandardCharsets.UTF_8);
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("orders.csv"), StandardCharsets.UTF_8)) {
				for (String line : lines) {
					out.write(line);
					out.newLine();
				}
				for (int copy = 1; copy <= copies; copy++) {
					for (String line : lines.subList(1, lines.size())) {
						out.write("COPY" + copy + "-" + line);
						out.newLine();
					}
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
