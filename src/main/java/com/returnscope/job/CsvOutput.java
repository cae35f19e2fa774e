package com.returnscope.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes an output CSV file: UTF-8 without BOM, RFC 4180, the header first. */
public final class CsvOutput {

	/** Prints one record. */
	@FunctionalInterface
	public interface Records {

		void print(Object... values);

	}

	private CsvOutput() {
	}

	/**
	 * Creates the file and hands {@code body} a way to print records, streamed as they
	 * come.
	 */
	public static void write(Path file, String[] header, Consumer<Records> body) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header).get();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out, format)) {
			body.accept((values) -> {
				try {
					csv.printRecord(values);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot write " + file, ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

}
