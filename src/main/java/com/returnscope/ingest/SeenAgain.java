package com.returnscope.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marks the keys a run saw again without new content, a chunk in one statement: the keys
 * and the lines they came on go as arrays into one MERGE. A batch of single-row UPDATEs
 * cost the database a statement per row: a second night repeats most of the first, so
 * that was 900,000 statements for a million-line export (docs/benchmarks.md). Standard
 * SQL that H2 and PostgreSQL (15 and later) both run.
 */
final class SeenAgain<T> {

	private final String sql;

	private final int keyColumns;

	private final KeyedHistory<T> history;

	/**
	 * @param table the history table
	 * @param keyColumns its business key's columns, in the order of
	 * {@link KeyedHistory#key}
	 * @param history what gives a row's key and line
	 */
	SeenAgain(String table, List<String> keyColumns, KeyedHistory<T> history) {
		String arrays = keyColumns.stream()
			.map((column) -> "CAST(? AS VARCHAR ARRAY)")
			.collect(Collectors.joining(", "));
		this.sql = "MERGE INTO " + table + " t USING (SELECT * FROM UNNEST(" + arrays + ", CAST(? AS BIGINT ARRAY)))"
				+ " AS s(" + String.join(", ", keyColumns) + ", line) ON "
				+ keyColumns.stream()
					.map((column) -> "t." + column + " = s." + column)
					.collect(Collectors.joining(" AND "))
				+ " WHEN MATCHED THEN UPDATE SET last_run = ?, last_line = s.line, last_seen = GREATEST(t.last_seen, ?)";
		this.keyColumns = keyColumns.size();
		this.history = history;
	}

	/** Marks the rows as seen by the run on its date, in the chunk transaction. */
	void write(JdbcTemplate jdbc, long runId, Date seen, List<? extends IncomingRow<T>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<List<String>> keys = rows.stream().map((row) -> this.history.key(row.value())).toList();
		jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement(this.sql);
			for (int column = 0; column < this.keyColumns; column++) {
				int index = column;
				statement.setArray(column + 1,
						connection.createArrayOf("VARCHAR", keys.stream().map((key) -> key.get(index)).toArray()));
			}
			statement.setArray(this.keyColumns + 1, connection.createArrayOf("BIGINT",
					rows.stream().map((row) -> this.history.line(row.value())).toArray()));
			statement.setLong(this.keyColumns + 2, runId);
			statement.setDate(this.keyColumns + 3, seen);
			return statement;
		});
	}

}
