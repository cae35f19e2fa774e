package com.returnscope.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * One record of an input file with the contract's field rules. Every accessor names its
 * column; a value that breaks a rule rejects the row with file, line, column and reason
 * (and, in a workbook, sheet and cell).
 */
public final class CsvRow {

	/** Text columns are stored as VARCHAR(1000); a longer value is rejected, not cut. */
	static final int MAX_TEXT = 1000;

	/** Amounts are stored as NUMERIC(19,4); more would be rounded silently. */
	static final int MAX_SCALE = 4;

	/** How much of a bad value a message quotes. */
	private static final int QUOTED = 60;

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/** Shopify's date-times: "2026-09-03 10:14:00 -0400". */
	private static final DateTimeFormatter SPACED_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	/** What every row of one file shares. */
	record Source(String file, CsvHeader header, InputRecords records, LocalDate runDate) {
	}

	private final Source source;

	private final InputRecord record;

	private final String[] values;

	/**
	 * @param source the file
	 * @param record the record as read
	 * @param values its values, with any order-level value its layout carries down
	 */
	CsvRow(Source source, InputRecord record, String[] values) {
		this.source = source;
		this.record = record;
		this.values = values;
	}

	public long line() {
		return this.record.line();
	}

	/** The record as read, written back as one RFC 4180 line for rejects.csv. */
	public String rawRecord() {
		// written only for the rows that are rejected: most never need it
		return FORMAT.format((Object[]) this.record.values());
	}

	/**
	 * The trimmed value, or {@code null} when blank or when the file has no such column;
	 * at most {@value #MAX_TEXT} characters.
	 */
	public @Nullable String text(String column) {
		return longText(column, MAX_TEXT);
	}

	/** Like {@link #text(String)}, for the few free-text columns that may run longer. */
	public @Nullable String longText(String column, int maxLength) {
		Integer index = this.source.header().index(column);
		if (index == null || index >= this.values.length) {
			return null;
		}
		String value = this.values[index].trim();
		if (value.length() > maxLength) {
			throw reject(column, "longer than " + maxLength + " characters (" + value.length() + ")");
		}
		return value.isEmpty() ? null : value;
	}

	public String required(String column) {
		String value = text(column);
		if (value == null) {
			throw reject(column, column + " is blank");
		}
		return value;
	}

	/**
	 * A date, or the date of a date-time as written; never after the run date, which is
	 * the business date being reported.
	 */
	public @Nullable LocalDate date(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		LocalDate date = parseDate(value);
		if (date == null) {
			throw reject(column, quote(value) + " is not a date (yyyy-MM-dd or an ISO date-time)");
		}
		if (date.isAfter(this.source.runDate())) {
			throw reject(column, quote(value) + " is after the run date " + this.source.runDate());
		}
		return date;
	}

	private static @Nullable LocalDate parseDate(String value) {
		try {
			if (value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
				String iso = value.substring(0, 10) + 'T' + value.substring(11);
				try {
					return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(iso));
				}
				catch (DateTimeException ex) {
					return LocalDate.from(SPACED_OFFSET.parse(value));
				}
			}
			return LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	public LocalDate requiredDate(String column) {
		required(column);
		return date(column);
	}

	public int positiveInteger(String column) {
		String value = required(column);
		if (!INTEGER.matcher(value).matches()) {
			throw reject(column, quote(value) + " is not a whole number");
		}
		try {
			int number = Integer.parseInt(value);
			if (number <= 0) {
				throw reject(column, column + " must be greater than 0, not " + value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw reject(column, quote(value) + " is too large");
		}
	}

	/** A plain decimal with a dot, 0 or more, at most {@value #MAX_SCALE} decimals. */
	public @Nullable BigDecimal amount(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		if (!DECIMAL.matcher(value).matches()) {
			throw reject(column, quote(value) + " is not a plain decimal such as 12.50");
		}
		BigDecimal amount = new BigDecimal(value);
		if (amount.signum() < 0) {
			throw reject(column, column + " must not be negative, not " + value);
		}
		if (amount.scale() > MAX_SCALE) {
			throw reject(column, quote(value) + " has more than " + MAX_SCALE + " decimals");
		}
		if (amount.precision() - amount.scale() > 15) {
			throw reject(column, quote(value) + " is too large");
		}
		return amount;
	}

	public BigDecimal requiredAmount(String column) {
		required(column);
		return amount(column);
	}

	/** An ISO 4217 code, upper-cased. */
	public @Nullable String currency(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		try {
			if (code.length() == 3) {
				return Currency.getInstance(code).getCurrencyCode();
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw reject(column, quote(value) + " is not an ISO 4217 currency code");
	}

	public String requiredCurrency(String column) {
		required(column);
		return currency(column);
	}

	/** An ISO 3166-1 alpha-2 country code, upper-cased. */
	public @Nullable String country(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String code = value.toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			throw reject(column, quote(value) + " is not an ISO 3166-1 alpha-2 country code");
		}
		return code;
	}

	/** One of the allowed enumeration values, matched case-insensitively. */
	public <E extends Enum<E>> @Nullable E choice(String column, Set<E> allowed) {
		String value = text(column);
		return (value != null) ? parse(column, value, allowed) : null;
	}

	public <E extends Enum<E>> E requiredChoice(String column, Set<E> allowed) {
		return parse(column, required(column), allowed);
	}

	/** A {@code ;}-separated list of allowed values; empty when blank. */
	public <E extends Enum<E>> Set<E> choices(String column, Class<E> type) {
		String value = text(column);
		Set<E> all = EnumSet.allOf(type);
		Set<E> chosen = EnumSet.noneOf(type);
		if (value != null) {
			for (String token : value.split(";")) {
				if (!token.isBlank()) {
					chosen.add(parse(column, token.trim(), all));
				}
			}
		}
		return chosen;
	}

	private <E extends Enum<E>> E parse(String column, String value, Set<E> allowed) {
		String name = value.toUpperCase(Locale.ROOT);
		for (E candidate : allowed) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		String expected = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
		throw reject(column, "unknown " + column + " " + quote(value) + " (expected " + expected + ")");
	}

	/** Rejects the row for a value of {@code column}. */
	public RejectedRowException reject(String column, String reason) {
		Integer index = this.source.header().index(column);
		return new RejectedRowException(this.source.file(), line(), column,
				this.source.records().where(line(), (index != null) ? index : -1) + reason, rawRecord());
	}

	/**
	 * A value as a message quotes it: cut when long, so that the message stays one line.
	 */
	static String quote(String value) {
		String shown = (value.length() <= QUOTED) ? value
				: RejectedRowException.prefix(value, QUOTED) + "... (" + value.length() + " characters)";
		return "'" + shown.replace('\n', ' ').replace('\r', ' ') + "'";
	}

	@Override
	public String toString() {
		return this.source.file() + " line " + line() + ": " + Arrays.toString(this.values);
	}

}
