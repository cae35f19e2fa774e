package com.returnscope.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the report's tables back as a manager's spreadsheet shows them. */
final class ReportSheets {

	private ReportSheets() {
	}

	/** The row whose first cells are {@code labels}, or fails. */
	static Row row(Sheet sheet, String... labels) {
		for (Row row : sheet) {
			boolean match = true;
			for (int i = 0; i < labels.length && match; i++) {
				match = text(row, i).equals(labels[i]);
			}
			if (match) {
				return row;
			}
		}
		throw new AssertionError("no row " + List.of(labels) + " on sheet " + sheet.getSheetName());
	}

	/**
	 * The rows under the header row whose first cell is {@code header}, up to a blank
	 * row.
	 */
	static List<Row> table(Sheet sheet, String header) {
		List<Row> rows = new ArrayList<>();
		Row start = row(sheet, header);
		for (int index = start.getRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			if (row == null || text(row, 0).isEmpty()) {
				break;
			}
			rows.add(row);
		}
		return rows;
	}

	static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell == null || cell.getCellType() != CellType.STRING) ? "" : cell.getStringCellValue();
	}

	/** A numeric cell's value; null when the cell is empty. */
	static Double number(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell == null || cell.getCellType() != CellType.NUMERIC) ? null : cell.getNumericCellValue();
	}

}
