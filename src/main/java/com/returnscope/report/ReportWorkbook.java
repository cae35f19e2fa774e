package com.returnscope.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The managers' workbook: every sheet's titles, summaries and settings in memory (so that
 * a summary can sit above rows added up while they streamed, and the Overview can carry
 * charts), and each long table's rows streamed to a {@link SheetBody}. Writing puts each
 * body under its sheet's rows in the file, so no row of a body is ever held in memory.
 * Temporary files are always removed.
 */
final class ReportWorkbook implements AutoCloseable {

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final ReportStyles styles = ReportStyles.of(this.workbook);

	private final Map<XSSFSheet, SheetBody> bodies = new LinkedHashMap<>();

	XSSFWorkbook workbook() {
		return this.workbook;
	}

	ReportStyles styles() {
		return this.styles;
	}

	XSSFSheet sheet(String name) {
		return this.workbook.createSheet(name);
	}

	/** A body for the sheet's rows below those in memory. */
	SheetBody body(XSSFSheet sheet) {
		SheetBody body = new SheetBody(this.styles);
		this.bodies.put(sheet, body);
		return body;
	}

	void write(Path file) {
		Map<String, SheetBody> byPart = new LinkedHashMap<>();
		this.bodies
			.forEach((sheet, body) -> byPart.put(sheet.getPackagePart().getPartName().getName().substring(1), body));
		try (ByteArrayOutputStream template = new ByteArrayOutputStream()) {
			this.workbook.write(template);
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template.toByteArray()));
					ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
				// the fastest compression: the streamed rows are most of the file
				out.setLevel(Deflater.BEST_SPEED);
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					out.putNextEntry(new ZipEntry(entry.getName()));
					SheetBody body = byPart.get(entry.getName());
					if (body != null) {
						sheet(new String(in.readAllBytes(), StandardCharsets.UTF_8), body, out);
					}
					else {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	/** The sheet's XML with the body's rows after the rows in memory. */
	private static void sheet(String xml, SheetBody body, OutputStream out) throws IOException {
		// the used range is optional, and the one written counts the rows in memory only
		String sheet = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
		int end = sheet.indexOf("</sheetData>");
		String head;
		String tail;
		if (end >= 0) {
			head = sheet.substring(0, end);
			tail = sheet.substring(end);
		}
		else {
			int empty = sheet.indexOf("<sheetData/>");
			head = sheet.substring(0, empty) + "<sheetData>";
			tail = "</sheetData>" + sheet.substring(empty + "<sheetData/>".length());
		}
		out.write(head.getBytes(StandardCharsets.UTF_8));
		Files.copy(body.file(), out);
		out.write(tail.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.bodies.values().forEach(SheetBody::delete);
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close a workbook", ex);
		}
	}

}
