package com.returnscope.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a run's files back as other programs and people would. */
public final class Outputs {

	private Outputs() {
	}

	/** A CSV file as rows of column name to value, in file order. */
	public static List<Map<String, String>> csv(Path file) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			return parser.stream().map(CSVRecord::toMap).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Opens a workbook written by the run, as a spreadsheet program would. */
	public static XSSFWorkbook workbook(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The row whose first cell is {@code label}, or fails. */
	public static Row row(Sheet sheet, String label) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row labelled '" + label + "' on sheet " + sheet.getSheetName());
	}

	/** The sum of column {@code column} over every row labelled {@code label}. */
	public static double sum(Sheet sheet, String label, int column) {
		double sum = 0;
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
				sum += row.getCell(column).getNumericCellValue();
			}
		}
		return sum;
	}

	/** The numeric value in column {@code column} of the row labelled {@code label}. */
	public static double number(Sheet sheet, String label, int column) {
		return row(sheet, label).getCell(column).getNumericCellValue();
	}

	public static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell == null) ? "" : cell.getStringCellValue();
	}

}
