package com.returnscope.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes an output CSV file: UTF-8 without BOM, RFC 4180, the header first. No field is
 * ever evaluated by a spreadsheet: text that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading apostrophe, as the data
 * contract says; numbers the job computes are written as they are.
 */
public final class CsvOutput {

	/** Prints one record. */
	@FunctionalInterface
	public interface Records {

		/**
		 * Prints the values: text ({@link CharSequence}) neutralised, numbers and
		 * {@link Computed} values as they are, enums by name, {@code null} as empty.
		 */
		void print(@Nullable Object... values);

	}

	/**
	 * A value the job computed and formatted itself (an amount with its currency's
	 * digits), printed exactly as it is.
	 */
	public record Computed(String text) {

		@Override
		public String toString() {
			return this.text;
		}

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
					for (Object value : values) {
						csv.print(field(value));
					}
					csv.println();
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

	private static String field(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof CharSequence text) {
			return neutralised(text.toString());
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		return value.toString(); // a whole number, or a Computed value
	}

	/**
	 * A field of a CSV output as it was read: without the apostrophe that
	 * {@link #neutralised} added.
	 */
	public static String original(String field) {
		return (field.length() > 1 && field.charAt(0) == '\''
				&& !neutralised(field.substring(1)).equals(field.substring(1))) ? field.substring(1) : field;
	}

	/**
	 * The text as a spreadsheet will not evaluate it: with a leading apostrophe when it
	 * starts with a character that makes Excel or LibreOffice read a formula.
	 */
	public static String neutralised(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
