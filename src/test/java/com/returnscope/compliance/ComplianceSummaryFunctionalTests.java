package com.returnscope.compliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.job.Sha256;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditors' pack on a fixture small enough to derive by hand (run date 2026-11-25,
 * default policy), read back with POI, and the same fixture run again on a fresh database
 * to show that the run is reproducible.
 *
 * <p>
 * The fixture's returns, as the policy decides them:
 * <ul>
 * <li>R1 (line 2): DEFECT_CONFIRMED, so QUALITY and the seller owes the freight; the
 * buyer paid 10.00 USD: fails R-FREIGHT. Refunded on day 2, inspected: passes R-WINDOW
 * and R-INSPECTION.</li>
 * <li>R2 (line 3): code CS, CHANGE_OF_MIND, refunded 20.00 EUR on day 9 (window 7), not
 * inspected, the seller paid 8.00 EUR freight the buyer owed: fails R-WINDOW,
 * R-INSPECTION, R-FREIGHT.</li>
 * <li>R3 (line 4): no reason at all, UNCLASSIFIED, so no payer can be named (freight
 * unknown: category undetermined); OPEN 15 days: fails R-REASON-RECORDED and
 * R-ESCALATION; no refund, so nothing at stake.</li>
 * <li>R4 (line 5): order O9 does not exist; APPEAL without evidence; refund 30.00 USD:
 * fails R-ORDER-MATCH and R-APPEAL-EVIDENCE, 30.00 USD at stake for each. The seller paid
 * the freight it owed: passes R-FREIGHT.</li>
 * <li>R5 (line 6): NA, inspection MATCHES_DESCRIPTION, so the buyer owes the freight and
 * paid it; lost in mediation with PHOTOS and TRACKING held: the appeal candidate.</li>
 * <li>R6 (line 7): PNR, LOGISTICS under DAP, freight cost 0; NEGOTIATING for 5 days:
 * passes all it is evaluated on.</li>
 * <li>R7 (line 8) has an unknown status and orders.csv line 5 a quantity of 0: both
 * rejected.</li>
 * </ul>
 * So per rule (evaluated / failed): R-ORDER-MATCH 6/1, R-WINDOW 3/1 (R1, R2, R5 were
 * granted with a known window), R-INSPECTION 3/1, R-FREIGHT 5/2 (R3 unknown),
 * R-REASON-RECORDED 6/1, R-ESCALATION 2/1 (R3 OPEN, R6 NEGOTIATING), R-APPEAL-EVIDENCE
 * 1/1: expected-compliance-rules.csv.
 */
class ComplianceSummaryFunctionalTests {

	static final Path FIXTURE = Path.of("src/test/resources/com/returnscope/compliance");

	@TempDir
	static Path work;

	static Path first;

	static Path second;

	static XSSFWorkbook summary;

	@BeforeAll
	static void runTheFixtureTwiceOnFreshDatabases() {
		// given the fixture, when the job runs on it twice, each time on a fresh database
		first = run("first");
		second = run("second");
		summary = Outputs.workbook(first.resolve(ComplianceSummary.NAME));
	}

	@AfterAll
	static void close() throws IOException {
		summary.close();
	}

	static Path run(String name) {
		RunResult result = RunResult.run(work.resolve(name), "--input=" + FIXTURE,
				"--output=" + work.resolve(name).resolve("output"), "--run-date=2026-11-25");
		assertThat(result.exitCode()).as(result.err()).isZero();
		return work.resolve(name).resolve("output/2026-11-25");
	}

	@Test
	void complianceRulesCsvHasEveryRuleWithItsFiguresAsDerivedByHand() throws IOException {
		assertThat(Files.readString(first.resolve(ComplianceRulesFile.NAME)))
			.isEqualTo(Files.readString(FIXTURE.resolve("expected-compliance-rules.csv")));
	}

