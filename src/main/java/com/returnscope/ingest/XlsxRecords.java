package com.returnscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet of an .xlsx workbook, streamed: POI's event API (XSSFReader)
 * opens the package and hands over the sheet's XML, which is read here with a pull
 * parser, a row at a time, so that memory stays the same for a million rows (POI's SAX
 * handler pushes rows and would need a thread to be read from; XSSFWorkbook would hold
 * the whole sheet). Shared strings go to a temporary file ({@link SharedStringsFile}).
 * POI's zip-bomb and entry-size limits (ZipSecureFile's defaults) stay on: a workbook
 * that inflates beyond them is refused.
 * <p>
 * Cells become the text the row rules read: text as written, numbers as Excel holds them
 * (to its 15 significant digits: 16.149999999999999 is 16.15), numbers formatted as dates
 * as ISO dates (or date-times, when they have a time), booleans TRUE or FALSE. A cell
 * holding an error rejects its row, naming sheet and cell.
 */
final class XlsxRecords implements InputRecords {

	/** Excel keeps 15 significant digits and shows no more. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private final InputFile input;

	private final OPCPackage workbook;

	private final InputStream sheetData;

	private final XMLStreamReader sheet;

	private final String sheetName;

	private final SharedStringsFile strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private List<String> header = List.of();

	private long lastRow;

	private XlsxRecords(InputFile input, OPCPackage workbook, InputStream sheetData, XMLStreamReader sheet,
			String sheetName, SharedStringsFile strings, StylesTable styles, boolean date1904) {
		this.input = input;
		this.workbook = workbook;
		this.sheetData = sheetData;
		this.sheet = sheet;
		this.sheetName = sheetName;
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	static XlsxRecords open(InputFile input) {
		OPCPackage workbook = null;
		SharedStringsFile strings = null;
		try {
			workbook = OPCPackage.open(input.path().toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(workbook);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			List<String> names = new ArrayList<>();
			InputStream chosen = null;
			String chosenName = null;
			while (sheets.hasNext() && chosen == null) {
				InputStream data = sheets.next();
				String name = sheets.getSheetName();
				names.add(name);
				if (input.sheet() == null || input.sheet().equals(name)) {
					chosen = data;
					chosenName = name;
				}
				else {
					data.close();
				}
			}
			if (chosen == null) {
				throw new InputFileException(input.name() + ": "
						+ ((input.sheet() != null)
								? "no sheet named '" + input.sheet() + "' (sheets: " + String.join(", ", names) + ")"
								: "the workbook has no sheet"));
			}
			strings = SharedStringsFile.read(sharedStrings(reader));
			XlsxRecords records = new XlsxRecords(input, workbook, chosen,
					XMLHelper.newXMLInputFactory().createXMLStreamReader(chosen), chosenName, strings,
					reader.getStylesTable(), date1904(reader));
			records.header = records.readHeader();
			return records;
		}
		catch (InputFileException ex) {
			close(workbook, strings);
			throw ex;
		}
		catch (Exception ex) {
			close(workbook, strings);
			throw unreadable(input, ex);
		}
	}

	private static @Nullable InputStream sharedStrings(XSSFReader reader) {
		try {
			return reader.getSharedStringsData();
		}
		catch (Exception ex) {
			return null; // a workbook without texts has no shared-strings part
		}
	}

	/**
	 * Whether the workbook counts its dates from 1904 (old Mac Excel) rather than 1900.
	 */
	private static boolean date1904(XSSFReader reader) throws Exception {
		try (InputStream data = reader.getWorkbookData()) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
					String value = xml.getAttributeValue(null, "date1904");
					return "1".equals(value) || "true".equals(value);
				}
			}
			return false;
		}
	}

	/**
	 * The file cannot be read as a workbook; the innermost cause says why (a parser
	 * reports POI's zip-bomb refusal as a parse error).
	 */
	private static InputFileException unreadable(InputFile input, Exception ex) {
		Throwable cause = ex;
		while (true) {
			Throwable next = (cause instanceof XMLStreamException xml && xml.getNestedException() != null)
					? xml.getNestedException() : cause.getCause();
			if (next == null || next == cause) {
				break;
			}
			cause = next;
		}
		String message = (cause.getMessage() != null) ? cause.getMessage().lines().findFirst().orElse("").trim() : "";
		return new InputFileException(input.name() + ": not a readable Excel workbook ("
				+ (message.isEmpty() ? cause.getClass().getSimpleName() : message) + ")");
	}

	/** The first row with a value is the header; trailing blank cells are no columns. */
	private List<String> readHeader() throws XMLStreamException {
		Row row;
		while ((row = row()) != null) {
			List<String> names = new ArrayList<>();
			for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
				while (names.size() < cell.getKey()) {
					names.add("");
				}
				names.add(cell.getValue());
			}
			while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
				names.remove(names.size() - 1);
			}
			if (!names.isEmpty()) {
				return List.copyOf(names);
			}
		}
		throw new InputFileException(
				this.input.name() + ": sheet '" + this.sheetName + "' is empty; expected a header row");
	}

	@Override
	public List<String> header() {
		return this.header;
	}

	@Override
	public @Nullable String sheet() {
		return this.sheetName;
	}

	@Override
	public @Nullable InputRecord next() {
		try {
			Row row = row();
			if (row == null) {
				return null;
			}
			String[] values = new String[this.header.size()];
			Arrays.fill(values, "");
			String defect = row.defect();
			int defectField = row.defectField();
			boolean blank = true;
			for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
				if (cell.getValue().isBlank()) {
					continue;
				}
				blank = false;
				if (cell.getKey() < values.length) {
					values[cell.getKey()] = cell.getValue();
				}
				else if (defect == null) {
					defect = "a value beyond the header's last column";
					defectField = cell.getKey();
				}
			}
			if (blank && defect == null) {
				return new InputRecord(row.number(), new String[] { "" });
			}
			return new InputRecord(row.number(), values, defect, defectField);
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof InputFileException fileException) {
				throw fileException;
			}
			throw unreadable(this.input, ex);
		}
	}

	/**
	 * A row's cells by column, and the first error a cell holds.
	 *
	 * @param number the row's number as Excel shows it
	 */
	private record Row(long number, Map<Integer, String> cells, @Nullable String defect, int defectField) {
	}

	private @Nullable Row row() throws XMLStreamException {
		while (this.sheet.hasNext()) {
			if (this.sheet.next() == XMLStreamConstants.START_ELEMENT && this.sheet.getLocalName().equals("row")) {
				String r = this.sheet.getAttributeValue(null, "r");
				long number = (r != null) ? Long.parseLong(r) : this.lastRow + 1;
				this.lastRow = number;
				return cells(number);
			}
		}
		return null;
	}

	private Row cells(long number) throws XMLStreamException {
		Map<Integer, String> cells = new TreeMap<>();
		String defect = null;
		int defectField = -1;
		int column = -1;
		while (this.sheet.hasNext()) {
			int event = this.sheet.next();
			if (event == XMLStreamConstants.END_ELEMENT && this.sheet.getLocalName().equals("row")) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT || !this.sheet.getLocalName().equals("c")) {
				continue;
			}
			String ref = this.sheet.getAttributeValue(null, "r");
			column = (ref != null) ? column(ref) : column + 1;
			String type = this.sheet.getAttributeValue(null, "t");
			String style = this.sheet.getAttributeValue(null, "s");
			String raw = cellText();
			if ("e".equals(type)) {
				if (defect == null) {
					defect = "the cell holds the error " + raw;
					defectField = column;
				}
				continue;
			}
			String value = value(type, style, raw);
			if (value == null && defect == null) {
				defect = "the cell refers to shared string " + raw + ", which the workbook lacks";
				defectField = column;
			}
			cells.put(column, (value != null) ? value : "");
		}
		return new Row(number, cells, defect, defectField);
	}

	/** The column of a cell reference: "C5" is 2 (the letters, base 26, A = 1). */
	private static int column(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
		}
		return column - 1;
	}

	/** The text of a cell's value ({@code <v>}) or inline string ({@code <is>}). */
	private String cellText() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		boolean phonetic = false;
		while (this.sheet.hasNext()) {
			int event = this.sheet.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				String name = this.sheet.getLocalName();
				if (name.equals("c")) {
					break;
				}
				if (name.equals("rPh")) {
					phonetic = false;
				}
			}
			else if (event == XMLStreamConstants.START_ELEMENT) {
				String name = this.sheet.getLocalName();
				if (name.equals("rPh")) {
					phonetic = true;
				}
				else if (name.equals("v") || (name.equals("t") && !phonetic)) {
					text.append(this.sheet.getElementText());
				}
				else if (name.equals("f")) {
					this.sheet.getElementText(); // the formula: its cached value is what
													// counts
				}
			}
		}
		return text.toString();
	}

	private @Nullable String value(@Nullable String type, @Nullable String style, String raw) {
		if (type == null || type.equals("n")) {
			return raw.isEmpty() ? "" : number(raw, style);
		}
		return switch (type) {
			case "s" -> this.strings.get(Integer.parseInt(raw.trim()));
			case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
			default -> raw; // inlineStr, str (a formula's text), d (an ISO date)
		};
	}

	private String number(String raw, @Nullable String style) {
		if (style != null && isDate(Integer.parseInt(style))) {
			double serial = Double.parseDouble(raw);
			if (DateUtil.isValidExcelDate(serial)) {
				LocalDateTime time = DateUtil.getLocalDateTime(serial, this.date1904, true);
				return (time.toLocalTime().toSecondOfDay() == 0) ? time.toLocalDate().toString() : time.toString();
			}
		}
		return new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
	}

	private boolean isDate(int style) {
		return this.dateStyles.computeIfAbsent(style, (index) -> {
			XSSFCellStyle cellStyle = this.styles.getStyleAt(index);
			return cellStyle != null
					&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	@Override
	public String where(long line, int field) {
		return "sheet '" + this.sheetName + "' "
				+ ((field >= 0) ? "cell " + CellReference.convertNumToColString(field) + line : "row " + line) + ": ";
	}

	@Override
	public void close() {
		try {
			this.sheet.close();
			this.sheetData.close();
		}
		catch (XMLStreamException | IOException ex) {
			// read only: nothing to lose
		}
		close(this.workbook, this.strings);
	}

	private static void close(@Nullable OPCPackage workbook, @Nullable SharedStringsFile strings) {
		if (strings != null) {
			strings.close();
		}
		if (workbook != null) {
			workbook.revert(); // opened read-only: close without saving
		}
	}

}
