package com.returnscope.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.returnscope.policy.PolicyException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of a reviewer's labels file, header first, as text: a CSV file, or one sheet
 * of a workbook (.xlsx), read as a stream so that a whole returns report can be passed
 * without loading its other sheets.
 */
final class LabelRows {

	/** One row's cells as text, and where it is, for errors. */
	record Row(List<String> values, String where) {

		/** The column's index in this header row, -1 when it has none. */
		int index(String column) {
			for (int i = 0; i < this.values.size(); i++) {
				if (this.values.get(i).trim().toLowerCase(Locale.ROOT).equals(column)) {
					return i;
				}
			}
			return -1;
		}

		/** The value of {@code column} (named in {@code header}), trimmed; "" if none. */
		String value(Row header, String column) {
			int index = header.index(column);
			return (index >= 0 && index < this.values.size()) ? this.values.get(index).trim() : "";
		}

	}

	private LabelRows() {
	}

	static List<Row> read(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? workbook(file) : csv(file);
	}

	private static List<Row> csv(Path file) {
		String name = file.toString();
		List<Row> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
			long line = 1;
			for (CSVRecord record : parser) {
				rows.add(new Row(record.toList(), "line " + line));
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw new PolicyException("", "not valid CSV: " + ex.getMessage()).in(name);
		}
		return rows;
	}

	/** The sheet named {@value ReviewerOverrides#SHEET}, else the first sheet. */
	private static List<Row> workbook(Path file) {
		String name = file.toString();
		try (OPCPackage xlsx = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(xlsx);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			List<Row> chosen = null;
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					String sheetName = sheets.getSheetName();
					if (chosen == null || sheetName.equals(ReviewerOverrides.SHEET)) {
						chosen = sheet(xlsx, reader.getStylesTable(), sheet, sheetName);
						if (sheetName.equals(ReviewerOverrides.SHEET)) {
							break;
						}
					}
				}
			}
			if (chosen == null) {
				throw new PolicyException("", "the workbook has no sheet").in(name);
			}
			return chosen;
		}
		catch (IOException | OpenXML4JException | SAXException | RuntimeException ex) {
			if (ex instanceof PolicyException policy) {
				throw policy;
			}
			throw new PolicyException("", "not a readable .xlsx workbook: " + ex.getMessage()).in(name);
		}
	}

	private static List<Row> sheet(OPCPackage xlsx, StylesTable styles, InputStream sheet, String sheetName)
			throws IOException, SAXException {
		List<Row> rows = new ArrayList<>();
		XSSFSheetXMLHandler.SheetContentsHandler cells = new XSSFSheetXMLHandler.SheetContentsHandler() {

			private List<String> values = new ArrayList<>();

			@Override
			public void startRow(int rowNum) {
				this.values = new ArrayList<>();
			}

			@Override
			public void endRow(int rowNum) {
				rows.add(new Row(this.values, "sheet " + sheetName + ", row " + (rowNum + 1)));
			}

			@Override
			public void cell(String reference, String formattedValue, XSSFComment comment) {
				// a cell may leave out its reference: it then follows the one before
				int column = (reference != null) ? new CellReference(reference).getCol() : this.values.size();
				while (this.values.size() < column) {
					this.values.add("");
				}
				this.values.add((formattedValue != null) ? formattedValue : "");
			}

		};
		try {
			XMLReader parser = SAXHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, new ReadOnlySharedStringsTable(xlsx), cells,
					new DataFormatter(Locale.ROOT), false));
			parser.parse(new InputSource(sheet));
		}
		catch (javax.xml.parsers.ParserConfigurationException ex) {
			throw new IllegalStateException("No XML parser", ex);
		}
		return rows;
	}

}
