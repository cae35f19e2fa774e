package com.returnscope.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.NotInExport;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.job.RunParameters.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each platform layout on its fixture: told from the header, every column mapped as
 * docs/layouts.md says, and a header no layout fits named with the closest layout and
 * what it lacks.
 */
class LayoutsTests {

	private static final Path FIXTURES = Path.of("src/test/resources/com/returnscope/ingest/layouts");

	@TempDir
	Path work;

	@Test
	void eachFixtureIsToldByItsHeader() {
		assertThat(detect("amazon-all-orders.txt", Role.ORDERS)).isEqualTo("amazon-all-orders");
		assertThat(detect("shopify-orders.csv", Role.ORDERS)).isEqualTo("shopify-orders");
		assertThat(detect("amazon-fba-returns.txt", Role.RETURNS)).isEqualTo("amazon-fba-returns");
		assertThat(detect("shopify-returns.csv", Role.RETURNS)).isEqualTo("canonical");
	}

	@Test
	void anUnknownHeaderNamesTheClosestLayoutAndWhatItLacks() throws IOException {
		// given a Shopify export without its line-item sku and creation date
		Path file = this.work.resolve("orders.csv");
		Files.writeString(file,
				"Name,Email,Currency,Lineitem quantity,Lineitem price,Lineitem name\n#1,a@b.c,USD,1,2,x\n");

		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(new InputFile(file, StandardCharsets.UTF_8), Role.ORDERS))
			.withMessage("orders.csv: the header is in no known layout; the closest, shopify-orders, lacks "
					+ "Created at, Lineitem sku (layouts: docs/layouts.md)");
	}

	@Test
	void aLayoutNamedOnTheCommandLineMustFitTheHeader() {
		InputFile file = new InputFile(FIXTURES.resolve("shopify-orders.csv"), StandardCharsets.UTF_8,
				"amazon-all-orders", null);

		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(file, Role.ORDERS))
			.withMessage("shopify-orders.csv: not in the amazon-all-orders layout: the header lacks amazon-order-id, "
					+ "purchase-date, sku, quantity, item-price");
	}

	@Test
	void amazonOrdersHaveNoBuyerAndAUnitPriceThatIsTheLinesShare() {
		List<OrderLine> lines = read("amazon-all-orders.txt", AmazonAllOrders.LAYOUT);

		assertThat(lines)
			.extracting(OrderLine::line, OrderLine::orderId, OrderLine::sku, OrderLine::quantity, OrderLine::unitPrice,
					OrderLine::currency, OrderLine::buyerCountry)
			.containsExactly(tuple(2L, "111-0000001-0000001", "CASE-CLR", 2, new BigDecimal("12.50"), "USD", "US"),
					tuple(3L, "111-0000001-0000001", "CBL-USBC-1", 3, new BigDecimal("3.3333"), "USD", "US"),
					tuple(4L, "111-0000002-0000002", "MSE-WL-2", 1, new BigDecimal("19.99"), "USD", "CA"),
					tuple(7L, "111-0000005-0000005", "LMP-DSK-1", 1, new BigDecimal("34.50"), "GBP", "GB"));
		// the purchase date as written, in the order's own offset
		assertThat(lines.get(2).orderDate()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.buyerName()).isNull();
			assertThat(line.deliveredDate()).isNull();
			assertThat(line.incoterm()).isNull();
		});
	}

	@Test
	void shopifyLineItemsTakeTheirOrdersValuesFromItsFirstRow() {
		List<OrderLine> lines = read("shopify-orders.csv", ShopifyOrders.LAYOUT);

		assertThat(lines)
			.extracting(OrderLine::orderId, OrderLine::sku, OrderLine::orderDate, OrderLine::buyerName,
					OrderLine::buyerCountry, OrderLine::currency, OrderLine::shippedDate, OrderLine::unitPrice)
			.containsExactly(
					tuple("#1001", "MUG-350", LocalDate.of(2026, 10, 1), "Ada Lovelace", "GB", "USD",
							LocalDate.of(2026, 10, 3), new BigDecimal("8.50")),
					tuple("#1001", "TWL-1", LocalDate.of(2026, 10, 1), "Ada Lovelace", "GB", "USD",
							LocalDate.of(2026, 10, 3), new BigDecimal("6.00")),
					tuple("#1002", "LMP-1", LocalDate.of(2026, 10, 4), "Grace Hopper", "US", "USD",
							LocalDate.of(2026, 10, 6), new BigDecimal("40.00")),
					tuple("#1002", "BLB-1", LocalDate.of(2026, 10, 4), "Grace Hopper", "US", "USD",
							LocalDate.of(2026, 10, 6), new BigDecimal("6.00")),
					// no billing address: the shipping name and country
					tuple("#1003", "PEN-1", LocalDate.of(2026, 10, 5), "Alan Turing", "GB", "GBP", null,
							new BigDecimal("12.00")));
	}

	@Test
	void aRestartInsideAShopifyOrderStillCarriesItsValues() {
		// given a reader stopped after the first row of order #1001, its state saved
		ExecutionContext context = new ExecutionContext();
		CsvFileReader<OrderLine> first = reader("shopify-orders.csv", ShopifyOrders.LAYOUT);
		first.open(context);
		first.read();
		first.update(context);
		first.close();

		// when a new reader resumes with the second row, whose order values are blank
		CsvFileReader<OrderLine> resumed = reader("shopify-orders.csv", ShopifyOrders.LAYOUT);
		resumed.open(context);
		OrderLine second = resumed.read();
		resumed.close();

		// then they are still taken from the first row, which it skipped
		assertThat(second.sku()).isEqualTo("TWL-1");
		assertThat(second.buyerName()).isEqualTo("Ada Lovelace");
		assertThat(second.currency()).isEqualTo("USD");
	}

	@Test
	void fbaReturnsSayWhatTheReportDoesNotHave() {
		List<ReturnRequest> returns = read("amazon-fba-returns.txt", AmazonFbaReturns.LAYOUT);

		assertThat(returns)
			.extracting(ReturnRequest::returnId, ReturnRequest::reasonCode, ReturnRequest::inspectionResult)
			.containsExactly(tuple("LPNTEST000001", "UNWANTED_ITEM", InspectionResult.MATCHES_DESCRIPTION),
					tuple("LPNTEST000002", "DEFECTIVE", InspectionResult.DEFECT_CONFIRMED),
					tuple("LPNTEST000003", "NOT_COMPATIBLE", null),
					tuple("LPNTEST000004", "NO_REASON_GIVEN", InspectionResult.TRANSIT_DAMAGE),
					tuple("LPNTEST000005", "NOT_AS_DESCRIBED", InspectionResult.MATCHES_DESCRIPTION),
					tuple("LPNTEST000006", "UNWANTED_ITEM", InspectionResult.MATCHES_DESCRIPTION),
					tuple("LPNTEST000001", "UNWANTED_ITEM", InspectionResult.MATCHES_DESCRIPTION));
		ReturnRequest defective = returns.get(1);
		assertThat(defective.reasonText()).isEqualTo("The left button stopped working after a week");
		assertThat(defective.buyerName()).isNull();
		assertThat(defective.requestedDate()).isEqualTo(LocalDate.of(2026, 10, 21));
		assertThat(defective.status()).isEqualTo(ReturnStatus.CLOSED);
		assertThat(defective.closedDate()).isEqualTo(LocalDate.of(2026, 10, 21));
		assertThat(defective.outcome()).isNull();
		assertThat(defective.returnFreightCost()).isNull();
		assertThat(defective.notInExport()).isEqualTo(EnumSet.of(NotInExport.BUYER_NAME, NotInExport.REQUESTED_DATE));
	}

	private static String detect(String fixture, Role role) {
		return CsvFileReader.checkHeader(new InputFile(FIXTURES.resolve(fixture), StandardCharsets.UTF_8), role)
			.layout();
	}

	/** The rows a layout accepts from a fixture; its rejects are other tests' concern. */
	private static <T> List<T> read(String fixture, Layout<T> layout) {
		return CsvFileReaderTests.read("layouts/" + fixture, StandardCharsets.UTF_8, layout).items();
	}

	private static <T> CsvFileReader<T> reader(String fixture, Layout<T> layout) {
		return CsvFileReaderTests.reader("layouts/" + fixture, StandardCharsets.UTF_8, layout);
	}

}