	@Test
	void theSheetsComeInTheAuditorsOrder() {
		List<String> sheets = new ArrayList<>();
		summary.forEach((sheet) -> sheets.add(sheet.getSheetName()));
		assertThat(sheets).containsExactly("Cover", "Rules", "Freight", "Violations", "Appeal candidates", "Rejects",
				"Period");
	}

	@Test
	void theCoverNamesTheRunThePolicyAndReconcilesEveryInput() {
		Sheet cover = summary.getSheet("Cover");
		assertThat(Outputs.row(cover, "Run date").getCell(1).getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(Outputs.number(cover, "Run id", 1)).isEqualTo(1);
		assertThat(Outputs.number(cover, "Execution id", 1)).isPositive();
		assertThat(Outputs.text(Outputs.row(cover, "Started"), 1)).startsWith("20");
		assertThat(Outputs.number(cover, "Returns decided", 1)).isEqualTo(6);
		Row policy = Outputs.row(cover, "Policy in force");
		assertThat(Outputs.text(policy, 2)).hasSize(64);
		assertThat(Outputs.text(policy, 3)).isEqualTo("2026.12-default-2");
		assertThat(Outputs.text(Outputs.row(cover, "Policy part lexicon"), 3)).isEqualTo("2026.12-lexicon-3");
		assertThat(Outputs.text(Outputs.row(cover, "Text model"), 2))
			.isEqualTo(Sha256.of(Path.of("src/main/resources/policy/model/reason-model.bin")));
		assertThat(cells(Outputs.row(cover, "orders"))).containsExactly("orders", "orders.csv",
				Sha256.of(FIXTURE.resolve("orders.csv")), "4", "3", "1", "OK");
		assertThat(cells(Outputs.row(cover, "returns"))).containsExactly("returns", "returns.csv",
				Sha256.of(FIXTURE.resolve("returns.csv")), "7", "6", "1", "OK");
		assertThat(Outputs.text(Outputs.row(cover, "Not applicable"), 1)).startsWith("the rule did not apply");
	}

	@Test
	void theRulesSheetHasEveryRuleWithItsFiguresAndMoneyAtStakePerCurrency() {
		Sheet rules = summary.getSheet("Rules");
		Row header = rules.getRow(1);
		assertThat(cells(header)).containsExactly("Rule", "Description", "Status", "Evaluated", "Passed", "Failed",
				"Not applicable", "Compliance rate", "At stake EUR", "At stake USD");
		assertThat(cells(Outputs.row(rules, "R-ORDER-MATCH"))).containsExactly("R-ORDER-MATCH",
				"Order number, customer name and sku are confirmed against the order", "enabled", "6", "5", "1", "0",
				"0.8333", "", "30");
		assertThat(cells(Outputs.row(rules, "R-WINDOW"), 10).subList(3, 10)).containsExactly("3", "2", "1", "3",
				"0.6667", "20", "");
		assertThat(cells(Outputs.row(rules, "R-INSPECTION"), 10).subList(3, 10)).containsExactly("3", "2", "1", "3",
				"0.6667", "20", "");
		assertThat(cells(Outputs.row(rules, "R-FREIGHT")).subList(3, 10)).containsExactly("5", "3", "2", "1", "0.6",
				"8", "10");
		assertThat(cells(Outputs.row(rules, "R-REASON-RECORDED")).subList(3, 8)).containsExactly("6", "5", "1", "0",
				"0.8333");
		assertThat(cells(Outputs.row(rules, "R-ESCALATION")).subList(3, 8)).containsExactly("2", "1", "1", "4", "0.5");
		assertThat(cells(Outputs.row(rules, "R-APPEAL-EVIDENCE"), 10).subList(3, 10)).containsExactly("1", "0", "1",
				"5", "0", "", "30");
	}

	@Test
	void theFreightSheetHasThePayerMatrixPerCurrencyTheBreachesAndTheUnknowns() {
		Sheet freight = summary.getSheet("Freight");
		int usd = Outputs.row(freight, "Returns in USD: expected \\ actual payer").getRowNum();
		assertThat(cells(freight.getRow(usd))).containsExactly("Returns in USD: expected \\ actual payer", "BUYER",
				"SELLER", "PLATFORM", "CARRIER", "UNDETERMINED", "Total");
		assertThat(cells(freight.getRow(usd + 1))).containsExactly("BUYER", "0", "0", "0", "0", "0", "0");
		assertThat(cells(freight.getRow(usd + 2))).containsExactly("SELLER", "1", "1", "0", "0", "1", "3");
		assertThat(cells(freight.getRow(usd + 3))).containsExactly("UNDETERMINED", "0", "0", "0", "0", "1", "1");
		assertThat(cells(freight.getRow(usd + 6))).containsExactly("SELLER", "10", "5", "0", "0", "0", "15");
		int eur = Outputs.row(freight, "Returns in EUR: expected \\ actual payer").getRowNum();
		assertThat(cells(freight.getRow(eur + 1))).containsExactly("BUYER", "1", "1", "0", "0", "0", "2");
		assertThat(cells(freight.getRow(eur + 5))).containsExactly("BUYER", "12", "8", "0", "0", "0", "20");
		assertThat(cells(Outputs.row(freight, "buyer charged where seller owed")))
			.containsExactly("buyer charged where seller owed", "USD", "1", "10");
		assertThat(cells(Outputs.row(freight, "seller paid where buyer owed")))
			.containsExactly("seller paid where buyer owed", "EUR", "1", "8");
		assertThat(Outputs.number(freight, "category undetermined", 1)).isEqualTo(1);
		assertThat(Outputs.number(freight, "no cost recorded", 1)).isZero();
		assertThat(Outputs.number(freight, "no payer recorded", 1)).isZero();
		assertThat(cells(Outputs.row(freight, "R3"))).containsExactly("R3", "4", "O3", "category undetermined",
				"UNDETERMINED", "UNDETERMINED", "", "USD", "2026.12-default-2");
	}

	@Test
	void violationsListEveryFailingReturnAndRuleWithItsLineAndPolicy() {
		Sheet violations = summary.getSheet("Violations");
		List<String> rows = new ArrayList<>();
		for (int i = 1; i <= violations.getLastRowNum(); i++) {
			List<String> row = cells(violations.getRow(i));
			rows.add(String.join(" ", row.get(0), row.get(1), row.get(3), row.get(row.size() - 1)));
		}
		assertThat(rows).containsExactly("R1 2 R-FREIGHT 2026.12-default-2", "R2 3 R-WINDOW 2026.12-default-2",
				"R2 3 R-INSPECTION 2026.12-default-2", "R2 3 R-FREIGHT 2026.12-default-2",
				"R3 4 R-REASON-RECORDED 2026.12-default-2", "R3 4 R-ESCALATION 2026.12-default-2",
				"R4 5 R-ORDER-MATCH 2026.12-default-2", "R4 5 R-APPEAL-EVIDENCE 2026.12-default-2");
		assertThat(cells(violations.getRow(2)).subList(4, 14)).containsExactly("2026-11-14", "2026-11-20", "9",
				"OUTSIDE", "CHANGE_OF_MIND", "NO_LONGER_NEEDED", "REASON_CODE", "20", "8", "EUR");
	}

	@Test
	void appealCandidatesShowTheEvidenceHeld() {
		Sheet appeals = summary.getSheet("Appeal candidates");
		assertThat(appeals.getLastRowNum()).isEqualTo(1);
		assertThat(cells(appeals.getRow(1)).subList(0, 12)).containsExactly("R5", "6", "O2", "CLOSED", "FOR_BUYER",
				"MATCHES_DESCRIPTION", "QUALITY", "NOT_AS_DESCRIBED", "REASON_CODE", "TRACKING; PHOTOS", "100", "EUR");
	}

	@Test
	void rejectsAreCountedPerFileAndKindThenListed() {
		Sheet rejects = summary.getSheet("Rejects");
		assertThat(cells(rejects.getRow(1))).containsExactly("orders.csv", "quantity", "1");
		assertThat(cells(rejects.getRow(2))).containsExactly("returns.csv", "status", "1");
		assertThat(cells(rejects.getRow(5)).subList(0, 3)).containsExactly("orders.csv", "5", "quantity");
		assertThat(cells(rejects.getRow(6)).subList(0, 3)).containsExactly("returns.csv", "8", "status");
		assertThat(Outputs.text(rejects.getRow(6), 4)).isEqualTo("R7,O1,Acme Ltd,A,1,2026-11-21,DM,,,,,,,RESOLVED,,,,");
	}

	@Test
	void onAFreshDatabaseThePeriodsHoldTheRunAlone() {
		Sheet period = summary.getSheet("Period");
		for (String label : List.of("This run", "Last 30 days", "Month to date")) {
			assertThat(cells(Outputs.row(period, label)).subList(3, 5)).as(label).containsExactly("1", "6");
		}
		assertThat(cells(Outputs.row(period, "Last 30 days")).subList(1, 3)).containsExactly("2026-10-27",
				"2026-11-25");
		assertThat(cells(Outputs.row(period, "Month to date")).subList(1, 3)).containsExactly("2026-11-01",
				"2026-11-25");
		assertThat(cells(Outputs.row(period, "R-FREIGHT"))).containsExactly("R-FREIGHT", "5", "3", "2", "1", "0.6", "5",
				"3", "2", "1", "0.6", "5", "3", "2", "1", "0.6");
	}

	@Test
	void theSameInputsPolicyAndRunDateGiveTheSameFiles() throws IOException {
		for (String name : List.of("decisions.csv", "rejects.csv", ComplianceRulesFile.NAME, HistoryOrdersFile.NAME)) {
			assertThat(Files.readAllBytes(second.resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(first.resolve(name)));
		}
		for (String name : List.of("returns-report.xlsx", ComplianceSummary.NAME)) {
			try (XSSFWorkbook one = Outputs.workbook(first.resolve(name));
					XSSFWorkbook two = Outputs.workbook(second.resolve(name))) {
				assertThat(contents(two)).as(name).isEqualTo(contents(one));
				if (name.equals(ComplianceSummary.NAME)) {
					for (XSSFWorkbook workbook : List.of(one, two)) {
						Date runDate = Date.from(LocalDate.of(2026, 11, 25).atStartOfDay(ZoneOffset.UTC).toInstant());
						assertThat(workbook.getProperties().getCoreProperties().getCreated()).isEqualTo(runDate);
						assertThat(workbook.getProperties().getCoreProperties().getModified()).isEqualTo(runDate);
					}
				}
			}
		}
	}

	/**
	 * Every cell of every sheet with its kind, but the times the execution started and
	 * ended (the ids are the same: both databases are fresh).
	 */
	private static List<String> contents(XSSFWorkbook workbook) {
		List<String> contents = new ArrayList<>();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				if (sheet.getSheetName().equals("Cover")
						&& List.of("Started", "Ended").contains(Outputs.text(row, 0))) {
					continue;
				}
				for (Cell cell : row) {
					contents.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " "
							+ text(cell));
				}
			}
		}
		return contents;
	}

	/** A cell as its text: numbers without trailing zeros, dates as yyyy-MM-dd. */
	static String text(Cell cell) {
		if (cell.getCellType() == CellType.NUMERIC) {
			if (cell.getCellStyle().getDataFormatString().startsWith("yyyy")) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
				.toPlainString();
		}
		return cell.getStringCellValue();
	}

	/** The row's cells as text, empty cells as "", up to its last cell. */
	static List<String> cells(Row row) {
		return cells(row, row.getLastCellNum());
	}

	/** The row's first {@code width} cells as text, empty cells as "". */
	static List<String> cells(Row row, int width) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			Cell cell = row.getCell(i);
			cells.add((cell == null) ? "" : text(cell));
		}
		return cells;
	}

}
