package com.returnscope.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * An input file as the run reads it.
 *
 * @param path where it is
 * @param encoding its encoding when it is text without a byte-order mark
 * @param layout the layout named on the command line, null to tell it from the header
 * @param sheet the sheet to read when it is a workbook, null for the first
 */
public record InputFile(Path path, Charset encoding, @Nullable String layout, @Nullable String sheet) {

	/** A file in the layout its header shows; a workbook's first sheet. */
	public InputFile(Path path, Charset encoding) {
		this(path, encoding, null, null);
	}

	/** The name printed in rejects.csv, messages and the manifest. */
	public String name() {
		return this.path.getFileName().toString();
	}

}
