package com.returnscope.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.returnscope.job.RunParameters.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one input file record by record, whatever its kind (CSV, Amazon's tab-separated
 * reports, an Excel sheet) and layout, and maps each record with the layout's row rules.
 * A row that breaks a rule, or a record that is itself broken (an unbalanced quote, a
 * record longer than the limit, an error in a cell), is thrown as
 * {@link RejectedRowException} for the step to skip, and reading goes on; only a file
 * that cannot be read at all stops the run.
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

	/**
	 * Execution-context key suffix of the broken records that ran over several lines (a
	 * stray quote swallowing the lines after it), and of the lines the first one covered.
	 */
	static final String RUN_OVER = ".records.run.over";

	static final String FIRST_RUN_OVER = ".records.run.over.first";

	/** Execution-context key suffix of the records consumed, blank lines included. */
	private static final String RECORDS_READ = ".records.read";

	private final String name;

	private final InputFile input;

	private final Layout<?> layout;

	private final LocalDate runDate;

	private final Function<CsvRow, T> mapper;

	private @Nullable InputRecords records;

	private CsvRow.@Nullable Source source;

	/** The previous row's values, whose order-level values a layout may carry down. */
	private String @Nullable [] previous;

	private long recordsRead;

	private long rowsRead;

	private long runOver;

	private @Nullable String firstRunOver;

	/**
	 * @param name the key of this reader's state in the execution context
	 * @param input the file
	 * @param layout the file's layout
	 * @param runDate the run's date: no date in the file may be later
	 * @param mapper turns a row into an item, or rejects it
	 */
	public CsvFileReader(String name, InputFile input, Layout<?> layout, LocalDate runDate,
			Function<CsvRow, T> mapper) {
		this.name = name;
		this.input = input;
		this.layout = layout;
		this.runDate = runDate;
		this.mapper = mapper;
	}

	/**
	 * How a file is read: in which layout, and from which sheet when it is a workbook.
	 *
	 * @param layout the layout's name
	 * @param sheet the sheet, null for delimited text
	 */
	public record Detected(String layout, @Nullable String sheet) {
	}

	/**
	 * Opens the file and tells its layout from its header (or checks the one named); the
	 * launcher runs it before the job starts, so that an unusable file stops the run
	 * before anything is written.
	 */
	public static Detected checkHeader(InputFile input, Role role) {
		try (InputRecords records = InputRecords.open(input)) {
			return new Detected(Layouts.detect(input.name(), role, records.header(), input.layout()).name(),
					records.sheet());
		}
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		this.records = InputRecords.open(this.input);
		CsvHeader header = CsvHeader.of(this.input.name(), this.records.header(), this.layout);
		List<String> missing = header.missing(this.layout);
		if (!missing.isEmpty()) {
			throw new InputFileException(this.input.name() + ": not in the " + this.layout.name()
					+ " layout: the header lacks " + String.join(", ", missing));
		}
		this.source = new CsvRow.Source(this.input.name(), header, this.records, this.runDate);
		long done = executionContext.getLong(this.name + RECORDS_READ, 0L);
		while (this.recordsRead < done) {
			InputRecord record = next();
			if (record == null) {
				break;
			}
			if (!record.blank()) {
				// already staged by the failed execution this one restarts; its values
				// are still what the next rows of its order carry down
				this.previous = this.layout.fillDown(record.values(), this.previous, header);
			}
		}
		this.rowsRead = executionContext.getLong(this.name + ROWS_READ, 0L);
		this.runOver = executionContext.getLong(this.name + RUN_OVER, 0L);
		this.firstRunOver = executionContext.containsKey(this.name + FIRST_RUN_OVER)
				? executionContext.getString(this.name + FIRST_RUN_OVER) : null;
	}

	@Override
	public @Nullable T read() {
		while (true) {
			InputRecord record = next();
			if (record == null) {
				return null;
			}
			if (record.blank()) {
				continue; // a blank line is no row
			}
			this.rowsRead++;
			String[] values = this.layout.fillDown(record.values(), this.previous, this.source.header());
			this.previous = values;
			return this.mapper.apply(check(new CsvRow(this.source, record, values), record));
		}
	}

	/** Rejects a record whose structure is broken, before any value is looked at. */
	private CsvRow check(CsvRow row, InputRecord record) {
		CsvHeader header = this.source.header();
		String[] values = record.values();
		boolean swallowed = record.spansLines() && record.laterLineDelimiters() >= header.size() - 1;
		if (record.defect() != null || swallowed || values.length != header.size()) {
			int field = (record.defect() != null) ? Math.max(record.defectField(), 0)
					: swallowed ? record.spanField() : Math.min(values.length, header.size());
			String reason = (record.defect() != null) ? record.defect()
					: swallowed ? "a quoted value holds whole lines of records: a quote is probably unbalanced"
							: "the row has " + values.length + " fields, the header " + header.size();
			if (record.spansLines()) {
				this.runOver++;
				String lines = "lines " + record.line() + "-" + record.lastLine();
				this.firstRunOver = (this.firstRunOver != null) ? this.firstRunOver : lines;
				reason += " (the record runs over " + lines + ")";
			}
			throw new RejectedRowException(this.input.name(), record.line(), header.name(field),
					this.records.where(record.line(), field) + reason, row.rawRecord());
		}
		for (int i = 0; i < values.length; i++) {
			if (values[i].indexOf('\uFFFD') >= 0) {
				throw row.reject(header.name(i), "not valid " + this.input.encoding().name()
						+ " text: set the file's encoding (e.g. GB18030 for exports from Excel in China)");
			}
		}
		return row;
	}

	private @Nullable InputRecord next() {
		InputRecord record = this.records.next();
		if (record != null) {
			this.recordsRead++;
		}
		return record;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(this.name + RECORDS_READ, this.recordsRead);
		executionContext.putLong(this.name + ROWS_READ, this.rowsRead);
		executionContext.putLong(this.name + RUN_OVER, this.runOver);
		if (this.firstRunOver != null) {
			executionContext.putString(this.name + FIRST_RUN_OVER, this.firstRunOver);
		}
	}

	@Override
	public void close() {
		try {
			if (this.records != null) {
				this.records.close();
			}
		}
		finally {
			this.records = null;
			this.source = null;
			this.previous = null;
			this.recordsRead = 0;
			this.rowsRead = 0;
			this.runOver = 0;
			this.firstRunOver = null;
		}
	}

}
