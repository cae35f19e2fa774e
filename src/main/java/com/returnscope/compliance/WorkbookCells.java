package com.returnscope.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.jspecify.annotations.Nullable;

/**
 * The cells of an .xlsx workbook as stored, sheet by sheet and row by row, read as a
 * stream so that a workbook of a million rows is compared in little memory. Each cell
 * comes with its kind (text, number, boolean, formula, error) and its stored value, not
 * its displayed one: a number is compared to the last digit (a date as its serial
 * number), and a text that looks like a formula is still text.
 */
final class WorkbookCells implements AutoCloseable {

	/** One stored cell, by its reference ("B7"). */
	record Cell(String ref, String kind, String value) {

		@Override
		public String toString() {
			return this.kind.equals("text") ? "\"" + this.value + "\"" : this.value;
		}

	}

	/** One stored row of a sheet; {@code number} counts from 1, as Excel shows it. */
	record Row(int sheetIndex, String sheet, int number, List<Cell> cells) {

		/** The text of the row's first cell in column A, or "". */
		String label() {
			return (!this.cells.isEmpty() && this.cells.get(0).ref().equals("A" + this.number)
					&& this.cells.get(0).kind().equals("text")) ? this.cells.get(0).value() : "";
		}

	}

	private static final XMLInputFactory XML = XMLInputFactory.newFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	private final OPCPackage workbook;

	private final @Nullable SharedStrings strings;

	private final XSSFReader.SheetIterator sheets;

	private int sheetIndex = -1;

	private int rowNumber;

	private String sheetName = "";

	private @Nullable InputStream sheetData;

	private @Nullable XMLStreamReader sheet;

	private WorkbookCells(OPCPackage workbook) throws IOException, OpenXML4JException {
		this.workbook = workbook;
		XSSFReader reader = new XSSFReader(workbook);
		this.strings = reader.getSharedStringsTable();
		this.sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
	}

	/** Opens the workbook for reading; throws IOException when it is not a workbook. */
	static WorkbookCells open(Path file) throws IOException {
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw new IOException(file.getFileName() + " is not a readable workbook: " + ex.getMessage(), ex);
		}
		try {
			return new WorkbookCells(workbook);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			workbook.revert();
			throw new IOException(file.getFileName() + " is not a readable workbook: " + ex.getMessage(), ex);
		}
	}

	/** The next stored row, of this sheet or the next, or null after the last. */
	@Nullable Row next() throws IOException {
		try {
			while (true) {
				if (this.sheet == null) {
					if (!this.sheets.hasNext()) {
						return null;
					}
					this.sheetData = this.sheets.next();
					this.sheetName = this.sheets.getSheetName();
					this.sheetIndex++;
					this.rowNumber = 0;
					this.sheet = XML.createXMLStreamReader(this.sheetData);
				}
				Row row = nextRow(this.sheet);
				if (row != null) {
					return row;
				}
				closeSheet();
			}
		}
		catch (XMLStreamException | RuntimeException ex) {
			throw new IOException("sheet " + this.sheetName + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private @Nullable Row nextRow(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
				// r is optional in OOXML: a row or cell without it follows the one before
				String r = xml.getAttributeValue(null, "r");
				int number = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
				this.rowNumber = number;
				List<Cell> cells = new ArrayList<>();
				int column = 0;
				while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row"))) {
					if (xml.isStartElement() && xml.getLocalName().equals("c")) {
						String ref = xml.getAttributeValue(null, "r");
						column = (ref != null) ? column(ref) : column + 1;
						Cell cell = cell(xml, (ref != null) ? ref : letters(column) + number);
						if (cell != null) {
							cells.add(cell);
						}
					}
				}
				return new Row(this.sheetIndex, this.sheetName, number, cells);
			}
		}
		return null;
	}

	/** Reads one {@code <c>} element up to its end; null for a cell without a value. */
	private @Nullable Cell cell(XMLStreamReader xml, String ref) throws XMLStreamException {
		String type = xml.getAttributeValue(null, "t");
		StringBuilder value = null;
		String formula = null;
		StringBuilder inline = null;
		while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c"))) {
			if (!xml.isStartElement()) {
				continue;
			}
			switch (xml.getLocalName()) {
				case "v" -> value = new StringBuilder(xml.getElementText());
				case "f" -> formula = xml.getElementText();
				case "t" -> {
					inline = (inline != null) ? inline : new StringBuilder();
					inline.append(xml.getElementText());
				}
				default -> {
				}
			}
		}
		if (formula != null) {
			return new Cell(ref, "formula", "=" + formula);
		}
		if (inline != null) {
			return new Cell(ref, "text", inline.toString());
		}
		if (value == null) {
			return null;
		}
		return switch ((type != null) ? type : "n") {
			case "s" -> new Cell(ref, "text", sharedString(Integer.parseInt(value.toString())));
			case "str" -> new Cell(ref, "text", value.toString());
			case "b" -> new Cell(ref, "boolean", value.toString().equals("1") ? "TRUE" : "FALSE");
			case "e" -> new Cell(ref, "error", value.toString());
			default -> new Cell(ref, "number", number(value.toString()));
		};
	}

	/** The column of a cell reference, counting from 1: "B7" is 2. */
	private static int column(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			column = column * 26 + (ref.charAt(i) - 'A' + 1);
		}
		return column;
	}

	/** The letters of a column counted from 1: 28 is "AB". */
	private static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int rest = column; rest > 0; rest = (rest - 1) / 26) {
			letters.insert(0, (char) ('A' + (rest - 1) % 26));
		}
		return letters.toString();
	}

	/** "6.0" and "6" are the same number, whichever program wrote it. */
	private static String number(String stored) {
		try {
			return new BigDecimal(stored).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return stored;
		}
	}

	private String sharedString(int index) {
		if (this.strings == null) {
			throw new IllegalStateException("a cell refers to shared string " + index + " but there are none");
		}
		return this.strings.getItemAt(index).getString();
	}

	private void closeSheet() throws XMLStreamException, IOException {
		if (this.sheet != null) {
			this.sheet.close();
			this.sheet = null;
		}
		if (this.sheetData != null) {
			this.sheetData.close();
			this.sheetData = null;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			closeSheet();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
		finally {
			this.workbook.revert(); // opened read-only: nothing to save
		}
	}

}
