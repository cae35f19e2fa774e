package com.returnscope.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Writes one sheet of the managers' workbook top to bottom: titles, notes, section heads
 * and tables whose cells are typed by their values, so that numbers stay numbers (a
 * count, an amount, a rate) and dates stay dates. Also sets the sheet up as a manager
 * expects it: header frozen and filtered, highlights, printing landscape one page wide
 * with the header on every page.
 */
final class Table {

	/** A change relative to the previous period, shown as +12.5 %. */
	record Change(double value) {
	}

	/** A change of a rate, in percentage points. */
	record Points(double value) {
	}

	/** A rate, shown as a percentage. */
	record Percent(double value) {
	}

	/** A decimal between 0 and 1, such as a confidence, shown as 0.85. */
	record Decimal(BigDecimal value) {
	}

	/** Text that wraps within its column. */
	record Wrapped(String text) {
	}

	/** The colours of a highlight: fill and font. */
	enum Highlight {

		BREACH("FFC7CE", "9C0006"), WARNING("FFEB9C", "9C5700"), GOOD("C6EFCE", "006100");

		private final String fill;

		private final String font;

		Highlight(String fill, String font) {
			this.fill = fill;
			this.font = font;
		}

	}

	private final Sheet sheet;

	private final ReportStyles styles;

	private int next;

	private int headerRow = -1;

	private int columns;

	private int[] widths = {};

	private @Nullable SheetBody body;

