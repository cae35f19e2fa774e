package com.returnscope.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The records of one input file, whatever its kind: delimited text (CSV, or Amazon's
 * tab-separated reports) or an Excel workbook's sheet. The kind is told by the file's
 * first bytes, not its name: an .xlsx is a zip archive.
 */
interface InputRecords extends Closeable {

	/** The header's names, as written. */
	List<String> header();

	/** The next record after the header, or null at the end of the file. */
	@Nullable InputRecord next();

	/**
	 * Where a value is, for a message that already names the file, line and column: ""
	 * for delimited text, "sheet 'Orders' cell C5: " for a workbook.
	 */
	String where(long line, int field);

	/** The sheet read, null for delimited text. */
	default @Nullable String sheet() {
		return null;
	}

	@Override
	void close();

	/** Opens the file and reads its header; an unusable file stops the run, naming it. */
	static InputRecords open(InputFile input) {
		byte[] start = start(input);
		if (startsWith(start, 'P', 'K', 3, 4)) {
			return XlsxRecords.open(input);
		}
		if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new InputFileException(
					input.name() + ": an Excel 97-2003 workbook (.xls) cannot be read; " + "save it as .xlsx or CSV");
		}
		return DelimitedRecords.open(input);
	}

	private static byte[] start(InputFile input) {
		try (InputStream in = Files.newInputStream(input.path())) {
			return in.readNBytes(4);
		}
		catch (NoSuchFileException ex) {
			throw new InputFileException(input.name() + ": file not found at " + input.path());
		}
		catch (IOException ex) {
			throw new InputFileException(input.name() + ": cannot be read (" + ex.getMessage() + ")");
		}
	}

	private static boolean startsWith(byte[] bytes, int... signature) {
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
