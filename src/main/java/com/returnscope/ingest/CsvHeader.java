package com.returnscope.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of one file's header, matched case-insensitively after trimming, in any
 * order; columns the contract does not know are ignored.
 */
final class CsvHeader {

	private final Map<String, Integer> indexes;

	private final List<String> names;

	private CsvHeader(Map<String, Integer> indexes, List<String> names) {
		this.indexes = indexes;
		this.names = names;
	}

	/**
	 * Reads a header row; a required column that is missing, or a known column given
	 * twice, makes the file unusable.
	 */
	static CsvHeader of(String file, List<String> names, List<String> known, List<String> required) {
		Map<String, Integer> indexes = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
			if (known.contains(name) && indexes.putIfAbsent(name, i) != null) {
				throw new InputFileException(file + ": column " + name + " appears twice in the header");
			}
		}
		for (String column : required) {
			if (!indexes.containsKey(column)) {
				throw new InputFileException(file + ": required column " + column + " is missing from the header");
			}
		}
		return new CsvHeader(indexes, List.copyOf(names));
	}

	@Nullable Integer index(String column) {
		return this.indexes.get(column);
	}

	int size() {
		return this.names.size();
	}

	/** The column's name as the file writes it, for messages. */
	String name(int index) {
		return (index < this.names.size()) ? this.names.get(index).trim() : "(field " + (index + 1) + ")";
	}

}
