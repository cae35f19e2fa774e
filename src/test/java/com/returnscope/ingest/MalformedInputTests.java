package com.returnscope.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.CsvFileReaderTests.Result;
import com.returnscope.job.RunParameters.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Bad input never costs the night: an over-long field or record, an unterminated quote at
 * the end of the file, a stray quote that swallows the lines after it and a date after
 * the run date each reject one row, and reading goes on; only a file that is not text
 * stops the run.
 */
class MalformedInputTests {

	private static final String HEADER = String.join(",", ReturnsFile.COLUMNS);

	@TempDir
	Path work;

	@Test
	void anOverLongFieldOrRecordRejectsItsRowAndTheRawRecordSaysWhenItIsCut() throws IOException {
		// given a reason text over its 20,000 characters, and a record over 100,000
		Path file = write("returns.csv", HEADER, row("RT-1", "2026-11-01", "fine"),
				row("RT-2", "2026-11-02", "x".repeat(25_000)), row("RT-3", "2026-11-03", "y".repeat(150_000)),
				row("RT-4", "2026-11-04", "fine"));

		Result<ReturnRequest> read = read(file, ReturnsFile.LAYOUT, new ExecutionContext());

		// then both are rejected in their column, and the rows after them are read
		assertThat(read.items()).extracting(ReturnRequest::returnId).containsExactly("RT-1", "RT-4");
		assertThat(read.rejects())
			.extracting(RejectedRowException::line, RejectedRowException::column, RejectedRowException::reason)
			.containsExactly(tuple(3L, "reason_text", "longer than 20000 characters (25000)"),
					tuple(4L, "reason_text", "the record is longer than 100000 characters (raw_record cut to its "
							+ "first 100000 of 100017 characters)"));
		// and what is kept fits the rejects table
		assertThat(read.rejects().get(0).rawRecord().length()).isEqualTo(25_044);
		assertThat(read.rejects().get(1).rawRecord().length()).isEqualTo(100_000);
		assertThat(read.rejects().get(1).rawRecord().substring(0, 33)).isEqualTo("RT-3,PO-1,Acme,,1,2026-11-03,,yyy");
	}

