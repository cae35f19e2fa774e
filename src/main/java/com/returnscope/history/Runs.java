package com.returnscope.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.returnscope.job.RunParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The runs the history holds (rs_run): a run date judged with one set of inputs and
 * policy, by which process, whether it completed, and how its last start ended.
 */
@Repository
public class Runs {

	/**
	 * One run.
	 *
	 * @param host the host of the process that started or last resumed it
	 * @param pid that process
	 * @param completedAt when its outputs were last published; null until then
	 */
	public record Run(long runId, LocalDate runDate, String inputsSha256, String host, long pid,
			@Nullable LocalDateTime completedAt) {

		public boolean completed() {
			return this.completedAt != null;
		}

	}

	/**
	 * The latest run of a date as a scheduler's health check sees it: the history's
	 * record and the job repository's latest execution of it.
	 *
	 * @param exitCode the exit code of its last start; null while one is under way or
	 * when its process was killed
	 * @param exitMessage the line that start printed
	 * @param execution its latest job execution; null before the first
	 * @param inputs the rows of each input file, once it has been read through
	 * @param decisions the decisions written so far (by the step named to
	 * {@link #lastPerDate})
	 */
	public record LastRun(Run run, @Nullable Integer exitCode, @Nullable String exitMessage,
			@Nullable Execution execution, List<InputRows> inputs, long decisions) {
	}

	/** A job execution of a run, from the job repository. */
	public record Execution(long id, String jobName, String status, @Nullable LocalDateTime startTime,
			@Nullable LocalDateTime endTime, @Nullable String outputDir) {
	}

	/** What a run read from one input file; rows rejected are read - accepted. */
	public record InputRows(String role, long rowsRead, long rowsAccepted) {

		public long rowsRejected() {
			return this.rowsRead - this.rowsAccepted;
		}

	}

	private static final String RUN_COLUMNS = "r.run_id, r.run_date, r.inputs_sha256, r.host, r.pid, r.completed_at";

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
			.query("SELECT " + RUN_COLUMNS + " FROM rs_run r WHERE r.run_date = ? ORDER BY r.run_id DESC",
					(rs, row) -> run(rs), runDate)
			.stream()
			.findFirst();
	}

	/**
	 * Records that this process works on the run now (it resumes or renders it): its host
	 * and pid, and no exit code until it ends.
	 */
	public void startedHere(long runId) {
		this.jdbc.update("UPDATE rs_run SET host = ?, pid = ?, exit_code = NULL, exit_message = NULL WHERE run_id = ?",
				HistoryLock.host(), ProcessHandle.current().pid(), runId);
	}

	/** Records that the run's outputs were published. */
	public void completed(long runId) {
		this.jdbc.update("UPDATE rs_run SET completed_at = ? WHERE run_id = ?", Timestamp.valueOf(LocalDateTime.now()),
				runId);
	}

	/** Records how this start of the run ended: its exit code and the line it printed. */
	public void ended(long runId, int exitCode, String message) {
		this.jdbc.update("UPDATE rs_run SET exit_code = ?, exit_message = ? WHERE run_id = ?", exitCode,
				(message.length() > 2000) ? message.substring(0, 1999) + "…" : message, runId);
	}

	/**
	 * The latest run of every date the history keeps (of {@code runDate} alone when
	 * given), latest date first: three queries whatever the number of dates.
	 * @param decisionsStep the step whose written items are the run's decisions
	 */
	public List<LastRun> lastPerDate(@Nullable LocalDate runDate, String decisionsStep) {
		String lastRuns = "SELECT MAX(run_id) FROM rs_run WHERE pruned_at IS NULL"
				+ ((runDate != null) ? " AND run_date = ?" : "") + " GROUP BY run_date";
		Object[] date = (runDate != null) ? new Object[] { runDate } : new Object[0];
		Map<Long, List<InputRows>> inputs = new HashMap<>();
		this.jdbc.query("SELECT run_id, file_role, rows_read, rows_accepted FROM rs_run_input WHERE run_id IN ("
				+ lastRuns + ") ORDER BY run_id, file_role", (ResultSet rs) -> {
					inputs.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
						.add(new InputRows(rs.getString(2), rs.getLong(3), rs.getLong(4)));
				}, date);
		Map<Long, Execution> executions = new HashMap<>();
		Map<Long, Long> decisions = new HashMap<>();
		this.jdbc.query("SELECT p.PARAMETER_VALUE, e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.START_TIME, "
				+ "e.END_TIME, o.PARAMETER_VALUE, (SELECT SUM(s.WRITE_COUNT) FROM BATCH_STEP_EXECUTION s "
				+ "WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND s.STEP_NAME = ?) "
				+ "FROM BATCH_JOB_EXECUTION_PARAMS p "
				+ "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID "
				+ "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
				+ "LEFT JOIN BATCH_JOB_EXECUTION_PARAMS o ON o.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
				+ "AND o.PARAMETER_NAME = '" + RunParameters.OUTPUT_DIR + "' " + "WHERE p.PARAMETER_NAME = '"
				+ RunParameters.RUN_ID + "' AND p.PARAMETER_VALUE IN (SELECT CAST(run_id AS VARCHAR(20)) FROM rs_run "
				+ "WHERE run_id IN (" + lastRuns + ")) ORDER BY e.JOB_EXECUTION_ID", (ResultSet rs) -> {
					long runId = Long.parseLong(rs.getString(1));
					executions.put(runId, new Execution(rs.getLong(2), rs.getString(3), rs.getString(4),
							time(rs.getTimestamp(5)), time(rs.getTimestamp(6)), rs.getString(7)));
					decisions.merge(runId, rs.getLong(8), Long::sum);
				}, arguments(decisionsStep, date));
		return this.jdbc
			.query("SELECT " + RUN_COLUMNS + ", r.exit_code, r.exit_message FROM rs_run r WHERE r.run_id IN ("
					+ lastRuns + ") ORDER BY r.run_date DESC", (rs, row) -> {
						Run run = run(rs);
						int exitCode = rs.getInt(7);
						return new LastRun(run, rs.wasNull() ? null : exitCode, rs.getString(8),
								executions.get(run.runId()), inputs.getOrDefault(run.runId(), List.of()),
								decisions.getOrDefault(run.runId(), 0L));
					}, date);
	}

	private static Object[] arguments(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static Run run(ResultSet rs) throws SQLException {
		return new Run(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getLong(5),
				time(rs.getTimestamp(6)));
	}

	private static @Nullable LocalDateTime time(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

}
