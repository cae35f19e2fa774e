package com.returnscope.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.returnscope.domain.Category;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.OrderMatch;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import com.returnscope.domain.WindowStatus;
import com.returnscope.harness.Outputs;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The details sheets continue on "Details (2)" and on when one is full: here with three
 * rows a sheet instead of Excel's 1,048,576, so that a test can fill them.
 */
class DetailsSheetsTests {

	@TempDir
	Path work;

	@Test
	void rowsPastASheetsLimitContinueOnTheNextSheetUnderItsOwnHeader() throws Exception {
		Path file = this.work.resolve("details.xlsx");
		try (ReportWorkbook book = new ReportWorkbook()) {
			DetailsSheets details = new DetailsSheets(book, 3);
			for (int line = 2; line <= 6; line++) {
				details.add(returned(line));
			}
			details.finish();
			book.write(file);
		}

		try (XSSFWorkbook workbook = Outputs.workbook(file)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(rows(workbook.getSheet("Details"))).containsExactly("Return ID", "RT-2", "RT-3");
			assertThat(rows(workbook.getSheet("Details (2)"))).containsExactly("Return ID", "RT-4", "RT-5");
			assertThat(rows(workbook.getSheet("Details (3)"))).containsExactly("Return ID", "RT-6");
			assertThat(workbook.getSheet("Details (3)").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(6);
		}
	}

	private static List<String> rows(Sheet sheet) {
		List<String> ids = new java.util.ArrayList<>();
		sheet.forEach((row) -> ids.add(row.getCell(1).getStringCellValue()));
		return ids;
	}

	private static ReportedReturn returned(int line) {
		String id = "RT-" + line;
		Decision decision = new Decision(line, id, "O-1", OrderMatch.ORDER_NOT_FOUND, Category.UNCLASSIFIED, "",
				ClassifiedBy.NONE, "", null, WindowStatus.UNKNOWN, Payer.UNDETERMINED, "F-UNDETERMINED",
				Payer.UNDETERMINED, FreightCompliance.UNKNOWN, BigDecimal.ZERO, "EUR", List.of("R-ORDER-MATCH"),
				List.of("R-ORDER-MATCH"), false, "order O-1 not found", null, null);
		ReturnRequest request = new ReturnRequest(line, id, "O-1", "Anna Berg", null, 1, LocalDate.of(2026, 11, 20),
				null, "broken", null, null, null, null, null, ReturnStatus.OPEN, null, null, Set.of(), null);
		return new ReportedReturn(decision, request, null, null);
	}

}
