package com.returnscope.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.returnscope.report.ReportSheets.table;
import static com.returnscope.report.ReportSheets.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's round trip: the Unclassified sheet of one night's report, filled in, is
 * the overrides file of the next night, as the workbook or as its CSV export; the labels
 * already in force stay in force.
 */
class ReviewerRoundTripFunctionalTests {

	static final Path FIXTURE = ReturnsReportFunctionalTests.FIXTURE;

	@TempDir
	static Path work;

	static Path reviewed;

	@BeforeAll
	static void aReviewerFillsInTheUnclassifiedSheet() throws IOException {
		// given the report of 2026-11-25, with RT-5 to review and RT-0, RT-7 labelled
		RunResult first = run("2026-11-25", FIXTURE.resolve("overrides.csv"));
		assertThat(first.exitCode()).as(first.err()).isZero();
		// when a reviewer labels RT-5 on its Unclassified sheet and saves the workbook
		reviewed = work.resolve("reviewed.xlsx");
		try (XSSFWorkbook report = Outputs.workbook(work.resolve("output/2026-11-25/returns-report.xlsx"))) {
			Row row = ReportSheets.row(report.getSheet("Unclassified"), "RT-5");
			row.createCell(1).setCellValue("QUALITY");
			row.createCell(2).setCellValue("defective");
			row.createCell(3).setCellValue("photo shows a broken arm");
			try (OutputStream out = Files.newOutputStream(reviewed)) {
				report.write(out);
			}
		}
	}

	@Test
	void theFilledWorkbookIsTheNextRunsOverridesFile() throws IOException {
		RunResult next = run("2026-11-26", reviewed);

		assertThat(next.exitCode()).as(next.err()).isZero();
		Map<String, Map<String, String>> decisions = decisions("2026-11-26");
		assertThat(decisions.get("RT-5")).containsEntry("category", "QUALITY")
			.containsEntry("subreason", "DEFECTIVE")
			.containsEntry("classified_by", "OVERRIDE")
			.containsEntry("matched_term", "photo shows a broken arm");
		assertThat(decisions.get("RT-7")).as("a label in force stays in force")
			.containsEntry("subreason", "ORDERED_BY_MISTAKE")
			.containsEntry("classified_by", "OVERRIDE");
		try (XSSFWorkbook report = Outputs.workbook(work.resolve("output/2026-11-26/returns-report.xlsx"))) {
			assertThat(table(report.getSheet("Unclassified"), "return_id"))
				.extracting((row) -> text(row, 0) + " " + text(row, 2) + " " + text(row, 4))
				.containsExactly("RT-0 MISSING_PARTS label in force", "RT-5 DEFECTIVE label in force",
						"RT-7 ORDERED_BY_MISTAKE label in force");
		}
	}

	@Test
	void itsCsvExportIsToo() throws IOException {
		Path csv = work.resolve("reviewed.csv");
		export(reviewed, "Unclassified", csv);

		RunResult next = run("2026-11-27", csv);

		assertThat(next.exitCode()).as(next.err()).isZero();
		Map<String, Map<String, String>> decisions = decisions("2026-11-27");
		assertThat(decisions.get("RT-5")).containsEntry("subreason", "DEFECTIVE")
			.containsEntry("classified_by", "OVERRIDE");
		assertThat(decisions.get("RT-7")).containsEntry("subreason", "ORDERED_BY_MISTAKE");
	}

	@Test
	void aWrongLabelOnTheSheetNamesItsRow() throws IOException {
		Path wrong = work.resolve("wrong.xlsx");
		try (InputStream in = Files.newInputStream(reviewed); XSSFWorkbook report = new XSSFWorkbook(in)) {
			ReportSheets.row(report.getSheet("Unclassified"), "RT-5").getCell(2).setCellValue("BROKEN");
			try (OutputStream out = Files.newOutputStream(wrong)) {
				report.write(out);
			}
		}

		RunResult next = run("2026-11-28", wrong);

		assertThat(next.exitCode()).isEqualTo(78);
		assertThat(next.err())
			.startsWith("returnscope: " + wrong
					+ ": sheet Unclassified, row 2: unknown subreason QUALITY/BROKEN; QUALITY has [")
			.doesNotContain("\tat ");
	}

	private static RunResult run(String runDate, Path overrides) {
		return RunResult.run(work, "--input=" + FIXTURE, "--output=" + work.resolve("output"), "--run-date=" + runDate,
				"--overrides=" + overrides);
	}

	private static Map<String, Map<String, String>> decisions(String runDate) {
		return Outputs.csv(work.resolve("output/" + runDate + "/decisions.csv"))
			.stream()
			.collect(Collectors.toMap((row) -> row.get("return_id"), (row) -> row));
	}

	/**
	 * Saves one sheet as CSV, every cell as it is shown, as a spreadsheet program does.
	 */
	private static void export(Path workbook, String sheetName, Path csv) throws IOException {
		DataFormatter shown = new DataFormatter();
		try (InputStream in = Files.newInputStream(workbook);
				XSSFWorkbook book = new XSSFWorkbook(in);
				Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			Sheet sheet = book.getSheet(sheetName);
			int columns = sheet.getRow(0).getLastCellNum();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < columns; i++) {
					cells.add((row.getCell(i) != null) ? shown.formatCellValue(row.getCell(i)) : "");
				}
				printer.printRecord(cells);
			}
		}
	}

}
