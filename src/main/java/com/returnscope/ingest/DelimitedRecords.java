package com.returnscope.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.List;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The records of a delimited text file: comma-separated with RFC 4180 quoting, or, when
 * the header line holds a tab, tab-separated without quoting as Amazon writes its
 * reports. A byte-order mark sets the encoding, else the configured one is used.
 */
final class DelimitedRecords implements InputRecords {

	/** How much of the file is looked at to tell commas from tabs. */
	private static final int SNIFF = 64 * 1024;

	private final InputFile input;

	private final BufferedReader reader;

	private final DelimitedLexer lexer;

	private final List<String> header;

	private DelimitedRecords(InputFile input, BufferedReader reader, DelimitedLexer lexer, List<String> header) {
		this.input = input;
		this.reader = reader;
		this.lexer = lexer;
		this.header = header;
	}

	static DelimitedRecords open(InputFile input) {
		BufferedReader reader = null;
		try {
			BOMInputStream bom = BOMInputStream.builder()
				.setInputStream(Files.newInputStream(input.path()))
				.setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
				.get();
			Charset charset = bom.hasBOM() ? Charset.forName(bom.getBOMCharsetName()) : input.encoding();
			reader = new BufferedReader(new InputStreamReader(bom, charset), SNIFF);
			boolean tabs = firstLineHasTab(reader);
			DelimitedLexer lexer = new DelimitedLexer(reader, tabs ? '\t' : ',', !tabs);
			InputRecord header = lexer.next();
			if (header == null) {
				throw new InputFileException(input.name() + ": the file is empty; expected a header row");
			}
			if (header.defect() != null) {
				throw new InputFileException(input.name() + " line 1: not valid CSV (" + header.defect() + ")");
			}
			for (String name : header.values()) {
				if (name.indexOf('\uFFFD') >= 0 || name.indexOf('\u0000') >= 0) {
					throw new InputFileException(input.name() + ": not a CSV file in " + charset.name()
							+ " (its header is binary, or text in another encoding: set the file's encoding)");
				}
			}
			return new DelimitedRecords(input, reader, lexer, List.of(header.values()));
		}
		catch (IOException ex) {
			close(reader);
			throw new InputFileException(input.name() + ": cannot be read (" + ex.getMessage() + ")");
		}
		catch (RuntimeException ex) {
			close(reader);
			throw ex;
		}
	}

	private static boolean firstLineHasTab(BufferedReader reader) throws IOException {
		reader.mark(SNIFF);
		try {
			for (int i = 0; i < SNIFF; i++) {
				int c = reader.read();
				if (c == -1 || c == '\n' || c == '\r') {
					return false;
				}
				if (c == '\t') {
					return true;
				}
			}
			return false;
		}
		finally {
			reader.reset();
		}
	}

	@Override
	public List<String> header() {
		return this.header;
	}

	@Override
	public @Nullable InputRecord next() {
		try {
			return this.lexer.next();
		}
		catch (IOException ex) {
			throw new InputFileException(this.input.name() + ": cannot be read (" + ex.getMessage() + ")");
		}
	}

	@Override
	public String where(long line, int field) {
		return "";
	}

	@Override
	public void close() {
		close(this.reader);
	}

	private static void close(@Nullable BufferedReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (IOException ex) {
				// nothing was written: nothing to lose
			}
		}
	}

}
