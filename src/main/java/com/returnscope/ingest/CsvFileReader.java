package com.returnscope.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one input file record by record (RFC 4180, any column order, a byte-order mark or
 * the configured encoding) and maps each record with the file's row rules. A row that
 * breaks a rule is thrown as {@link RejectedRowException} for the step to skip; a file
 * that cannot be read as CSV at all stops the run.
 * <p>
 * Restartable: the number of records consumed is kept in the step's execution context,
 * and a restart skips that many records without mapping them again.
 */
public class CsvFileReader<T> implements ItemStreamReader<T> {

	/**
	 * Execution-context key suffix of the rows read (records that are not blank lines),
	 * which the run reconciles against the rows accepted and rejected.
	 */
	public static final String ROWS_READ = ".rows.read";

	/** Execution-context key suffix of the records consumed, blank lines included. */
	private static final String RECORDS_READ = ".records.read";

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final String name;

	private final InputFile input;

	private final List<String> columns;

	private final List<String> required;

	private final Function<CsvRow, T> mapper;

	private @Nullable CSVParser parser;

	private @Nullable Iterator<CSVRecord> records;

	private @Nullable CsvHeader header;

	private long recordsRead;

	private long rowsRead;

	/**
	 * @param name the key of this reader's state in the execution context
	 * @param input the file
	 * @param columns the columns the contract knows, in lower case
	 * @param required the columns that must be in the header
	 * @param mapper turns a row into an item, or rejects it
	 */
	public CsvFileReader(String name, InputFile input, List<String> columns, List<String> required,
			Function<CsvRow, T> mapper) {
		this.name = name;
		this.input = input;
		this.columns = columns;
		this.required = required;
		this.mapper = mapper;
	}

	/**
	 * Opens the file and checks its header; the same check the launcher runs before the
	 * job starts, so that a missing column stops the run before anything is written.
	 */
	public static CsvHeader checkHeader(InputFile input, List<String> columns, List<String> required) {
		try (CSVParser parser = open(input)) {
			return header(input, parser.iterator(), columns, required);
		}
		catch (IOException ex) {
			throw new InputFileException(input.name() + ": cannot be read (" + ex.getMessage() + ")");
		}
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		this.parser = open(this.input);
		this.records = this.parser.iterator();
		this.header = header(this.input, this.records, this.columns, this.required);
		long done = executionContext.getLong(this.name + RECORDS_READ, 0L);
		while (this.recordsRead < done && next(this.parser.getCurrentLineNumber() + 1) != null) {
			// already staged by the failed execution this one restarts
		}
		this.rowsRead = executionContext.getLong(this.name + ROWS_READ, 0L);
	}

	@Override
	public @Nullable T read() {
		while (true) {
			long line = this.parser.getCurrentLineNumber() + 1;
			CSVRecord record = next(line);
			if (record == null) {
				return null;
			}
			String[] values = record.values();
			if (values.length == 1 && values[0].isEmpty()) {
				continue; // a blank line is no row
			}
			this.rowsRead++;
			return this.mapper.apply(check(new CsvRow(this.input.name(), line, this.header, values,
					(fields) -> FORMAT.format((Object[]) fields)), values));
		}
	}

	private CsvRow check(CsvRow row, String[] values) {
		if (values.length != this.header.size()) {
			int at = Math.min(values.length, this.header.size());
			throw row.reject(this.header.name(at),
					"the row has " + values.length + " fields, the header " + this.header.size());
		}
		for (int i = 0; i < values.length; i++) {
			if (values[i].indexOf('\uFFFD') >= 0) {
				throw row.reject(this.header.name(i), "not valid " + this.input.encoding().name()
						+ " text: set the file's encoding (e.g. GB18030 for exports from Excel in China)");
			}
		}
		return row;
	}

	/** The next record, which starts at {@code line}; null at the end of the file. */
	private @Nullable CSVRecord next(long line) {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			this.recordsRead++;
			return this.records.next();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new InputFileException(
					this.input.name() + " line " + line + ": not valid CSV (" + rootMessage(ex) + ")");
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(this.name + RECORDS_READ, this.recordsRead);
		executionContext.putLong(this.name + ROWS_READ, this.rowsRead);
	}

	@Override
	public void close() {
		try {
			if (this.parser != null) {
				this.parser.close();
			}
		}
		catch (IOException ex) {
			throw new ItemStreamException("Cannot close " + this.input.name(), ex);
		}
		finally {
			this.parser = null;
			this.records = null;
			this.recordsRead = 0;
			this.rowsRead = 0;
		}
	}

	private static CSVParser open(InputFile input) {
		try {
			BOMInputStream bom = BOMInputStream.builder()
				.setInputStream(Files.newInputStream(input.path()))
				.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
				.get();
			Charset charset = bom.hasBOM() ? Charset.forName(bom.getBOMCharsetName()) : input.encoding();
			Reader reader = new InputStreamReader(bom, charset);
			return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		}
		catch (NoSuchFileException ex) {
			throw new InputFileException(input.name() + ": file not found at " + input.path());
		}
		catch (IOException ex) {
			throw new InputFileException(input.name() + ": cannot be read (" + ex.getMessage() + ")");
		}
	}

	private static CsvHeader header(InputFile input, Iterator<CSVRecord> records, List<String> columns,
			List<String> required) {
		try {
			if (!records.hasNext()) {
				throw new InputFileException(input.name() + ": the file is empty; expected a header row");
			}
			return CsvHeader.of(input.name(), List.of(records.next().values()), columns, required);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new InputFileException(input.name() + " line 1: not valid CSV (" + rootMessage(ex) + ")");
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
