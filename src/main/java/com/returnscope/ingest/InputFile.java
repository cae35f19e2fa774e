package com.returnscope.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * An input file as the run reads it.
 *
 * @param path where it is
 * @param encoding its encoding when it has no byte-order mark
 */
public record InputFile(Path path, Charset encoding) {

	/** The name printed in rejects.csv, messages and the manifest. */
	public String name() {
		return this.path.getFileName().toString();
	}

}
