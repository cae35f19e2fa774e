package com.returnscope.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.jspecify.annotations.Nullable;

/**
 * The managers' workbook's cell styles, made once per workbook: a title, section heads,
 * table headers, and one style per kind of value (counts with thousands separators,
 * amounts, rates, changes, dates, months, confidences, wrapped text, notes).
 */
record ReportStyles(CellStyle title, CellStyle subtitle, CellStyle section, CellStyle header, CellStyle text,
		CellStyle wrap, CellStyle note, CellStyle count, CellStyle amount, CellStyle rate, CellStyle change,
		CellStyle points, CellStyle date, CellStyle month, CellStyle decimal, CellStyle label) {

	/** The workbook's dark blue: headers, titles and the first chart series. */
	static final byte[] BLUE = { 0x1F, 0x4E, 0x79 };

	static ReportStyles of(Workbook workbook) {
		XSSFFont titleFont = font(workbook, 16, true, BLUE);
		XSSFFont sectionFont = font(workbook, 12, true, BLUE);
		XSSFFont headerFont = font(workbook, 10, true, new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF });
		XSSFFont greyFont = font(workbook, 9, false, new byte[] { 0x59, 0x59, 0x59 });
		greyFont.setItalic(true);
		XSSFFont boldFont = font(workbook, 10, true, null);
		CellStyle title = style(workbook, null);
		title.setFont(titleFont);
		CellStyle subtitle = style(workbook, null);
		subtitle.setFont(greyFont);
		CellStyle section = style(workbook, null);
		section.setFont(sectionFont);
		section.setBorderBottom(BorderStyle.MEDIUM);
		((XSSFCellStyle) section).setBottomBorderColor(new XSSFColor(BLUE));
		XSSFCellStyle header = (XSSFCellStyle) style(workbook, null);
		header.setFont(headerFont);
		header.setFillForegroundColor(new XSSFColor(BLUE));
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		CellStyle wrap = style(workbook, null);
		wrap.setWrapText(true);
		wrap.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle note = style(workbook, null);
		note.setFont(greyFont);
		note.setWrapText(true);
		note.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle label = style(workbook, null);
		label.setFont(boldFont);
		CellStyle month = style(workbook, "mmm yyyy");
		month.setAlignment(HorizontalAlignment.LEFT);
		return new ReportStyles(title, subtitle, section, header, style(workbook, null), wrap, note,
				style(workbook, "#,##0"), style(workbook, "#,##0.00"), style(workbook, "0.0%"),
				style(workbook, "+0.0%;-0.0%;0.0%"), style(workbook, "+0.0\" pp\";-0.0\" pp\";0.0\" pp\""),
				style(workbook, "yyyy-mm-dd"), month, style(workbook, "0.00##"), label);
	}

	private static CellStyle style(Workbook workbook, @Nullable String format) {
		CellStyle style = workbook.createCellStyle();
		if (format != null) {
			style.setDataFormat(workbook.createDataFormat().getFormat(format));
		}
		return style;
	}

	private static XSSFFont font(Workbook workbook, int points, boolean bold, byte @Nullable [] colour) {
		Font font = workbook.createFont();
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		if (colour != null) {
			((XSSFFont) font).setColor(new XSSFColor(colour));
		}
		return (XSSFFont) font;
	}

}
