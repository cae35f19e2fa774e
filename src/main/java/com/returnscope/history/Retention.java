package com.returnscope.history;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.returnscope.job.RunParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Prunes the history: the runs dated before a cut-off lose their own records (decisions,
 * rejects, the returns they read, their job repository entries), and the order lines and
 * returns last seen before it go, unless something kept still refers to them. The run
 * rows themselves stay, marked pruned, since kept history rows name the run that first
 * saw them.
 */
@Repository
public class Retention {

	/** What one pruning removed. */
	public record Pruned(LocalDate before, int runs, long decisions, long rejects, long returnRequests, long orderLines,
			long returns) {

		public boolean nothing() {
			return this.runs == 0 && this.orderLines == 0 && this.returns == 0;
		}

		@Override
		public String toString() {
			return "pruned " + this.runs + " run(s) dated before " + this.before + " (" + this.decisions
					+ " decisions, " + this.rejects + " rejected rows, " + this.returnRequests + " return rows) and "
					+ this.orderLines + " order lines and " + this.returns + " returns last seen before then";
		}

	}

	private static final String PRUNED_RUNS = "SELECT run_id FROM rs_run WHERE run_date < ? AND pruned_at IS NULL";

	private final JdbcTemplate jdbc;

	public Retention(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Prunes what is older than {@code before}; call inside one transaction. */
	public Pruned prune(LocalDate before) {
		List<Long> runs = this.jdbc.queryForList(PRUNED_RUNS, Long.class, before);
		if (runs.isEmpty()) {
			// a row was last seen on a run's date, so it falls behind the cut-off
			// only on the night that run does: with no run to prune, nothing is,
			// and the scans of every order line and return are spared
			return new Pruned(before, 0, 0, 0, 0, 0, 0);
		}
		long returns = this.jdbc.update("DELETE FROM rs_return WHERE last_seen < ?", before);
		long decisions = this.jdbc.update("DELETE FROM rs_decision WHERE run_id IN (" + PRUNED_RUNS + ")", before);
		long rejects = this.jdbc.update("DELETE FROM rs_reject WHERE run_id IN (" + PRUNED_RUNS + ")", before);
		// of every run before the cut-off, pruned now or before: a row kept then as a
		// return's content goes once that return has gone
		long returnRequests = this.jdbc.update("DELETE FROM rs_return_request r WHERE r.run_id IN "
				+ "(SELECT run_id FROM rs_run WHERE run_date < ?) AND NOT EXISTS (SELECT 1 FROM rs_return h "
				+ "WHERE h.source_run = r.run_id AND h.source_line = r.line_no)", before);
		this.jdbc.update("DELETE FROM rs_run_input WHERE run_id IN (" + PRUNED_RUNS + ")", before);
		this.jdbc.update("DELETE FROM rs_run_history_order WHERE run_id IN (" + PRUNED_RUNS + ")", before);
		long orderLines = this.jdbc.update("DELETE FROM rs_order_line o WHERE o.last_seen < ? AND NOT EXISTS "
				+ "(SELECT 1 FROM rs_return_request r WHERE r.order_id = o.order_id)", before);
		deleteJobRepositoryEntries(before);
		this.jdbc.update("UPDATE rs_run SET pruned_at = ? WHERE run_id IN (" + PRUNED_RUNS + ")",
				Timestamp.valueOf(LocalDateTime.now()), before);
		return new Pruned(before, runs.size(), decisions, rejects, returnRequests, orderLines, returns);
	}

	/**
	 * The job executions of the pruned runs, with their steps, contexts and instances.
	 */
	private void deleteJobRepositoryEntries(LocalDate before) {
		String executions = "SELECT p.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION_PARAMS p WHERE p.PARAMETER_NAME = '"
				+ RunParameters.RUN_ID + "' AND p.PARAMETER_VALUE IN (SELECT CAST(run_id AS VARCHAR(20)) FROM rs_run "
				+ "WHERE run_date < ? AND pruned_at IS NULL)";
		String steps = "SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions
				+ ")";
		List<Long> instances = this.jdbc
			.queryForList("SELECT DISTINCT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID IN ("
					+ executions + ")", Long.class, before);
		this.jdbc.update("DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (" + steps + ")", before);
		this.jdbc.update("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + executions + ")", before);
		this.jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + executions + ")",
				before);
		List<Long> executionIds = this.jdbc.queryForList(executions, Long.class, before);
		for (String table : List.of("BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION")) {
			executionIds.forEach((id) -> this.jdbc.update("DELETE FROM " + table + " WHERE JOB_EXECUTION_ID = ?", id));
		}
		instances
			.forEach((id) -> this.jdbc.update(
					"DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_INSTANCE_ID = ? "
							+ "AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = ?)",
					id, id));
	}

}