	Table(Sheet sheet, ReportStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	Sheet sheet() {
		return this.sheet;
	}

	/** The index of the next row to be written. */
	int next() {
		return this.next;
	}

	/** The row of the last header written. */
	int headerRow() {
		return this.headerRow;
	}

	Table skip() {
		this.next++;
		return this;
	}

	Table title(String text) {
		return single(text, this.styles.title());
	}

	/**
	 * A line or two under the title, across the sheet's columns, so that a long one wraps
	 * instead of widening the printed page.
	 */
	Table subtitle(String text) {
		int characters = 0;
		for (int width : this.widths) {
			characters += width;
		}
		return (this.widths.length < 2) ? single(text, this.styles.subtitle())
				: note(text, this.widths.length, Math.max(characters, 40));
	}

	Table section(String text) {
		return single(text, this.styles.section());
	}

	/**
	 * A note of several lines across {@code columns} columns of {@code characters}
	 * characters in all.
	 */
	Table note(String text, int columns, int characters) {
		Row row = this.sheet.createRow(this.next);
		Cell cell = row.createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.note());
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(this.next, this.next, 0, columns - 1));
		}
		int lines = 0;
		for (String paragraph : text.split("\n")) {
			lines += Math.max(1, (paragraph.length() + characters - 1) / characters);
		}
		row.setHeightInPoints(lines * 12.5f + 2);
		this.next++;
		return this;
	}

	Table header(String... names) {
		Row row = this.sheet.createRow(this.next);
		for (int i = 0; i < names.length; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(this.styles.header());
		}
		// a name wider than its column wraps: make room for its lines
		int lines = 1;
		for (int i = 0; i < names.length && i < this.widths.length; i++) {
			lines = Math.max(lines, (names[i].length() + this.widths[i] - 1) / Math.max(1, this.widths[i]));
		}
		row.setHeightInPoints(Math.min(lines, 3) * 12.75f + 2);
		this.headerRow = this.next++;
		this.columns = names.length;
		return this;
	}

	/**
	 * A value as a cell holds it: a number (in its exact decimal text) or a text, and the
	 * style it is shown in. The same for cells in memory and for streamed rows.
	 */
	record Value(CellStyle style, @Nullable String number, String text) {

		/** The serial number of 1900-01-01 minus one: Excel's day 0 for modern dates. */
		private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

		static Value of(ReportStyles styles, Object value) {
			if (value instanceof BigDecimal amount) {
				return number(styles.amount(), amount.toPlainString());
			}
			if (value instanceof Long || value instanceof Integer) {
				return number(styles.count(), value.toString());
			}
			if (value instanceof Percent percent) {
				return number(styles.rate(), Double.toString(percent.value()));
			}
			if (value instanceof Change change) {
				return number(styles.change(), Double.toString(change.value()));
			}
			if (value instanceof Points points) {
				return number(styles.points(), Double.toString(points.value()));
			}
			if (value instanceof LocalDate date) {
				return number(styles.date(), Long.toString(ChronoUnit.DAYS.between(EPOCH, date)));
			}
			if (value instanceof YearMonth month) {
				return number(styles.month(), Long.toString(ChronoUnit.DAYS.between(EPOCH, month.atDay(1))));
			}
			if (value instanceof Decimal decimal) {
				return number(styles.decimal(), decimal.value().toPlainString());
			}
			if (value instanceof Boolean yes) {
				return new Value(styles.text(), null, yes ? "yes" : "");
			}
			if (value instanceof Wrapped wrapped) {
				return new Value(styles.wrap(), null, wrapped.text());
			}
			return new Value(styles.text(), null, value.toString());
		}

		private static Value number(CellStyle style, String number) {
			return new Value(style, number, number);
		}

		void set(Cell cell) {
			cell.setCellStyle(this.style);
			if (this.number != null) {
				cell.setCellValue(Double.parseDouble(this.number));
			}
			else {
				cell.setCellValue(this.text);
			}
		}

	}

	/** One row; {@code null} leaves a cell empty. */
	Table row(@Nullable Object... values) {
		if (this.body != null) {
			this.body.row(values);
			this.next++;
			return this;
		}
		Row row = this.sheet.createRow(this.next++);
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				Value.of(this.styles, values[i]).set(row.createCell(i));
			}
		}
		return this;
	}

	/** A label in bold, then values. */
	Table labelled(String label, @Nullable Object... values) {
		Object[] all = new Object[values.length + 1];
		all[0] = label;
		System.arraycopy(values, 0, all, 1, values.length);
		row(all);
		if (this.body == null) {
			this.sheet.getRow(this.next - 1).getCell(0).setCellStyle(this.styles.label());
		}
		return this;
	}

	/**
	 * From here on the rows are streamed to {@code body}, which the workbook puts under
	 * the rows written so far.
	 */
	Table stream(SheetBody body) {
		this.body = body;
		return this;
	}

	/** Puts rows streamed before the head was written under it. */
	Table append(SheetBody body) {
		this.body = body;
		this.next += body.rows();
		return this;
	}

	private Table single(String text, CellStyle style) {
		Cell cell = this.sheet.createRow(this.next++).createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		return this;
	}

	/** Column widths, in characters. */
	Table widths(int... characters) {
		this.widths = characters.clone();
		for (int i = 0; i < characters.length; i++) {
			this.sheet.setColumnWidth(i, characters[i] * 256 + 200);
		}
		return this;
	}

	/**
	 * Freezes the rows down to the last header and {@code columns} columns, filters the
	 * table under that header, and prints the sheet landscape, one page wide, with the
	 * header row on every page. Call when the table's last row is written.
	 */
	Table finish(int columns) {
		this.sheet.createFreezePane(columns, this.headerRow + 1);
		if (this.next > this.headerRow + 1) {
			this.sheet.setAutoFilter(new CellRangeAddress(this.headerRow, this.next - 1, 0, this.columns - 1));
		}
		this.sheet.setRepeatingRows(new CellRangeAddress(this.headerRow, this.headerRow, -1, -1));
		return printed().printArea(Math.max(this.columns, this.widths.length));
	}

	/**
	 * Prints the table's columns only: text running over into empty cells on the right
	 * would otherwise widen the page and shrink everything on it.
	 */
	Table printArea(int columns) {
		this.sheet.getWorkbook()
			.setPrintArea(this.sheet.getWorkbook().getSheetIndex(this.sheet), 0, columns - 1, 0,
					Math.max(0, this.next - 1));
		return this;
	}

	/**
	 * Prints a list too wide for one page across as many pages as it takes, landscape,
	 * the header row and the first {@code columns} columns repeated on every page.
	 */
	Table printedAcross(int columns) {
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.setFitToPage(false);
		this.sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, columns - 1));
		return printArea(this.columns);
	}

	/** Prints landscape, one page wide, as many pages long as it takes. */
	Table printed() {
		this.sheet.getPrintSetup().setLandscape(true);
		this.sheet.setFitToPage(true);
		this.sheet.getPrintSetup().setFitWidth((short) 1);
		this.sheet.getPrintSetup().setFitHeight((short) 0);
		this.sheet.setHorizontallyCenter(false);
		return this;
	}

	/**
	 * Highlights the rows of the table under the last header, from {@code first} to the
	 * last row written, where {@code formula} holds for the row's first cell (relative
	 * references written for row {@code first}).
	 */
	Table highlight(int first, String formula, Highlight highlight) {
		return highlight(first, 0, this.columns - 1, formula, highlight);
	}

	/** Highlights cells of columns {@code from} to {@code to} where the formula holds. */
	Table highlight(int first, int from, int to, String formula, Highlight highlight) {
		if (this.next <= first) {
			return this;
		}
		SheetConditionalFormatting formatting = this.sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
		colour(rule, highlight);
		formatting.addConditionalFormatting(
				new CellRangeAddress[] { new CellRangeAddress(first, this.next - 1, from, to) }, rule);
		return this;
	}

	/** Highlights cells of one column whose value is less than {@code limit}. */
	Table below(int first, int column, String limit, Highlight highlight) {
		if (this.next <= first) {
			return this;
		}
		SheetConditionalFormatting formatting = this.sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.LT, limit);
		colour(rule, highlight);
		formatting.addConditionalFormatting(
				new CellRangeAddress[] { new CellRangeAddress(first, this.next - 1, column, column) }, rule);
		return this;
	}

	private static void colour(ConditionalFormattingRule rule, Highlight highlight) {
		PatternFormatting fill = rule.createPatternFormatting();
		fill.setFillBackgroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(hex(highlight.fill)));
		fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
		FontFormatting font = rule.createFontFormatting();
		font.setFontColor(new org.apache.poi.xssf.usermodel.XSSFColor(hex(highlight.font)));
	}

	private static byte[] hex(String rgb) {
		byte[] bytes = new byte[3];
		for (int i = 0; i < 3; i++) {
			bytes[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

	/** The column letter of a column index: 0 is A. */
	static String column(int index) {
		return CellReference.convertNumToColString(index);
	}

}
