package com.returnscope.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks made for tests the way a person saves an export from Excel: dates as real
 * dates, numbers as numbers, the rest as text.
 */
final class Workbooks {

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private static final Set<String> DATES = Set.of("order_date", "shipped_date", "delivered_date", "requested_date",
			"closed_date");

	private static final Set<String> NUMBERS = Set.of("quantity", "unit_price", "refund_amount", "return_freight_cost");

	private Workbooks() {
	}

	/**
	 * Writes a canonical CSV file as a workbook with one sheet: a date column's ISO dates
	 * become date cells, a number column's decimals number cells, anything else (bad
	 * values included) text.
	 */
	static Path fromCsv(Path csv, Path xlsx, String sheetName) {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180);
				XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			List<String> header = null;
			int rowIndex = 0;
			for (CSVRecord record : parser) {
				Row row = sheet.createRow(rowIndex++);
				if (header == null) {
					header = record.toList().stream().map((name) -> name.trim().toLowerCase(Locale.ROOT)).toList();
				}
				for (int i = 0; i < record.size(); i++) {
					String value = record.get(i);
					if (value.isEmpty()) {
						continue;
					}
					Cell cell = row.createCell(i);
					String column = (rowIndex > 1 && i < header.size()) ? header.get(i) : "";
					if (DATES.contains(column) && isDate(value)) {
						cell.setCellValue(LocalDate.parse(value));
						cell.setCellStyle(date);
					}
					else if (DATES.contains(column) && isDateTime(value)) {
						cell.setCellValue(LocalDateTime.parse(value));
						cell.setCellStyle(dateTime);
					}
					else if (NUMBERS.contains(column) && NUMBER.matcher(value).matches()) {
						cell.setCellValue(Double.parseDouble(value));
					}
					else {
						cell.setCellValue(value);
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(xlsx)) {
				workbook.write(out);
			}
			return xlsx;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isDate(String value) {
		return parses(value, LocalDate::parse);
	}

	private static boolean isDateTime(String value) {
		return parses(value, LocalDateTime::parse);
	}

	private static boolean parses(String value, Function<String, ?> parser) {
		try {
			parser.apply(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
