package com.returnscope.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV outputs are safe to open in a spreadsheet: text that would start a formula gets a
 * leading apostrophe, as the data contract says; the job's numbers are left alone.
 */
class CsvOutputTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "=", "+", "-", "@", "\t", "\r" })
	void textStartingAFormulaGetsALeadingApostrophe(String first) throws IOException {
		// given text from an input that starts with a character a spreadsheet reads as a
		// formula
		String text = first + "HYPERLINK(\"http://x\")";

		// when it is written
		String written = write(text, "plain", "");

		// then it has one leading apostrophe, and nothing else changed; a program reading
		// it back takes the apostrophe off
		assertThat(CsvOutput.neutralised(text)).isEqualTo("'" + text);
		assertThat(CsvOutput.original(CsvOutput.neutralised(text))).isEqualTo(text);
		assertThat(written).contains("'" + first + "HYPERLINK(\"\"http://x\"\")")
			.contains(",plain,")
			.doesNotContain("''");
	}

	@Test
	void onlyTheApostropheTheJobAddedIsTakenOff() {
		assertThat(CsvOutput.original("'quoted'")).isEqualTo("'quoted'");
		assertThat(CsvOutput.original("'")).isEqualTo("'");
		assertThat(CsvOutput.original("plain")).isEqualTo("plain");
	}

	@Test
	void numbersTheJobComputedAreWrittenAsTheyAre() throws IOException {
		// given negative numbers the job computed, and an amount it formatted itself
		// when they are written
		String written = write(-3, new BigDecimal("-0.50"), new CsvOutput.Computed("-12.00"));

		// then no apostrophe is added
		assertThat(written).endsWith("-3,-0.50,-12.00\r\n");
	}

	@Test
	void emptyAndMissingValuesAreEmptyFields() throws IOException {
		assertThat(write("", null, "a")).endsWith(",,a\r\n");
	}

	private String write(Object... values) throws IOException {
		Path file = this.work.resolve("out.csv");
		CsvOutput.write(file, new String[] { "a", "b", "c" }, (csv) -> csv.print(values));
		return Files.readString(file, StandardCharsets.UTF_8);
	}

}
