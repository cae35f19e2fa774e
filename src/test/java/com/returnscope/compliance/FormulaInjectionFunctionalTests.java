package com.returnscope.compliance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No output is ever evaluated by a spreadsheet. Inputs whose every text column starts
 * with each of the characters a spreadsheet reads as a formula ({@code = + - @}, tab,
 * carriage return), in accepted and rejected rows, a reviewer's note and an input file's
 * name: the CSV files carry them with a leading apostrophe (the data contract's rule),
 * the workbooks as text cells; the job's own negative numbers stay numbers.
 */
class FormulaInjectionFunctionalTests {

	/** The characters that start a formula, and a name for each. */
	private static final List<String> LEADING = List.of("=", "+", "-", "@", "\t", "\r");

	/** The ones an input keeps: values are trimmed, which removes a tab or CR. */
	private static final List<String> KEPT = List.of("=", "+", "-", "@");

	private static final String RETURNS = "@returns.csv";

	@TempDir
	static Path work;

	static Path folder;

	@BeforeAll
	static void runInputsFullOfFormulas() throws IOException {
		// given orders, returns and overrides whose text starts with each character
		Path input = Files.createDirectories(work.resolve("input"));
		List<List<String>> orders = new ArrayList<>();
		List<List<String>> returns = new ArrayList<>();
		for (int i = 0; i < LEADING.size(); i++) {
			String c = LEADING.get(i);
			orders.add(List.of(c + "O" + i, "2026-11-01", c + "Buyer " + i, c + "SKU" + i, c + "Product",
					c + "Category", "2", "10.00", "USD", "2026-11-10", c + "Carrier", c + "T" + i, "DAP"));
			orders.add(List.of(c + "OBAD" + i, "2026-11-01", c + "Buyer", c + "SKU", c + "P", c + "C", "0", "1.00",
					"USD", "", "", "", ""));
			// a quality claim refunded uninspected, its freight paid by the buyer: two
			// violations
			returns.add(List.of(c + "R" + i, c + "O" + i, c + "Buyer " + i, c + "SKU" + i, "1", "2026-11-12", c + "XX",
					c + "it stopped working", "5.00", "USD", "3.00", "BUYER", "CLOSED", "REFUND"));
			returns.add(List.of(c + "RBAD" + i, c + "O" + i, c + "Buyer " + i, c + "SKU" + i, "1", "2026-11-12", "", "",
					"", "", "", "", "BOGUS", ""));
		}
		// requested two days before delivery: days_since_delivery is the job's -2
		returns
			.add(List.of("RNEG", "=O0", "=Buyer 0", "=SKU0", "1", "2026-11-08", "DM", "", "", "", "", "", "OPEN", ""));
		write(input.resolve("orders.csv"),
				List.of("order_id", "order_date", "buyer_name", "sku", "product_name", "product_category", "quantity",
						"unit_price", "currency", "delivered_date", "carrier", "tracking_number", "incoterm"),
				orders);
		write(input.resolve(RETURNS),
				List.of("return_id", "order_id", "buyer_name", "sku", "quantity", "requested_date", "reason_code",
						"reason_text", "refund_amount", "currency", "return_freight_cost", "freight_paid_by", "status",
						"outcome"),
				returns);
		write(input.resolve("overrides.csv"), List.of("return_id", "category", "subreason", "note"),
				List.of(List.of("=R0", "QUALITY", "DEFECTIVE", "=HYPERLINK(\"http://evil\",\"see\")")));

		// when the job runs on them
		RunResult run = RunResult.run(work, "--input=" + input, "--returns=" + input.resolve(RETURNS),
				"--output=" + work.resolve("output"), "--run-date=2026-11-25");
		assertThat(run.exitCode()).as(run.err()).isZero();
		folder = work.resolve("output/2026-11-25");
	}

	@Test
	void decisionsCsvNeutralisesEveryTextCopiedFromTheInputs() {
		List<Map<String, String>> decisions = Outputs.csv(folder.resolve("decisions.csv"));
		assertThat(decisions).hasSize(LEADING.size() + 1);
		for (int i = 0; i < KEPT.size(); i++) {
			String c = KEPT.get(i);
			Map<String, String> row = decision(decisions, "'" + c + "R" + i);
			assertThat(row.get("order_id")).isEqualTo("'" + c + "O" + i);
			assertThat(row.get("findings")).isEqualTo("R-INSPECTION;R-FREIGHT");
		}
		assertThat(decision(decisions, "'=R0").get("matched_term")).isEqualTo("'=HYPERLINK(\"http://evil\",\"see\")");
		assertThat(decision(decisions, "R4").get("order_id")).isEqualTo("O4"); // a tab,
																				// trimmed
		assertThat(decision(decisions, "R5").get("order_id")).isEqualTo("O5"); // a CR,
																				// trimmed
		assertThat(decision(decisions, "RNEG").get("days_since_delivery")).isEqualTo("-2");
		assertNoFieldStartsAFormula(decisions, "days_since_delivery");
	}

	@Test
	void rejectsCsvNeutralisesRawRecordsAndFileNames() {
		List<Map<String, String>> rejects = Outputs.csv(folder.resolve("rejects.csv"));
		assertThat(rejects).hasSize(2 * LEADING.size());
		for (int i = 0; i < KEPT.size(); i++) {
			String c = KEPT.get(i);
			int n = i;
			assertThat(rejects).filteredOn((row) -> row.get("file").equals("'" + RETURNS))
				.anySatisfy((row) -> assertThat(row.get("raw_record")).startsWith("'" + c + "RBAD" + n + ","));
			assertThat(rejects).filteredOn((row) -> row.get("file").equals("orders.csv"))
				.anySatisfy((row) -> assertThat(row.get("raw_record")).startsWith("'" + c + "OBAD" + n + ","));
		}
		assertNoFieldStartsAFormula(rejects, "");
		assertNoFieldStartsAFormula(Outputs.csv(folder.resolve(ComplianceRulesFile.NAME)), "");
	}

	@Test
	void workbooksHoldInputTextAsTextCellsAndNoFormula() throws IOException {
		for (String name : List.of("returns-report.xlsx", ComplianceSummary.NAME)) {
			try (XSSFWorkbook workbook = Outputs.workbook(folder.resolve(name))) {
				List<String> texts = new ArrayList<>();
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							assertThat(cell.getCellType())
								.as(name + " " + sheet.getSheetName() + "!" + cell.getAddress())
								.isNotEqualTo(CellType.FORMULA);
							if (cell.getCellType() == CellType.STRING) {
								texts.add(cell.getStringCellValue());
							}
						}
					}
				}
				for (int i = 0; i < KEPT.size(); i++) {
					assertThat(texts).as(name).contains(KEPT.get(i) + "R" + i, KEPT.get(i) + "O" + i);
				}
			}
		}
		try (XSSFWorkbook summary = Outputs.workbook(folder.resolve(ComplianceSummary.NAME))) {
			Sheet violations = summary.getSheet("Violations");
			assertThat(Outputs.text(violations.getRow(1), 0)).isEqualTo("=R0");
			assertThat(violations.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(Outputs.text(Outputs.row(summary.getSheet("Rejects"), RETURNS), 0)).isEqualTo(RETURNS);
			assertThat(Outputs.text(Outputs.row(summary.getSheet("Cover"), "returns"), 1)).isEqualTo(RETURNS);
		}
	}

	private static Map<String, String> decision(List<Map<String, String>> decisions, String returnId) {
		return decisions.stream()
			.filter((row) -> row.get("return_id").equals(returnId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no decision for " + returnId));
	}

	/**
	 * No field starts with a formula character, but the job's numbers in {@code numbers}.
	 */
	private static void assertNoFieldStartsAFormula(List<Map<String, String>> rows, String numbers) {
		for (Map<String, String> row : rows) {
			row.forEach((column, value) -> {
				if (column.equals(numbers)) {
					assertThat(value).matches("-?[0-9]*");
				}
				else if (!value.isEmpty()) {
					assertThat(LEADING).as(column + " '" + value + "'").doesNotContain(value.substring(0, 1));
				}
			});
		}
	}

	private static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out,
						CSVFormat.RFC4180.builder()
							.setQuoteMode(QuoteMode.ALL)
							.setHeader(header.toArray(String[]::new))
							.get())) {
			for (List<String> row : rows) {
				csv.printRecord(row);
			}
		}
	}

}
