package com.returnscope.compliance;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Compares a recorded output with the one recomputed from the same inputs and policy, and
 * says exactly where they differ: CSV files record by record and field by field,
 * workbooks cell by cell. Both are read as streams, in file order, so that large runs
 * compare in little memory.
 */
final class OutputComparison {

	private OutputComparison() {
	}

	/**
	 * Compares two CSV files whose records are identified by {@code key} columns, but for
	 * the {@code ignored} columns; stops at the first record where the keys differ
	 * (everything after it is shifted).
	 */
	static void csv(String name, Path recorded, Path recomputed, List<String> key, Set<String> ignored,
			Differences differences) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader recordedText = Files.newBufferedReader(recorded, StandardCharsets.UTF_8);
				Reader recomputedText = Files.newBufferedReader(recomputed, StandardCharsets.UTF_8);
				CSVParser was = CSVParser.parse(recordedText, format);
				CSVParser is = CSVParser.parse(recomputedText, format)) {
			if (!was.getHeaderNames().equals(is.getHeaderNames())) {
				differences.add(name,
						"columns recorded " + was.getHeaderNames() + ", recomputed " + is.getHeaderNames());
				return;
			}
			Iterator<CSVRecord> wasRecords = was.iterator();
			Iterator<CSVRecord> isRecords = is.iterator();
			for (long number = 1;; number++) {
				CSVRecord a = wasRecords.hasNext() ? wasRecords.next() : null;
				CSVRecord b = isRecords.hasNext() ? isRecords.next() : null;
				if (a == null && b == null) {
					return;
				}
				if (a == null || b == null) {
					long more = 1 + count((a != null) ? wasRecords : isRecords);
					differences.add(name, ((a != null) ? "recorded" : "recomputed") + " has " + more
							+ " more records from record " + number + " (" + key(key, (a != null) ? a : b) + ")");
					return;
				}
				if (!key(key, a).equals(key(key, b))) {
					differences.add(name, "record " + number + " is " + key(key, a) + " as recorded but " + key(key, b)
							+ " recomputed; the files differ from here on");
					return;
				}
				for (String column : was.getHeaderNames()) {
					if (!ignored.contains(column) && !Objects.equals(a.get(column), b.get(column))) {
						differences.add(name, key(key, a) + ": " + column + " recorded '" + a.get(column)
								+ "', recomputed '" + b.get(column) + "'");
					}
				}
			}
		}
	}

	private static long count(Iterator<CSVRecord> records) {
		long count = 0;
		for (; records.hasNext(); records.next()) {
			count++;
		}
		return count;
	}

	private static String key(List<String> key, CSVRecord record) {
		return key.stream().map((column) -> column + " " + record.get(column)).collect(Collectors.joining(", "));
	}

	/**
	 * Compares two workbooks cell by cell, sheet by sheet in order. Rows of the first
	 * sheet labelled with one of {@code executionRows} describe the execution and are
	 * skipped; so are the sheets named in {@code historySheets}.
	 */
	static void workbook(String name, Path recorded, Path recomputed, Set<String> executionRows,
			Set<String> historySheets, Differences differences) throws IOException {
		try (WorkbookCells was = WorkbookCells.open(recorded); WorkbookCells is = WorkbookCells.open(recomputed)) {
			WorkbookCells.Row a = next(was, historySheets);
			WorkbookCells.Row b = next(is, historySheets);
			while (a != null || b != null) {
				if (a != null && b != null && a.sheetIndex() == b.sheetIndex() && !a.sheet().equals(b.sheet())) {
					differences.add(name, "sheet " + (a.sheetIndex() + 1) + " is " + a.sheet() + " as recorded but "
							+ b.sheet() + " recomputed");
					return;
				}
				int order = (a == null) ? 1 : (b == null) ? -1 : compare(a, b);
				if (order < 0) {
					differences.add(name,
							a.sheet() + "!" + a.number() + ": row only in the recorded workbook " + a.cells());
					a = next(was, historySheets);
				}
				else if (order > 0) {
					differences.add(name,
							b.sheet() + "!" + b.number() + ": row only in the recomputed workbook " + b.cells());
					b = next(is, historySheets);
				}
				else {
					if (!(a.sheetIndex() == 0 && executionRows.contains(a.label()) && a.label().equals(b.label()))) {
						cells(name, a, b, differences);
					}
					a = next(was, historySheets);
					b = next(is, historySheets);
				}
			}
		}
	}

	private static WorkbookCells.@Nullable Row next(WorkbookCells cells, Set<String> skipped) throws IOException {
		WorkbookCells.Row row = cells.next();
		while (row != null && skipped.contains(row.sheet())) {
			row = cells.next();
		}
		return row;
	}

	private static int compare(WorkbookCells.Row a, WorkbookCells.Row b) {
		return (a.sheetIndex() != b.sheetIndex()) ? Integer.compare(a.sheetIndex(), b.sheetIndex())
				: Integer.compare(a.number(), b.number());
	}

	private static void cells(String name, WorkbookCells.Row a, WorkbookCells.Row b, Differences differences) {
		int i = 0;
		int j = 0;
		while (i < a.cells().size() || j < b.cells().size()) {
			WorkbookCells.Cell was = (i < a.cells().size()) ? a.cells().get(i) : null;
			WorkbookCells.Cell is = (j < b.cells().size()) ? b.cells().get(j) : null;
			int order = (was == null) ? 1 : (is == null) ? -1 : Integer.compare(column(was.ref()), column(is.ref()));
			String ref = a.sheet() + "!" + ((order <= 0) ? was.ref() : is.ref());
			if (order < 0) {
				differences.add(name, ref + ": recorded " + was + ", recomputed empty");
				i++;
			}
			else if (order > 0) {
				differences.add(name, ref + ": recorded empty, recomputed " + is);
				j++;
			}
			else {
				if (!was.equals(is)) {
					differences.add(name, ref + ": recorded " + was + ", recomputed " + is);
				}
				i++;
				j++;
			}
		}
	}

	/** The column of a cell reference, from its letters ("AB7" is column 28). */
	private static int column(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			column = column * 26 + (ref.charAt(i) - 'A' + 1);
		}
		return column;
	}

}
