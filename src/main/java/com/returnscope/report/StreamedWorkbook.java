package com.returnscope.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook whose first sheet is held in memory (so it can carry charts and be filled
 * last, from totals) and whose other sheets are streamed to disk row by row (so they can
 * be as long as the data). Temporary files are always removed.
 */
public final class StreamedWorkbook {

	/**
	 * Fills the workbook: streamed sheets from {@code workbook}, then the first sheet.
	 */
	@FunctionalInterface
	public interface Content {

		void fill(SXSSFWorkbook workbook, XSSFSheet first, SheetWriter.Styles styles);

	}

	/** Rows a streamed sheet keeps in memory before flushing them to disk. */
	private static final int WINDOW = 200;

	private StreamedWorkbook() {
	}

	private static void close(SXSSFWorkbook workbook) {
		try {
			workbook.close(); // also deletes the temporary files of the streamed sheets
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close a streamed workbook", ex);
		}
	}

	public static void write(Path file, String firstSheet, Content content) {
		XSSFWorkbook inMemory = new XSSFWorkbook();
		XSSFSheet first = inMemory.createSheet(firstSheet);
		SXSSFWorkbook workbook = new SXSSFWorkbook(inMemory, WINDOW);
		try (OutputStream out = Files.newOutputStream(file)) {
			content.fill(workbook, first, SheetWriter.Styles.of(workbook));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
		finally {
			close(workbook);
		}
	}

}
