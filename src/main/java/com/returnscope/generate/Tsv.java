package com.returnscope.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The generator's word lists: tab-separated resources beside this class, # comments. */
final class Tsv {

	private Tsv() {
	}

	static List<String[]> read(String name, int columns) {
		InputStream in = Tsv.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("resource " + name + " is missing from the build");
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length != columns) {
					throw new IllegalStateException(name + ": expected " + columns + " columns in '" + line + "'");
				}
				rows.add(fields);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	static List<String> split(String values) {
		return List.of(values.split("\\|"));
	}

}
