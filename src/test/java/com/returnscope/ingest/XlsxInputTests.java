package com.returnscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.returnscope.domain.OrderLine;
import com.returnscope.ingest.CsvFileReaderTests.Result;
import com.returnscope.job.RunParameters.Role;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Orders saved as an .xlsx workbook: dates as real dates or as text, numbers as numbers,
 * the sheet named or the first, a bad cell rejected naming sheet, row and column, and
 * POI's zip-bomb limit on.
 */
class XlsxInputTests {

	@TempDir
	Path work;

	Path workbook;

	@BeforeEach
	void writeWorkbook() throws IOException {
		// given a workbook whose first sheet holds notes and whose second the orders
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet("Notes").createRow(0).createCell(0).setCellValue("exported 2026-11-25 by the warehouse");
			Sheet sheet = book.createSheet("Orders");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle dateTime = book.createCellStyle();
			dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			row(sheet, 0, "order_id", "order_date", "buyer_name", "sku", "quantity", "unit_price", "currency",
					"delivered_date", "product_name");
			// a real date (shown day first), a price Excel holds as 16.149999999999999,
			// and a delivery with a time
			Row first = row(sheet, 1, "PO-1", null, "Acme", "SKU-A", null, null, "USD", null, "Mug");
			first.createCell(1).setCellValue(LocalDate.of(2026, 10, 1));
			first.getCell(1).setCellStyle(date);
			first.createCell(4).setCellValue(10);
			first.createCell(5).setCellValue(16.149999999999999);
			first.createCell(7).setCellValue(LocalDateTime.of(2026, 10, 9, 14, 30));
			first.getCell(7).setCellStyle(dateTime);
			// an order number typed as a number, a date typed as text
			Row second = row(sheet, 2, null, "2026-10-02", "Acme", "SKU-B", null, null, "usd");
			second.createCell(0).setCellValue(12345);
			second.createCell(4).setCellValue(2);
			second.createCell(5).setCellValue(3);
			row(sheet, 3, "PO-3", "31/02/2026", "Acme", "SKU-C", "1", "1.00", "USD");
			Row error = row(sheet, 4, "PO-4", "2026-10-04", "Acme", "SKU-D", "1", null, "USD");
			error.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
			sheet.createRow(5); // a blank row is no row
			row(sheet, 6, "PO-7", "2026-10-07", "Acme", "SKU-G", "1", "1.00", "USD", null, null, "stray");
			row(sheet, 7, "PO-8", "2026-10-08", "Acme", "SKU-H", "two", "1.00", "USD");
			this.workbook = this.work.resolve("orders.xlsx");
			try (OutputStream out = Files.newOutputStream(this.workbook)) {
				book.write(out);
			}
		}
	}

	private static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
		return row;
	}

	@Test
	void theNamedSheetIsReadCellByCell() {
		Result<OrderLine> result = read(new ExecutionContext());

		// then dates, numbers and text come through as the contract reads them
		assertThat(result.items())
			.extracting(OrderLine::line, OrderLine::orderId, OrderLine::orderDate, OrderLine::quantity,
					OrderLine::unitPrice, OrderLine::currency, OrderLine::deliveredDate)
			.containsExactly(
					tuple(2L, "PO-1", LocalDate.of(2026, 10, 1), 10, new BigDecimal("16.15"), "USD",
							LocalDate.of(2026, 10, 9)),
					tuple(3L, "12345", LocalDate.of(2026, 10, 2), 2, new BigDecimal("3"), "USD", null));
		// and a bad cell rejects its row, naming the sheet, the cell and the column
		assertThat(result.rejects())
			.extracting(RejectedRowException::line, RejectedRowException::column, RejectedRowException::reason)
			.containsExactly(
					tuple(4L, "order_date",
							"sheet 'Orders' cell B4: '31/02/2026' is not a date (yyyy-MM-dd or an ISO date-time)"),
					tuple(5L, "unit_price", "sheet 'Orders' cell F5: the cell holds the error #N/A"),
					tuple(7L, "(field 10)", "sheet 'Orders' cell J7: a value beyond the header's last column"),
					tuple(8L, "quantity", "sheet 'Orders' cell E8: 'two' is not a whole number"));
		assertThat(result.rejects().get(0).rawRecord()).isEqualTo("PO-3,31/02/2026,Acme,SKU-C,1,1.00,USD,,");
	}

	@Test
	void theFirstSheetIsReadUnlessOneIsNamed() {
		assertThat(CsvFileReader.checkHeader(input("Orders"), Role.ORDERS))
			.isEqualTo(new CsvFileReader.Detected("canonical", "Orders"));
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(input(null), Role.ORDERS))
			.withMessageStartingWith("orders.xlsx: required columns order_id, order_date, buyer_name");
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(input("Order"), Role.ORDERS))
			.withMessage("orders.xlsx: no sheet named 'Order' (sheets: Notes, Orders)");
	}

	@Test
	void aRestartGoesOnWithTheNextRow() {
		// given a reader stopped after the first row
		ExecutionContext context = new ExecutionContext();
		CsvFileReader<OrderLine> first = reader();
		first.open(context);
		first.read();
		first.update(context);
		first.close();

		// then a new one goes on with the second, and counts rows across both
		Result<OrderLine> rest = read(context);
		assertThat(rest.items()).extracting(OrderLine::orderId).containsExactly("12345");
		assertThat(context.getLong("orders" + CsvFileReader.ROWS_READ)).isEqualTo(6);
	}

	@Test
	void aWorkbookThatInflatesBeyondPoisLimitIsRefused() throws IOException {
		// given the workbook with 20 MB of blanks in its sheet: a ratio no export has
		Path bomb = this.work.resolve("bomb.xlsx");
		try (ZipFile zip = new ZipFile(this.workbook.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] content = in.readAllBytes();
					if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
						String xml = new String(content, StandardCharsets.UTF_8);
						int root = xml.indexOf("<worksheet");
						content = (xml.substring(0, root) + " ".repeat(20_000_000) + xml.substring(root))
							.getBytes(StandardCharsets.UTF_8);
					}
					out.write(content);
				}
				out.closeEntry();
			}
		}

		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> CsvFileReader.checkHeader(new InputFile(bomb, StandardCharsets.UTF_8, null, "Orders"),
					Role.ORDERS))
			.withMessageStartingWith("bomb.xlsx: not a readable Excel workbook (Zip bomb detected!");
	}

	private InputFile input(String sheet) {
		return new InputFile(this.workbook, StandardCharsets.UTF_8, null, sheet);
	}

	private CsvFileReader<OrderLine> reader() {
		return new CsvFileReader<>("orders", input("Orders"), OrdersFile.LAYOUT, CsvFileReaderTests.RUN_DATE,
				OrdersFile::map);
	}

	private Result<OrderLine> read(ExecutionContext context) {
		return CsvFileReaderTests.read(reader(), context);
	}

}
