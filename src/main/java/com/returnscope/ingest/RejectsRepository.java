package com.returnscope.ingest;

import java.sql.ResultSet;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.returnscope.domain.Reject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each run's rejected input rows, kept with the run. */
@Repository
public class RejectsRepository {

	private final JdbcTemplate jdbc;

	public RejectsRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long runId, Reject reject) {
		this.jdbc.update(
				"INSERT INTO rs_reject (run_id, file_name, line_no, column_name, error, raw_record) "
						+ "VALUES (?, ?, ?, ?, ?, ?)",
				runId, reject.file(), reject.line(), reject.column(), reject.error(), reject.rawRecord());
	}

	/** Rejected rows by file name. */
	public Map<String, Long> countByFile(long runId) {
		return this.jdbc
			.queryForList("SELECT file_name, COUNT(*) AS n FROM rs_reject WHERE run_id = ? GROUP BY file_name", runId)
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("file_name"),
					(row) -> ((Number) row.get("n")).longValue()));
	}

	/** Streams the rejects in file and line order, one at a time. */
	public void forEach(long runId, Consumer<Reject> action) {
		this.jdbc.query("SELECT * FROM rs_reject WHERE run_id = ? ORDER BY run_id, file_name, line_no",
				(ResultSet rs) -> {
					action.accept(new Reject(rs.getString("file_name"), rs.getLong("line_no"),
							rs.getString("column_name"), rs.getString("error"), rs.getString("raw_record")));
				}, runId);
	}

}
