package com.returnscope.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet, streamed as the sheet's XML to a temporary file, for as many
 * rows as there are: nothing of a row is kept once written. {@link ReportWorkbook} puts
 * them under the rows the sheet holds in memory when it writes the file. Rows and cells
 * carry no reference (both are optional in the file format): they follow the rows above
 * and the cells before, an empty cell written as such.
 */
final class SheetBody {

	/** Excel's most characters in a cell. */
	static final int MAX_TEXT = 32_767;

	private final ReportStyles styles;

	private final Path file;

	private final Writer out;

	private long rows;

	SheetBody(ReportStyles styles) {
		this.styles = styles;
		try {
			this.file = Files.createTempFile("returnscope-sheet-", ".xml");
			this.out = new BufferedWriter(Files.newBufferedWriter(this.file, StandardCharsets.UTF_8), 1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary file for a sheet", ex);
		}
	}

	long rows() {
		return this.rows;
	}

	/** One row; {@code null} leaves a cell empty. */
	void row(@Nullable Object... values) {
		try {
			this.out.write("<row>");
			for (Object value : values) {
				if (value == null) {
					this.out.write("<c/>");
					continue;
				}
				Table.Value cell = Table.Value.of(this.styles, value);
				this.out.write("<c s=\"");
				this.out.write(Short.toString(cell.style().getIndex()));
				if (cell.number() != null) {
					this.out.write("\"><v>");
					this.out.write(cell.number());
					this.out.write("</v></c>");
				}
				else {
					this.out.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
					escape(cell.text());
					this.out.write("</t></is></c>");
				}
			}
			this.out.write("</row>");
			this.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write to " + this.file, ex);
		}
	}

	/**
	 * XML-escapes the text, leaving out what XML 1.0 cannot hold, at most Excel's length.
	 */
	private void escape(String text) throws IOException {
		int length = Math.min(text.length(), MAX_TEXT);
		int from = 0;
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF ? "" : null;
			};
			if (replacement != null) {
				this.out.write(text, from, i - from);
				this.out.write(replacement);
				from = i + 1;
			}
		}
		this.out.write(text, from, length - from);
	}

	/** The rows written, the file closed. */
	Path file() {
		try {
			this.out.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.file, ex);
		}
		return this.file;
	}

	void delete() {
		try {
			this.out.close();
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			// a temporary file left behind is no reason to fail the report
		}
	}

}