	@Test
	void anUnterminatedQuoteAtTheEndOfTheFileRejectsThatRecordOnly() throws IOException {
		// given a last record whose quote never closes, over two lines and a final break
		Path file = write("returns.csv", HEADER, row("RT-1", "2026-11-01", "fine"),
				"RT-2,PO-1,Acme,,1,2026-11-02,,\"it broke", "and then some,,,,,,OPEN,,,,");

		Result<ReturnRequest> read = read(file, ReturnsFile.LAYOUT, new ExecutionContext());

		// then it is rejected with the lines it covered, and the rows before it stand
		assertThat(read.items()).extracting(ReturnRequest::returnId).containsExactly("RT-1");
		assertThat(read.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.column()).isEqualTo("reason_text");
			assertThat(reject.reason()).isEqualTo(
					"a quote opened on line 3 is never closed before the end of the file (the record runs over lines 3-4)");
			assertThat(reject.rawRecord())
				.isEqualTo("RT-2,PO-1,Acme,,1,2026-11-02,,\"it broke\nand then some,,,,,,OPEN,,,,\n\"");
		});
	}

	@Test
	void aStrayQuoteThatSwallowsWholeRecordsIsRejectedWithTheLinesItCovered() throws IOException {
		// given two stray quotes in the same column three lines apart: the records in
		// between would merge into one of the right width
		Path file = write("returns.csv", HEADER, row("RT-1", "2026-11-01", "fine"),
				"RT-2,PO-1,Acme,,1,2026-11-02,,\"half a quote,,,,,,OPEN,,,,", row("RT-3", "2026-11-03", "swallowed"),
				"RT-4,PO-1,Acme,,1,2026-11-04,,the other half\",,,,,,OPEN,,,,", row("RT-5", "2026-11-05", "fine"),
				"RT-6,PO-1,Acme,,1,2026-11-06,,\"a real\nline break\",,,,,,OPEN,,,,");
		ExecutionContext context = new ExecutionContext();

		Result<ReturnRequest> read = read(file, ReturnsFile.LAYOUT, context);

		// then the merged record is rejected with its span, the rest is read, a value
		// with
		// a real line break included
		assertThat(read.items()).extracting(ReturnRequest::returnId, ReturnRequest::line)
			.containsExactly(tuple("RT-1", 2L), tuple("RT-5", 6L), tuple("RT-6", 7L));
		assertThat(read.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.column()).isEqualTo("reason_text");
			assertThat(reject.reason()).isEqualTo("a quoted value holds whole lines of records: a quote is probably "
					+ "unbalanced (the record runs over lines 3-5)");
		});
		// and the step's listener has what the console warning needs
		assertThat(context.getLong("returns" + CsvFileReader.RUN_OVER)).isEqualTo(1);
		assertThat(context.getString("returns" + CsvFileReader.FIRST_RUN_OVER)).isEqualTo("lines 3-5");
	}

	@Test
	void noDateMayBeAfterTheRunDate() throws IOException {
		// given every date column of both files one day after the run date (2026-11-25)
		Path orders = write("orders.csv", String.join(",", OrdersFile.COLUMNS),
				"PO-1,2026-11-26,Acme,,A,,,1,1.00,USD,,,,,", "PO-2,2026-11-01,Acme,,A,,,1,1.00,USD,2026-11-26,,,,",
				"PO-3,2026-11-01,Acme,,A,,,1,1.00,USD,,2026-11-26T08:00:00,,,",
				"PO-4,2026-11-25,Acme,,A,,,1,1.00,USD,2026-11-25,2026-11-25,,,");
		Path returns = write("returns.csv", HEADER, row("RT-1", "2026-11-26", ""),
				"RT-2,PO-1,Acme,,1,2026-11-01,,,,,,,,CLOSED,,,,2026-11-26");

		Result<OrderLine> ordersRead = read(orders, OrdersFile.LAYOUT, new ExecutionContext());
		Result<ReturnRequest> returnsRead = read(returns, ReturnsFile.LAYOUT, new ExecutionContext());

		// then each is a bad row, and the run date itself is fine
		assertThat(ordersRead.items()).extracting(OrderLine::orderId).containsExactly("PO-4");
		assertThat(ordersRead.rejects()).extracting(RejectedRowException::column, RejectedRowException::reason)
			.containsExactly(tuple("order_date", "'2026-11-26' is after the run date 2026-11-25"),
					tuple("shipped_date", "'2026-11-26' is after the run date 2026-11-25"),
					tuple("delivered_date", "'2026-11-26T08:00:00' is after the run date 2026-11-25"));
		assertThat(returnsRead.rejects()).extracting(RejectedRowException::column)
			.containsExactly("requested_date", "closed_date");
	}

	@Test
	void onlyAFileThatIsNotTextStopsTheRun() throws IOException {
		Path file = this.work.resolve("orders.csv");
		Files.write(file, new byte[] { 'o', 'r', 0, (byte) 0xFF, (byte) 0xFE, '\n', 0 });

		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(new InputFile(file, StandardCharsets.UTF_8), Role.ORDERS))
			.withMessage("orders.csv: not a CSV file in UTF-8 (its header is binary, or text in another encoding: "
					+ "set the file's encoding)");
	}

	/** A canonical return of order PO-1 (buyer Acme), open, with its reason text. */
	private static String row(String returnId, String requested, String reasonText) {
		return returnId + ",PO-1,Acme,,1," + requested + ",," + reasonText + ",,,,,,OPEN,,,,";
	}

	private Path write(String name, String... lines) throws IOException {
		return Files.writeString(this.work.resolve(name), String.join("\n", lines) + "\n");
	}

	private static <T> Result<T> read(Path file, Layout<T> layout, ExecutionContext context) {
		return CsvFileReaderTests.read(new CsvFileReader<>(layout.role().key(),
				new InputFile(file, StandardCharsets.UTF_8), layout, CsvFileReaderTests.RUN_DATE, layout::map),
				context);
	}

}
