package com.returnscope.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.job.Sha256;
import com.returnscope.publish.RunManifest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.returnscope.report.ReportSheets.number;
import static com.returnscope.report.ReportSheets.row;
import static com.returnscope.report.ReportSheets.table;
import static com.returnscope.report.ReportSheets.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The managers' report on a small fixture whose every figure was worked out by hand
 * (src/test/resources/com/returnscope/report): 21 order lines and 8 returns, run on
 * 2026-11-25 for the last 30 days (2026-10-27 to 2026-11-25) against the 30 days before
 * (2026-09-27 to 2026-10-26), with USD at 0.90 EUR, and repeat returners from 2 returns
 * and a 50 % return rate.
 *
 * <p>
 * By hand: in the period 17 orders, 18 order lines (SKU-A 5, SKU-B 12, SKU-C 1), 25
 * units; 6 returns (RT-1 to RT-5 and RT-7), 7 units. Before: 2 orders, 2 lines, 3 units,
 * 1 return (RT-6). Overall rate 6 / 18. Wilson 95 % intervals (z = 1.959963984540054): 4
 * of 5 [0.375534629763, 0.963775891368], 2 of 12 [0.046965142184, 0.448030862253], 0 of 1
 * [0, 0.793450685623], 2 of 13 [0.043258178358, 0.422346310195].
 */
class ReturnsReportFunctionalTests {

	static final Path FIXTURE = Path.of("src/test/resources/com/returnscope/report");

	static final double EPSILON = 1e-9;

	@TempDir
	static Path work;

	static RunResult result;

	static XSSFWorkbook report;

	@BeforeAll
	static void runTheFixture() {
		// given the fixture, its overrides and exchange rates
		// when the job runs for 2026-11-25 with repeat returners from 2 returns and 50 %
		result = RunResult.run(work, "--input=" + FIXTURE, "--output=" + work.resolve("output"),
				"--run-date=2026-11-25", "--fx-rates=" + FIXTURE.resolve("fx-rates.csv"), "--repeat-returner-returns=2",
				"--repeat-returner-rate=0.5");
		report = Outputs.workbook(work.resolve("output/2026-11-25/returns-report.xlsx"));
	}

	@AfterAll
	static void close() throws Exception {
		report.close();
	}

