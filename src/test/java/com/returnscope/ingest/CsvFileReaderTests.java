package com.returnscope.ingest;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.job.RunParameters.Role;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The readers on fixture files: encodings, header variants and every kind of bad row,
 * each rejected with its physical line and column while the reading goes on.
 */
class CsvFileReaderTests {

	static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);

	@Test
	void readsCanonicalOrdersWithDateTimesAndMixedCase() {
		// given the canonical layout: CRLF, ISO date-times and lower-case codes
		Result<OrderLine> result = readOrders("orders-canonical.csv", StandardCharsets.UTF_8);

		// then every row is accepted with its values exactly
		assertThat(result.rejects()).isEmpty();
		assertThat(result.items()).hasSize(3);
		OrderLine first = result.items().get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.productName()).isEqualTo("Earbuds, black");
		assertThat(first.unitPrice()).isEqualByComparingTo("12.50");
		assertThat(first.deliveredDate()).isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(first.incoterm()).isEqualTo(Incoterm.DAP);
		OrderLine second = result.items().get(1);
		assertThat(second.currency()).isEqualTo("USD");
		assertThat(second.deliveredDate()).isNull();
		assertThat(second.incoterm()).isNull();
		OrderLine third = result.items().get(2);
		assertThat(third.orderDate()).isEqualTo(LocalDate.of(2026, 10, 2));
		assertThat(third.deliveredDate()).isEqualTo(LocalDate.of(2026, 10, 11));
		assertThat(third.buyerCountry()).isEqualTo("DE");
		assertThat(third.incoterm()).isEqualTo(Incoterm.FOB);
		assertThat(third.unitPrice()).isEqualTo(new BigDecimal("99.9900"));
	}

	@Test
	void matchesHeadersInAnyOrderAndCaseAndSkipsTheByteOrderMark() {
		// given shuffled, spaced, upper-case headers, an unknown column and a UTF-8 BOM
		Result<OrderLine> result = readOrders("orders-headers-shuffled.csv", StandardCharsets.UTF_8);

		// then the row maps by name and the unknown column is ignored
		assertThat(result.rejects()).isEmpty();
		assertThat(result.items()).singleElement().satisfies((line) -> {
			assertThat(line.orderId()).isEqualTo("PO-9");
			assertThat(line.sku()).isEqualTo("SKU-A");
			assertThat(line.quantity()).isEqualTo(3);
			assertThat(line.buyerName()).isEqualTo("Shenzhen Widget Co.");
		});
	}

	@Test
	void readsGb18030WhenTold() {
		// given an export made by Excel in China, without a BOM
		Result<OrderLine> result = readOrders("orders-gb18030.csv", Charset.forName("GB18030"));

		// then simplified and traditional Chinese come through intact
		assertThat(result.rejects()).isEmpty();
		assertThat(result.items()).extracting(OrderLine::buyerName, OrderLine::productName)
			.containsExactly(tuple("深圳市华强电子有限公司", "LED灯泡 9瓦"), tuple("台北貿易股份有限公司", "陶瓷杯"));
	}

	@Test
	void rejectsRowsThatAreNotValidInTheConfiguredEncoding() {
		// given a row in GB18030 inside a file read as UTF-8
		Result<OrderLine> result = readOrders("orders-wrong-encoding.csv", StandardCharsets.UTF_8);

		// then that row is rejected with a hint, and the others are read
		assertThat(result.items()).extracting(OrderLine::orderId).containsExactly("TB-1");
		assertThat(result.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.column()).isEqualTo("buyer_name");
			assertThat(reject.reason()).contains("not valid UTF-8").contains("GB18030");
		});
	}

	@Test
	void rejectsEachBadRowWithItsPhysicalLineAndColumn() {
		// given one defect per row, a quoted line break at line 2 and a blank line 15
		Result<OrderLine> result = readOrders("orders-bad-rows.csv", StandardCharsets.UTF_8);

		// then the good rows are read and every bad one is rejected where it starts
		assertThat(result.items()).extracting(OrderLine::line, OrderLine::orderId)
			.containsExactly(tuple(2L, "PO-1"), tuple(17L, "PO-14"));
		assertThat(result.items().get(0).productName()).isEqualTo("a lamp, \"quoted\"\nover two lines");
		assertThat(result.rejects()).extracting(RejectedRowException::line, RejectedRowException::column)
			.containsExactly(tuple(4L, "order_id"), tuple(5L, "order_date"), tuple(6L, "quantity"),
					tuple(7L, "quantity"), tuple(8L, "unit_price"), tuple(9L, "unit_price"), tuple(10L, "unit_price"),
					tuple(11L, "currency"), tuple(12L, "buyer_country"), tuple(13L, "incoterm"),
					tuple(14L, "shipped_date"), tuple(16L, "delivered_date"));
		assertThat(result.rejects()).extracting(RejectedRowException::reason)
			.containsExactly("order_id is blank", "'01/10/2026' is not a date (yyyy-MM-dd or an ISO date-time)",
					"quantity must be greater than 0, not 0", "'two' is not a whole number",
					"unit_price must not be negative, not -1.00", "'1,234.50' is not a plain decimal such as 12.50",
					"'1.123456' has more than 4 decimals", "'XYZ' is not an ISO 4217 currency code",
					"'ZZ' is not an ISO 3166-1 alpha-2 country code",
					"unknown incoterm 'DDU' (expected EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP)",
					"the row has 10 fields, the header 15",
					"'2026-02-30' is not a date (yyyy-MM-dd or an ISO date-time)");
		// and a rejected row keeps its record as read, written back as one RFC 4180 line
		assertThat(result.rejects().get(0).rawRecord()).isEqualTo("\"\",2026-10-01,Acme,,SKU-B,,,1,1.00,USD,,,,,");
		assertThat(result.rejects().get(1).rawRecord()).isEqualTo("PO-3,01/10/2026,Acme,,SKU-C,,,1,1.00,USD,,,,,");
		assertThat(result.rejects()).allSatisfy((reject) -> assertThat(reject.file()).isEqualTo("orders-bad-rows.csv"));
	}

	@Test
	void rejectsReturnsWithUnknownEnumerationsButAcceptsAnyCase() {
		// given returns with enumerations in mixed case and unknown values
		Result<ReturnRequest> result = read("returns-rows.csv", StandardCharsets.UTF_8, ReturnsFile.LAYOUT);

		// then mixed case is accepted and normalised
		assertThat(result.items()).hasSize(2);
		ReturnRequest first = result.items().get(0);
		assertThat(first.freightPaidBy()).isEqualTo(Payer.SELLER);
		assertThat(first.inspectionResult()).isEqualTo(InspectionResult.DEFECT_CONFIRMED);
		assertThat(first.status()).isEqualTo(ReturnStatus.CLOSED);
		assertThat(first.outcome()).isEqualTo(Outcome.REFUND);
		assertThat(first.mediationDecision()).isEqualTo(MediationDecision.FOR_BUYER);
		assertThat(first.evidence()).isEqualTo(EnumSet.of(Evidence.TRACKING, Evidence.PHOTOS));
		assertThat(first.currency()).isEqualTo("USD");
		assertThat(result.items().get(1).evidence()).isEmpty();
		// and unknown values, the job's own UNDETERMINED and a blank status are rejected
		assertThat(result.rejects()).extracting(RejectedRowException::line, RejectedRowException::column)
			.containsExactly(tuple(4L, "status"), tuple(5L, "freight_paid_by"), tuple(6L, "evidence"),
					tuple(7L, "status"), tuple(8L, "closed_date"));
	}

	@Test
	void aMissingRequiredColumnMakesTheFileUnusable() {
		// given orders without a unit_price column
		InputFile input = fixture("orders-missing-column.csv", StandardCharsets.UTF_8);

		// then the header check names the file and the column
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(input, Role.ORDERS))
			.withMessage("orders-missing-column.csv: required column unit_price is missing from the header");
	}

	@Test
	void aMissingFileIsNamed() {
		InputFile input = new InputFile(Path.of("does-not-exist", "orders.csv"), StandardCharsets.UTF_8);

		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(input, Role.ORDERS))
			.withMessageStartingWith("orders.csv: file not found at ");
	}

	@Test
	void textAfterAClosingQuoteRejectsItsRecordAndReadingGoesOn() {
		// given a quoted value followed by more text on line 3
		Result<OrderLine> result = readOrders("orders-malformed.csv", StandardCharsets.UTF_8);

		// then that record alone is rejected, as written, and the next line is read
		assertThat(result.items()).extracting(OrderLine::orderId).containsExactly("PO-1", "PO-3");
		assertThat(result.rejects()).singleElement().satisfies((reject) -> {
			assertThat(reject.line()).isEqualTo(3);
			assertThat(reject.column()).isEqualTo("buyer_name");
			assertThat(reject.reason()).isEqualTo("text after the closing quote of field 3");
			assertThat(reject.rawRecord()).isEqualTo("PO-2,2026-10-01,Acme Ltd,,SKU-B,,,1,1.00,USD,,,,,");
		});
	}

	@Test
	void aRestartSkipsWhatWasAlreadyRead() {
		// given a reader stopped after two rows, its state saved
		CsvFileReader<OrderLine> first = reader("orders-canonical.csv", StandardCharsets.UTF_8, OrdersFile.LAYOUT);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.read();
		first.read();
		first.update(context);
		first.close();

		// when a new reader opens with that state
		CsvFileReader<OrderLine> restarted = reader("orders-canonical.csv", StandardCharsets.UTF_8, OrdersFile.LAYOUT);
		restarted.open(context);

		// then it goes on with the third row, and counts rows across both
		assertThat(restarted.read()).extracting(OrderLine::line).isEqualTo(4L);
		assertThat(restarted.read()).isNull();
		restarted.update(context);
		restarted.close();
		assertThat(context.getLong("orders" + CsvFileReader.ROWS_READ)).isEqualTo(3);
	}

	record Result<T>(List<T> items, List<RejectedRowException> rejects) {
	}

	private static Result<OrderLine> readOrders(String name, Charset encoding) {
		return read(name, encoding, OrdersFile.LAYOUT);
	}

	/** Reads a whole file as the step does: a rejected row is skipped and kept. */
	static <T> Result<T> read(String name, Charset encoding, Layout<T> layout) {
		return read(reader(name, encoding, layout), new ExecutionContext());
	}

	/**
	 * Reads to the end, rejects skipped and kept, and leaves the reader's state in the
	 * context.
	 */
	static <T> Result<T> read(CsvFileReader<T> reader, ExecutionContext context) {
		List<T> items = new ArrayList<>();
		List<RejectedRowException> rejects = new ArrayList<>();
		reader.open(context);
		try {
			while (true) {
				try {
					T item = reader.read();
					if (item == null) {
						reader.update(context);
						return new Result<>(items, rejects);
					}
					items.add(item);
				}
				catch (RejectedRowException ex) {
					rejects.add(ex);
				}
			}
		}
		finally {
			reader.close();
		}
	}

	static <T> CsvFileReader<T> reader(String name, Charset encoding, Layout<T> layout) {
		return new CsvFileReader<>("orders", fixture(name, encoding), layout, RUN_DATE, layout::map);
	}

	static InputFile fixture(String name, Charset encoding) {
		return new InputFile(Path.of("src/test/resources/com/returnscope/ingest", name), encoding);
	}

}
