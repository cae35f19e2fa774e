package com.returnscope.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.returnscope.ingest.InputFileException;
import com.returnscope.job.Sha256;
import com.returnscope.policy.PolicyException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Exchange rates into one reporting currency, from a CSV file with the columns
 * {@code from_currency, to_currency, rate, rate_date}: one {@code from_currency} is worth
 * {@code rate} of {@code to_currency}, as of {@code rate_date}. Every row names the same
 * {@code to_currency}, the reporting currency. Amounts stay per currency in the report;
 * the rates only add a view in the reporting currency beside them. A bad row stops the
 * run at start-up, naming the file, line and column.
 */
public final class FxRates {

	/** One currency's rate into the reporting currency and the day it was taken. */
	public record Rate(BigDecimal rate, LocalDate date) {
	}

	private static final List<String> COLUMNS = List.of("from_currency", "to_currency", "rate", "rate_date");

	private final @Nullable String reportingCurrency;

	private final Map<String, Rate> rates;

	private final @Nullable Path file;

	private final @Nullable String sha256;

	private FxRates(@Nullable String reportingCurrency, Map<String, Rate> rates, @Nullable Path file,
			@Nullable String sha256) {
		this.reportingCurrency = reportingCurrency;
		this.rates = Map.copyOf(rates);
		this.file = file;
		this.sha256 = sha256;
	}

	public static FxRates none() {
		return new FxRates(null, Map.of(), null, null);
	}

	/** The file the rates were read from; null when none was given. */
	public @Nullable Path file() {
		return this.file;
	}

	/** The SHA-256 of that file as it was read, for the run's manifest. */
	public @Nullable String sha256() {
		return this.sha256;
	}

	/** The currency the rates convert into; null when no rates were given. */
	public @Nullable String reportingCurrency() {
		return this.reportingCurrency;
	}

	/** Every rate, by currency, in alphabetical order. */
	public Map<String, Rate> rates() {
		return new TreeMap<>(this.rates);
	}

	/**
	 * The amount in the reporting currency, to the cent; null without a rate for the
	 * currency.
	 */
	public @Nullable BigDecimal convert(String currency, BigDecimal amount) {
		if (currency.equals(this.reportingCurrency)) {
			return amount;
		}
		Rate rate = this.rates.get(currency);
		return (rate != null) ? amount.multiply(rate.rate()).setScale(2, RoundingMode.HALF_EVEN) : null;
	}

	/**
	 * The sum of amounts in several currencies in the reporting currency; null without
	 * rates, or when a currency has none.
	 */
	public @Nullable BigDecimal convert(Map<String, BigDecimal> amounts) {
		if (this.reportingCurrency == null) {
			return null;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> amount : amounts.entrySet()) {
			BigDecimal converted = convert(amount.getKey(), amount.getValue());
			if (converted == null) {
				return null;
			}
			sum = sum.add(converted);
		}
		return sum;
	}

	public static FxRates load(Path file) {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new InputFileException(name + ": FX rates file not found");
		}
		try {
			// read once: the rates and the recorded SHA-256 come from the same bytes
			return parse(file, Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
	}

	private static FxRates parse(Path file, byte[] content) throws IOException {
		String name = file.toString();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = new InputStreamReader(
				BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content)).get(),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((column, index) -> header.put(column.trim().toLowerCase(Locale.ROOT), index));
			for (String column : COLUMNS) {
				if (!header.containsKey(column)) {
					throw new PolicyException("header", "missing column " + column).in(name);
				}
			}
			String reporting = null;
			Map<String, Rate> rates = new HashMap<>();
			long line = parser.getCurrentLineNumber() + 1;
			for (CSVRecord record : parser) {
				Row row = new Row(record, header, "line " + line, name);
				String from = row.currency("from_currency");
				String to = row.currency("to_currency");
				if (reporting == null) {
					reporting = to;
				}
				else if (!reporting.equals(to)) {
					throw row.error("to_currency", "is " + to + ", but the rows above convert into " + reporting
							+ "; all rates must convert into one reporting currency");
				}
				if (from.equals(to)) {
					throw row.error("from_currency", "is the reporting currency itself");
				}
				if (rates.putIfAbsent(from, new Rate(row.rate(), row.date())) != null) {
					throw row.error("from_currency", from + " has a rate already");
				}
				line = parser.getCurrentLineNumber() + 1;
			}
			if (reporting == null) {
				throw new PolicyException("", "no rates: the file has a header and no rows").in(name);
			}
			return new FxRates(reporting, rates, file, Sha256.hex(content));
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw new PolicyException("", "not valid CSV: " + ex.getMessage()).in(name);
		}
	}

	/** One row of the file, read column by column with errors that point at the cell. */
	private record Row(CSVRecord record, Map<String, Integer> header, String where, String file) {

		String value(String column) {
			int index = this.header.get(column);
			return (index < this.record.size()) ? this.record.get(index).trim() : "";
		}

		String currency(String column) {
			String value = value(column).toUpperCase(Locale.ROOT);
			if (!value.matches("[A-Z]{3}")) {
				throw error(column, "'" + value(column) + "' is not a currency code (ISO 4217, like EUR)");
			}
			return value;
		}

		BigDecimal rate() {
			try {
				BigDecimal rate = new BigDecimal(value("rate"));
				if (rate.signum() <= 0) {
					throw error("rate", "must be greater than 0, not " + value("rate"));
				}
				return rate;
			}
			catch (NumberFormatException ex) {
				throw error("rate", "'" + value("rate") + "' is not a decimal number like 0.9215");
			}
		}

		LocalDate date() {
			try {
				return LocalDate.parse(value("rate_date"));
			}
			catch (DateTimeParseException ex) {
				throw error("rate_date", "'" + value("rate_date") + "' is not a date yyyy-MM-dd");
			}
		}

		PolicyException error(String column, String problem) {
			return new PolicyException(this.where + ", column " + column, problem).in(this.file);
		}

	}

}