	@Test
	void theSheetsComeInTheManagersOrder() {
		assertThat(result.exitCode()).as(result.err()).isZero();
		List<String> names = new java.util.ArrayList<>();
		report.forEach((sheet) -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("Overview", "Reasons", "Products", "Customers", "Logistics", "Open cases",
				"Freight recovery", "Unclassified", "Data quality", "Details");
	}

	@Test
	void theOverviewComparesThePeriodWithThePreviousOne() {
		Sheet overview = report.getSheet("Overview");
		assertFigures(row(overview, "Orders"), 17, 2, 7.5);
		assertFigures(row(overview, "Order lines"), 18, 2, 8);
		assertFigures(row(overview, "Units ordered"), 25, 3, 22.0 / 3);
		assertFigures(row(overview, "Returns requested"), 6, 1, 5);
		assertFigures(row(overview, "Units returned"), 7, 1, 6);
		assertFigures(row(overview, "Return rate (returns per order line)"), 6.0 / 18, 0.5, (6.0 / 18 - 0.5) * 100);
		assertFigures(row(overview, "Return rate (units returned per unit ordered)"), 7.0 / 25, 1.0 / 3,
				(7.0 / 25 - 1.0 / 3) * 100);
		assertFigures(row(overview, "Compliance rate (returns breaking no rule)"), 4.0 / 6, 1, (4.0 / 6 - 1) * 100);
		Row wrong = row(overview, "Returns with freight paid by the wrong party");
		assertThat(number(wrong, 1)).isEqualTo(1);
		assertThat(number(wrong, 2)).isEqualTo(0);
		assertThat(number(wrong, 3)).as("no change from nothing").isNull();
		assertThat(number(row(overview, "Open cases (not closed, any date)"), 1)).isEqualTo(6);
		assertThat(number(row(overview, "Open cases overdue for escalation"), 1)).isEqualTo(1);
		assertThat(number(row(overview, "Freight recovery candidates (this period)"), 1)).isEqualTo(2);
	}

	@Test
	void theOverviewKeepsMoneyPerCurrencyWithAReportingCurrencyView() {
		Sheet overview = report.getSheet("Overview");
		// EUR: refunds RT-1 50 + RT-2 45 + RT-3 50 + RT-4 100; before RT-6 40; freight
		// 8 + 6 + 7.50 + 10, of which the seller paid 8 + 6 + 7.50
		Row eur = row(overview, "EUR");
		assertNumbers(eur, 1, 245.00, 40.00, 205.0 / 40, 31.50, 21.5 / 31.5, 0.0, 6.00, 245.00);
		Row usd = row(overview, "USD");
		assertThat(number(usd, 1)).isEqualTo(20.00);
		assertThat(number(usd, 2)).isEqualTo(0.00);
		assertThat(number(usd, 3)).isNull();
		assertThat(number(usd, 4)).isEqualTo(4.00);
		assertThat(number(usd, 5)).isEqualTo(0.0);
		assertThat(number(usd, 8)).isCloseTo(18.00, within(EPSILON));
		Row all = row(overview, "All, in EUR");
		assertThat(number(all, 1)).isCloseTo(263.00, within(EPSILON));
		assertThat(number(all, 4)).isCloseTo(35.10, within(EPSILON));
		Row rate = row(overview, "Rate USD to EUR");
		assertThat(number(rate, 1)).isEqualTo(0.90);
		assertThat(rate.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void theOverviewShowsTheReasonMixAndTheTrendAsNativeCharts() {
		XSSFSheet overview = report.getSheet("Overview");
		assertNumbers(row(overview, "QUALITY"), 1, 2, 2.0 / 6, 0);
		assertNumbers(row(overview, "CHANGE_OF_MIND"), 1, 2, 2.0 / 6, 1, 1);
		assertNumbers(row(overview, "LOGISTICS"), 1, 1, 1.0 / 6, 0);
		assertNumbers(row(overview, "UNCLASSIFIED"), 1, 1, 1.0 / 6, 0);
		List<Row> trend = table(overview, "Month");
		assertThat(trend).extracting((row) -> text(row, 0)).hasSize(13).startsWith("Nov 2025").endsWith("Nov 2026");
		// month, order lines, returns, by category, return rate
		assertNumbers(row(overview, "Nov 2026"), 1, 18, 6, 2, 2, 1, 1, 6.0 / 18);
		assertNumbers(row(overview, "Oct 2026"), 1, 2, 1, 0, 1, 0, 0, 0.5);
		assertNumbers(row(overview, "Jul 2026"), 1, 0, 1, 1, 0, 0, 0);
		assertThat(number(row(overview, "Jul 2026"), 7)).as("no rate without order lines").isNull();
		assertNumbers(row(overview, "Jun 2026"), 1, 1, 0, 0, 0, 0, 0, 0);
		assertThat(overview.getDrawingPatriarch().getCharts()).extracting((chart) -> chart.getTitleText().getString())
			.containsExactly("Reason mix: returns by category, this period",
					"13-month trend: returns by category and the return rate");
	}

	@Test
	void theOverviewKeepsThisRunsOwnCounts() {
		Sheet overview = report.getSheet("Overview");
		assertThat(number(row(overview, "Returns decided"), 1)).isEqualTo(8);
		assertThat(number(row(overview, "Input rows rejected (orders.csv)"), 1)).isEqualTo(0);
		assertThat(number(row(overview, "Returns failing at least one rule"), 1)).isEqualTo(2);
		assertThat(number(row(overview, "Returns with return freight paid by the wrong party"), 1)).isEqualTo(1);
		assertThat(number(row(overview, "Freight at issue (EUR)"), 1)).isEqualTo(6.00);
		assertThat(number(row(overview, "Refunds recorded (EUR)"), 1)).isEqualTo(305.00);
		assertThat(text(row(overview, "Policy"), 1)).isEqualTo("2026.12-default-2");
	}

	@Test
	void reasonsCountEveryReasonWithUnitsRefundsTermsAndMethods() {
		Sheet reasons = report.getSheet("Reasons");
		List<Row> mix = table(reasons, "Category");
		assertThat(text(mix.get(0), 0) + "/" + text(mix.get(0), 1)).as("most returns first")
			.isEqualTo("QUALITY/DEFECTIVE");
		Row defective = row(reasons, "QUALITY", "DEFECTIVE");
		assertNumbers(defective, 2, 2, 2.0 / 6, 2);
		assertThat(text(defective, 5)).isEqualTo("EUR 100.00");
		Row mistake = row(reasons, "CHANGE_OF_MIND", "ORDERED_BY_MISTAKE");
		assertNumbers(mistake, 2, 1, 1.0 / 6, 1);
		assertThat(text(mistake, 5)).isEqualTo("USD 20.00");
		assertThat(number(mistake, 6)).isCloseTo(18.00, within(EPSILON));
		assertNumbers(row(reasons, "LOGISTICS", "DAMAGED_IN_TRANSIT"), 2, 1, 1.0 / 6, 2);
		assertNumbers(row(reasons, "QUALITY", "COUNTERFEIT"), 2, 0, 0, 0);
		assertThat(number(row(reasons, "All returns"), 2)).isEqualTo(6);

		assertThat(table(reasons, "Term")).singleElement().satisfies((term) -> {
			assertThat(text(term, 0)).isEqualTo("no longer need*");
			assertThat(text(term, 1)).isEqualTo("CHANGE_OF_MIND/NO_LONGER_NEEDED");
			assertThat(number(term, 2)).isEqualTo(1);
		});
		assertNumbers(row(reasons, "REASON_CODE"), 2, 3, 0.5);
		Row keyword = row(reasons, "KEYWORD");
		assertNumbers(keyword, 2, 1, 1.0 / 6, 0.99, 0, 0, 0, 1);
		assertNumbers(row(reasons, "OVERRIDE"), 2, 1, 1.0 / 6);
		assertNumbers(row(reasons, "NONE"), 2, 1, 1.0 / 6);
		assertNumbers(row(reasons, "MODEL"), 2, 0, 0);
	}

	@Test
	void productsShowRatesWithWilsonIntervalsSortedByExcessReturns() {
		Sheet products = report.getSheet("Products");
		// key, name, category, lines, units, returns, units returned, rate, low, high,
		// excess (one decimal), flag, refunds, top reason, refunds in EUR
		Row home = row(products, "Home");
		assertNumbers(home, 3, 5, 8, 4, 5, 0.8, 0.375534629763, 0.963775891368, 2.3);
		assertThat(text(home, 12)).isEqualTo("EUR 245.00");
		assertThat(text(home, 13)).isEqualTo("QUALITY/DEFECTIVE");
		Row toys = row(products, "Toys");
		assertNumbers(toys, 3, 13, 17, 2, 2, 2.0 / 13, 0.043258178358, 0.422346310195, -2.3);
		assertThat(text(toys, 13)).as("the first by name among equals").isEqualTo("CHANGE_OF_MIND/ORDERED_BY_MISTAKE");
		assertThat(number(toys, 14)).isCloseTo(18.00, within(EPSILON));

		List<Row> skus = table(products, "SKU");
		assertThat(skus).extracting((row) -> text(row, 0)).containsExactly("SKU-A", "SKU-C", "SKU-B");
		assertThat(text(skus.get(0), 1)).isEqualTo("Table lamp");
		assertThat(text(skus.get(0), 2)).isEqualTo("Home");
		assertNumbers(skus.get(0), 3, 5, 8, 4, 5, 0.8, 0.375534629763, 0.963775891368, 2.3);
		assertThat(text(skus.get(0), 11)).as("4 of 5: interval above 6 of 18").isEqualTo("above overall rate");
		assertNumbers(skus.get(1), 3, 1, 5, 0, 0, 0, 0, 0.793450685623, -0.3);
		assertThat(text(skus.get(1), 11)).isEmpty();
		assertNumbers(skus.get(2), 3, 12, 12, 2, 2, 2.0 / 12, 0.046965142184, 0.448030862253, -2.0);
		assertThat(text(skus.get(2), 11)).isEmpty();
		assertThat(products.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
	}

	@Test
	void customersShowCountriesAndBuyersWithRepeatReturnersFlagged() {
		Sheet customers = report.getSheet("Customers");
		// key, country, lines, returns, rate, change-of-mind share, refunds, (flag), EUR
		assertNumbers(row(customers, "SE"), 2, 2, 2, 1.0, 0.0);
		assertNumbers(row(customers, "GB"), 2, 2, 1, 0.5, 1.0);
		assertNumbers(row(customers, "ES"), 2, 1, 1, 1.0, 0.0);
		Row us = row(customers, "US");
		assertNumbers(us, 2, 13, 2, 2.0 / 13, 0.5);
		assertThat(text(us, 6)).isEqualTo("USD 20.00");
		assertThat(number(us, 7)).isCloseTo(18.00, within(EPSILON));

		List<Row> buyers = table(customers, "Buyer");
		assertThat(buyers).extracting((row) -> text(row, 0))
			.containsExactly("Anna Berg", "Ben Cole", "Carla Diaz", "Dan Eng", "Eva Ford");
		assertThat(text(buyers.get(0), 1)).isEqualTo("SE");
		assertNumbers(buyers.get(0), 2, 2, 2, 1.0, 0.0);
		assertThat(text(buyers.get(0), 6)).isEqualTo("EUR 100.00");
		assertThat(text(buyers.get(0), 7)).isEqualTo("repeat returner");
		assertNumbers(buyers.get(1), 2, 2, 1, 0.5, 1.0);
		assertThat(text(buyers.get(1), 7)).as("one return is not a repeat").isEmpty();
		assertNumbers(buyers.get(4), 2, 11, 1, 1.0 / 11, 1.0);
	}

	@Test
	void logisticsSplitsFreightByPayerAndCountsTransportFailures() {
		Sheet logistics = report.getSheet("Logistics");
		// carrier, currency, total, seller, buyer, platform, carrier, not recorded, share
		assertNumbers(row(logistics, "DHL", "EUR"), 2, 16.00, 6.00, 0, 0, 10.00, 0, 6.0 / 16);
		assertNumbers(row(logistics, "PostNord", "EUR"), 2, 15.50, 15.50, 0, 0, 0, 0, 1.0);
		assertNumbers(row(logistics, "UPS", "USD"), 2, 4.00, 0, 4.00, 0, 0, 0, 0.0);
		Row first = row(logistics, "DHL", "ES");
		assertThat(first.getRowNum()).as("most logistics returns first")
			.isEqualTo(row(logistics, "Carrier", "Country").getRowNum() + 1);
		// carrier, country, lines, returns, logistics, per line, damaged, lost, late,
		// undeliverable
		assertNumbers(first, 2, 1, 1, 1, 1.0, 1, 0, 0, 0);
		assertNumbers(row(logistics, "UPS", "US"), 2, 13, 2, 0, 0.0, 0, 0, 0, 0);
	}

	@Test
	void openCasesAgeEveryReturnNotClosedAndFlagTheOverdue() {
		Sheet open = report.getSheet("Open cases");
		assertNumbers(row(open, "OPEN"), 1, 0, 1, 0, 0, 0, 0, 1);
		assertNumbers(row(open, "NEGOTIATING"), 1, 1, 0, 0, 0, 0, 0, 1);
		assertNumbers(row(open, "AGREED"), 1, 1, 2, 1, 0, 0, 0, 4);
		assertNumbers(row(open, "All"), 1, 2, 3, 1, 0, 0, 0, 6);
		List<Row> cases = table(open, "Return ID");
		assertThat(cases).extracting((row) -> text(row, 0))
			.containsExactlyInAnyOrder("RT-1", "RT-2", "RT-3", "RT-4", "RT-5", "RT-7");
		Row overdue = row(open, "RT-4");
		assertThat(number(overdue, 4)).isEqualTo(9);
		assertThat(text(overdue, 5)).isEqualTo("8-14 days");
		assertThat(number(overdue, 7)).isEqualTo(-2);
		assertThat(number(row(open, "RT-5"), 7)).isEqualTo(2);
		assertThat(number(row(open, "RT-1"), 7)).as("AGREED is past escalation").isNull();
		assertThat(open.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1())
			.isEqualTo("AND(ISNUMBER($H13),$H13<0)");
	}

	@Test
	void freightRecoveryListsWhatTheSellerMayClaimBack() {
		Sheet recovery = report.getSheet("Freight recovery");
		// currency, seller paid returns, amount, disputes, amount, total, total in EUR
		assertNumbers(row(recovery, "EUR"), 1, 1, 6.00, 1, 7.50, 13.50, 13.50);
		List<Row> rows = table(recovery, "Kind");
		assertThat(rows).extracting((row) -> text(row, 1)).containsExactly("RT-3", "RT-2");
		assertThat(text(rows.get(0), 0)).startsWith("dispute");
		assertThat(text(rows.get(0), 8)).isEqualTo("CHANGE_OF_MIND");
		assertThat(number(rows.get(0), 11)).isEqualTo(7.50);
		assertThat(text(rows.get(1), 0)).isEqualTo("seller paid, buyer owed");
		assertThat(number(rows.get(1), 11)).isEqualTo(6.00);
	}

	@Test
	void unclassifiedListsTheTextsToReviewThenTheLabelsInForce() {
		Sheet unclassified = report.getSheet("Unclassified");
		assertThat(table(unclassified, "return_id"))
			.extracting((row) -> text(row, 0) + "|" + text(row, 1) + "|" + text(row, 2) + "|" + text(row, 3) + "|"
					+ text(row, 4) + "|" + text(row, 8))
			.containsExactly("RT-5||||to review|zzqx vlorp",
					"RT-0|QUALITY|MISSING_PARTS|checked in an earlier run" + "|label in force|",
					"RT-7|CHANGE_OF_MIND|ORDERED_BY_MISTAKE|buyer called: wrong colour ordered" + "|label in force|");
		assertThat(unclassified.getDataValidations()).hasSize(2);
	}

	@Test
	void dataQualityListsReturnsRequestedBeforeTheirOrder() {
		Sheet quality = report.getSheet("Data quality");
		assertThat(number(row(quality, "returns.csv"), 1)).isEqualTo(0);
		Row early = row(quality, "RT-7");
		assertThat(text(early, 1)).isEqualTo("O-107");
		assertThat(early.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(early.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(number(early, 5)).isEqualTo(1);
		assertThat(number(early, 7)).isEqualTo(8);
		assertThat(table(quality, "Return ID")).hasSize(1);
	}

	@Test
	void detailsHoldEveryReturnOfThePeriodWithItsDecisionByReturnId() {
		Sheet details = report.getSheet("Details");
		// RT-6 (2026-10-15) and RT-8 (2026-07-01) were requested before the period
		List<String> returnIds = new java.util.ArrayList<>();
		for (int index = 1; index <= details.getLastRowNum(); index++) {
			returnIds.add(text(details.getRow(index), 1));
		}
		assertThat(returnIds).containsExactly("RT-1", "RT-2", "RT-3", "RT-4", "RT-5", "RT-7");
		assertThat(details.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		Row keyword = row(details, "", "RT-2");
		assertThat(number(keyword, 0)).isEqualTo(3);
		assertThat(keyword.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 3));
		assertThat(text(keyword, 9)).isEqualTo("CHANGE_OF_MIND");
		assertThat(text(keyword, 11)).isEqualTo("KEYWORD");
		assertThat(number(keyword, 12)).isEqualTo(0.99);
		assertThat(text(keyword, 25)).isEqualTo("NO");
		assertThat(number(keyword, 26)).isEqualTo(6.00);
		assertThat(text(keyword, 27)).isEqualTo("R-FREIGHT");
	}

	@Test
	void theManifestRecordsTheReportSettings() throws Exception {
		RunManifest manifest = RunManifest.read(work.resolve("output/2026-11-25/run-manifest.json"));
		assertThat(manifest.report())
			.isEqualTo(new RunManifest.Report("last-30-days", "2026-10-27", "2026-11-25", "2026-09-27", "2026-10-26", 2,
					"0.5", new RunManifest.FxRatesFile("fx-rates.csv", FIXTURE.resolve("fx-rates.csv").toString(),
							Sha256.of(FIXTURE.resolve("fx-rates.csv")), "EUR")));
	}

	/** This period, the previous one and the change, in columns 1 to 3. */
	private static void assertFigures(Row row, double now, double before, double change) {
		assertNumbers(row, 1, now, before, change);
	}

	/** The row's numbers from column {@code first} on. */
	static void assertNumbers(Row row, int first, double... expected) {
		for (int i = 0; i < expected.length; i++) {
			assertThat(number(row, first + i)).as(text(row, 0) + " column " + (first + i))
				.isNotNull()
				.isCloseTo(expected[i], within(1e-9));
		}
	}

}
