package com.returnscope.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of one file's header as a layout reads them: names matched
 * case-insensitively after trimming, in any order, a layout's aliases standing for its
 * columns; columns the layout does not know are ignored.
 */
final class CsvHeader {

	private final Map<String, Integer> indexes;

	private final List<String> names;

	private CsvHeader(Map<String, Integer> indexes, List<String> names) {
		this.indexes = indexes;
		this.names = names;
	}

	/**
	 * Reads a header row for a layout; a known column given twice makes the file
	 * unusable. Required columns are checked by {@link #missing}.
	 */
	static CsvHeader of(String file, List<String> names, Layout<?> layout) {
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String column = layout.column(key(names.get(i)));
			if (column != null && indexes.putIfAbsent(key(column), i) != null) {
				throw new InputFileException(file + ": column " + column + " appears twice in the header");
			}
		}
		return new CsvHeader(indexes, List.copyOf(names));
	}

	/** The layout's required columns this header lacks, in the layout's order. */
	List<String> missing(Layout<?> layout) {
		List<String> missing = new ArrayList<>();
		for (String column : layout.required()) {
			if (!this.indexes.containsKey(key(column))) {
				missing.add(column);
			}
		}
		return missing;
	}

	/** How many of the layout's columns the header has. */
	int known() {
		return this.indexes.size();
	}

	@Nullable Integer index(String column) {
		return this.indexes.get(key(column));
	}

	int size() {
		return this.names.size();
	}

	/** The column's name as the file writes it, for messages. */
	String name(int index) {
		return (index < this.names.size()) ? this.names.get(index).trim() : "(field " + (index + 1) + ")";
	}

	/** A header name as compared: without a byte-order mark, trimmed, lower case. */
	static String key(String name) {
		return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
	}

}
