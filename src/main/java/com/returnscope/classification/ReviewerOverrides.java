package com.returnscope.classification;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import com.returnscope.ingest.InputFileException;
import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's labels, by return id, from a CSV with the columns
 * {@code return_id, category, subreason, note}. They win over everything else. The file
 * is validated like the policy: one bad row stops the run, naming the line.
 */
public final class ReviewerOverrides {

	/** A reviewer's label and why it was given. */
	public record Override(Reason reason, String note) {
	}

	private static final List<String> COLUMNS = List.of("return_id", "category", "subreason", "note");

	private final Map<String, Override> byReturnId;

	private ReviewerOverrides(Map<String, Override> byReturnId) {
		this.byReturnId = Map.copyOf(byReturnId);
	}

	public static ReviewerOverrides none() {
		return new ReviewerOverrides(Map.of());
	}

	public static ReviewerOverrides load(Path file, Policy policy) {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new InputFileException(name + ": overrides file not found");
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		Map<String, Override> overrides = new HashMap<>();
		try (Reader reader = new InputStreamReader(
				BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = new HashMap<>();
			parser.getHeaderMap().forEach((column, index) -> header.put(column.trim().toLowerCase(Locale.ROOT), index));
			for (String column : COLUMNS) {
				if (!header.containsKey(column)) {
					throw new PolicyException("header", "missing column " + column).in(name);
				}
			}
			long line = parser.getCurrentLineNumber() + 1;
			for (CSVRecord record : parser) {
				String where = "line " + line;
				String returnId = value(record, header, "return_id");
				if (returnId.isEmpty()) {
					throw new PolicyException(where, "return_id is blank").in(name);
				}
				Override override = new Override(reason(record, header, policy, where, name),
						value(record, header, "note"));
				if (overrides.putIfAbsent(returnId, override) != null) {
					throw new PolicyException(where, "return " + returnId + " is overridden twice").in(name);
				}
				line = parser.getCurrentLineNumber() + 1;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + name, ex);
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw new PolicyException("", "not valid CSV: " + ex.getMessage()).in(name);
		}
		return new ReviewerOverrides(overrides);
	}

	private static Reason reason(CSVRecord record, Map<String, Integer> header, Policy policy, String where,
			String name) {
		String category = value(record, header, "category").toUpperCase(Locale.ROOT);
		String subreason = value(record, header, "subreason").toUpperCase(Locale.ROOT);
		if (Category.UNCLASSIFIED.name().equals(category) && subreason.isEmpty()) {
			return Reason.UNCLASSIFIED;
		}
		try {
			return policy.reason(category + "/" + subreason, where);
		}
		catch (PolicyException ex) {
			throw ex.in(name);
		}
	}

	private static String value(CSVRecord record, Map<String, Integer> header, String column) {
		int index = header.get(column);
		return (index < record.size()) ? record.get(index).trim() : "";
	}

	@Nullable Override find(String returnId) {
		return this.byReturnId.get(returnId);
	}

	/** Every label by return id, in return id order. */
	public SortedMap<String, Override> all() {
		return Collections.unmodifiableSortedMap(new TreeMap<>(this.byReturnId));
	}

	public int size() {
		return this.byReturnId.size();
	}

}
