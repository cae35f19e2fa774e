package com.returnscope.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows of typed cells one after the other: text, whole numbers, amounts (two
 * decimals), rates (percent), dates and yes/no, with a bold header style. Shared by both
 * workbooks so that they look and read alike.
 */
public final class SheetWriter {

	/** A value rendered as a percentage cell. */
	public record Rate(double value) {
	}

	private final Sheet sheet;

	private final Styles styles;

	private int next;

	public SheetWriter(Sheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	/** Cell styles are a workbook-wide resource: create them once per workbook. */
	public record Styles(CellStyle header, CellStyle title, CellStyle text, CellStyle amount, CellStyle rate,
			CellStyle date) {

		public static Styles of(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Font large = workbook.createFont();
			large.setBold(true);
			large.setFontHeightInPoints((short) 14);
			CellStyle title = workbook.createCellStyle();
			title.setFont(large);
			CellStyle amount = workbook.createCellStyle();
			amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			CellStyle rate = workbook.createCellStyle();
			rate.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			// every cell gets a style: a cell without one makes POI search the sheet's
			// column
			// definitions for a default, which costs more than writing the cell
			CellStyle text = workbook.createCellStyle();
			return new Styles(header, title, text, amount, rate, date);
		}

	}

	public int nextRow() {
		return this.next;
	}

	public SheetWriter skip() {
		this.next++;
		return this;
	}

	public SheetWriter title(String text) {
		Cell cell = this.sheet.createRow(this.next++).createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.title());
		return this;
	}

	public SheetWriter header(String... names) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(this.styles.header());
		}
		return this;
	}

	/** One row; {@code null} leaves the cell empty. */
	public SheetWriter row(@Nullable Object... values) {
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal amount) {
				// Excel stores numbers as doubles; the amount is exact up to here.
				cell.setCellValue(amount.doubleValue());
				cell.setCellStyle(this.styles.amount());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.longValue());
				cell.setCellStyle(this.styles.text());
			}
			else if (value instanceof Rate rate) {
				cell.setCellValue(rate.value());
				cell.setCellStyle(this.styles.rate());
			}
			else if (value instanceof LocalDate date) {
				cell.setCellValue(date);
				cell.setCellStyle(this.styles.date());
			}
			else if (value instanceof Boolean yes) {
				cell.setCellValue(yes ? "yes" : "no");
				cell.setCellStyle(this.styles.text());
			}
			else {
				cell.setCellValue(fit(value.toString()));
				cell.setCellStyle(this.styles.text());
			}
		}
		return this;
	}

	/**
	 * A text as a cell holds it: Excel's cells take 32,767 characters, and a rejected
	 * row's raw record may have 100,000 (rejects.csv has it whole).
	 */
	static String fit(String text) {
		int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
		if (text.length() <= max) {
			return text;
		}
		String note = " [cut: " + text.length() + " characters]";
		int end = max - note.length();
		return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + note;
	}

	/** Prints landscape, one page wide, so a summary prints as it reads on screen. */
	public SheetWriter printOnePageWide() {
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.setFitToPage(true);
		this.sheet.getPrintSetup().setFitWidth((short) 1);
		this.sheet.getPrintSetup().setFitHeight((short) 0);
		return this;
	}

	/**
	 * Fixes the workbook's document properties to the run: created and modified on the
	 * run date (midnight UTC), by ReturnScope, so that the same run renders the same
	 * workbook whenever it is rendered.
	 */
	public static void runProperties(POIXMLDocument workbook, LocalDate runDate, String title) {
		POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
		Optional<Date> date = Optional.of(Date.from(runDate.atStartOfDay(ZoneOffset.UTC).toInstant()));
		core.setCreated(date);
		core.setModified(date);
		core.setCreator("ReturnScope");
		core.setLastModifiedByUser("ReturnScope");
		core.setTitle(title);
	}

	/**
	 * Fixed column widths, in characters: streamed sheets cannot measure their content.
	 */
	public SheetWriter widths(int... characters) {
		for (int i = 0; i < characters.length; i++) {
			this.sheet.setColumnWidth(i, characters[i] * 256);
		}
		return this;
	}

}
