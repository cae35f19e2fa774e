package com.returnscope.ingest;

import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What each run read from each input file: rows read and accepted, kept with the run when
 * its ingest step ends (rows rejected are the run's rejects of the file). The manifest
 * reconciles them: rows read = accepted + rejected.
 */
@Repository
public class InputCounts {

	/** The counts of one file. */
	public record Counts(long rowsRead, long rowsAccepted) {
	}

	private final JdbcTemplate jdbc;

	public InputCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public @Nullable Counts of(long runId, RunParameters.Role role) {
		return this.jdbc
			.query("SELECT rows_read, rows_accepted FROM rs_run_input WHERE run_id = ? AND file_role = ?",
					(rs, row) -> new Counts(rs.getLong(1), rs.getLong(2)), runId, role.key())
			.stream()
			.findFirst()
			.orElse(null);
	}

	void record(long runId, RunParameters.Role role, Counts counts) {
		this.jdbc.update("DELETE FROM rs_run_input WHERE run_id = ? AND file_role = ?", runId, role.key());
		this.jdbc.update("INSERT INTO rs_run_input (run_id, file_role, rows_read, rows_accepted) VALUES (?, ?, ?, ?)",
				runId, role.key(), counts.rowsRead(), counts.rowsAccepted());
	}

	/**
	 * Records an ingest step's counts from its reader's and writer's state when it ends,
	 * and warns on the console of records that swallowed lines after them.
	 */
	StepExecutionListener recorder(RunParameters.Role role) {
		return new StepExecutionListener() {
			@Override
			public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
				var context = stepExecution.getExecutionContext();
				long runOver = context.getLong(role.key() + CsvFileReader.RUN_OVER, 0L);
				if (runOver > 0) {
					// the one console line an operator needs: the rows are in rejects.csv
					System.err.println("returnscope: warning: " + RunContext.of(stepExecution).inputName(role) + ": "
							+ runOver + ((runOver == 1) ? " record runs" : " records run")
							+ " over several lines, probably an unbalanced quote (first: "
							+ context.getString(role.key() + CsvFileReader.FIRST_RUN_OVER)
							+ "); rejected, see rejects.csv");
				}
				if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
					return null;
				}
				record(RunContext.of(stepExecution).runId(), role,
						new Counts(context.getLong(role.key() + CsvFileReader.ROWS_READ, 0L),
								context.getLong(role.key() + HistoryWriter.ROWS_ACCEPTED, 0L)));
				return null;
			}
		};
	}

}
