package com.returnscope.history;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The runs the history holds (rs_run): a run date judged with one set of inputs and
 * policy, by which process, and whether it completed.
 */
@Repository
public class Runs {

	/**
	 * One run.
	 *
	 * @param completedAt when its outputs were last published; null until then
	 */
	public record Run(long runId, LocalDate runDate, String inputsSha256, String host, long pid,
			@Nullable LocalDateTime completedAt) {

		public boolean completed() {
			return this.completedAt != null;
		}

	}

	private final JdbcTemplate jdbc;

	public Runs(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Registers a new run by this process and returns its id. */
	public long create(LocalDate runDate, String inputsSha256, String policyVersion, String policySha256) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO rs_run (run_date, inputs_sha256, policy_version, policy_sha256, created_at, host, pid) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?)",
					new String[] { "run_id" });
			insert.setObject(1, runDate);
			insert.setString(2, inputsSha256);
			insert.setString(3, policyVersion);
			insert.setString(4, policySha256);
			insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
			insert.setString(6, HistoryLock.host());
			insert.setLong(7, ProcessHandle.current().pid());
			return insert;
		}, key);
		return key.getKeyAs(Long.class);
	}

	/** The latest run of a date, whatever its inputs and state. */
	public Optional<Run> latest(LocalDate runDate) {
		return this.jdbc
			.query("SELECT run_id, run_date, inputs_sha256, host, pid, completed_at FROM rs_run WHERE run_date = ? "
					+ "ORDER BY run_id DESC", (rs, row) -> {
						Timestamp completed = rs.getTimestamp(6);
						return new Run(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
								rs.getLong(5), (completed != null) ? completed.toLocalDateTime() : null);
					}, runDate)
			.stream()
			.findFirst();
	}

	/** Records that this process resumes the run. */
	public void resumedHere(long runId) {
		this.jdbc.update("UPDATE rs_run SET host = ?, pid = ? WHERE run_id = ?", HistoryLock.host(),
				ProcessHandle.current().pid(), runId);
	}

	/** Records that the run's outputs were published. */
	public void completed(long runId) {
		this.jdbc.update("UPDATE rs_run SET completed_at = ? WHERE run_id = ?", Timestamp.valueOf(LocalDateTime.now()),
				runId);
	}

}
