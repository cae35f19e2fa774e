package com.returnscope.classification;

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
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's labels, by return id, from a CSV file with the columns
 * {@code return_id, category, subreason, note} (others are ignored), or from a workbook
 * whose sheet {@value #SHEET} (else its first sheet) has them in its first row: the
 * Unclassified sheet of returns-report.xlsx, filled in, or its CSV export. A row whose
 * category and subreason are both blank is one the reviewer has not labelled yet and is
 * skipped. The labels win over everything else. The file is validated like the policy:
 * one bad row stops the run, naming the line (the row, in a workbook).
 */
public final class ReviewerOverrides {

	/** A reviewer's label and why it was given. */
	public record Override(Reason reason, String note) {
	}

	/** The columns an overrides file must have, in the order the report writes them. */
	public static final List<String> COLUMNS = List.of("return_id", "category", "subreason", "note");

	/** The sheet of a workbook the labels are read from, when it has one of that name. */
	public static final String SHEET = "Unclassified";

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
		Map<String, Override> overrides = new HashMap<>();
		LabelRows.Row header = null;
		for (LabelRows.Row row : LabelRows.read(file)) {
			if (header == null) {
				header = row;
				for (String column : COLUMNS) {
					if (row.index(column) < 0) {
						throw new PolicyException("header", "missing column " + column).in(name);
					}
				}
				continue;
			}
			String returnId = row.value(header, "return_id");
			String category = row.value(header, "category");
			String subreason = row.value(header, "subreason");
			if (returnId.isEmpty() && category.isEmpty() && subreason.isEmpty()) {
				continue;
			}
			if (returnId.isEmpty()) {
				throw new PolicyException(row.where(), "return_id is blank").in(name);
			}
			if (category.isEmpty() && subreason.isEmpty()) {
				continue; // not labelled yet
			}
			Override override = new Override(reason(category, subreason, policy, row.where(), name),
					row.value(header, "note"));
			if (overrides.putIfAbsent(returnId, override) != null) {
				throw new PolicyException(row.where(), "return " + returnId + " is overridden twice").in(name);
			}
		}
		if (header == null) {
			throw new PolicyException("header", "missing: the file is empty").in(name);
		}
		return new ReviewerOverrides(overrides);
	}

	private static Reason reason(String categoryText, String subreasonText, Policy policy, String where, String name) {
		String category = categoryText.toUpperCase(Locale.ROOT);
		String subreason = subreasonText.toUpperCase(Locale.ROOT);
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
