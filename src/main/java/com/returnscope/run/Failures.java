package com.returnscope.run;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.returnscope.ingest.InputFileException;
import com.returnscope.job.OutputFolderException;
import com.returnscope.policy.PolicyException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Turns a failure into the exit code and the one line an operator reads. A user's mistake
 * never shows a stack trace; only an unexpected failure does.
 */
final class Failures {

	/** H2's "Database may be already in use": another process holds the file database. */
	private static final int H2_DATABASE_IN_USE = 90020;

	/**
	 * H2's codes for a file whose table and indexes disagree or cannot be read ("File
	 * corrupted", "Row not found in primary index", "Row not found when trying to
	 * delete"): what a kill -9 has been seen to leave behind (README, "A process killed
	 * outright").
	 */
	private static final Set<Integer> H2_DAMAGED = Set.of(90030, 90143, 90112);

	/** The SQLSTATE of the migration that refuses a PostgreSQL older than 15. */
	private static final String POSTGRESQL_TOO_OLD = "RS150";

	/**
	 * @param code the exit code
	 * @param message the line, without "returnscope: "
	 * @param advice what to do, where the code's own advice would mislead
	 */
	record Failure(ExitCodes code, String message, String advice) {

		Failure(ExitCodes code, String message) {
			this(code, message, code.advice());
		}

		/** The advice when it is the failure's own, not its exit code's. */
		Optional<String> ownAdvice() {
			return this.advice.equals(this.code.advice()) ? Optional.empty() : Optional.of(this.advice);
		}

		/**
		 * Whether a stack trace follows the line: only for an unexpected failure nothing
		 * explains (none of its own advice), where it is what a bug report needs.
		 */
		boolean traced() {
			return this.code == ExitCodes.UNEXPECTED && ownAdvice().isEmpty();
		}

	}

	private Failures() {
	}

	/**
	 * The failures of steps that ran side by side: an unexpected one first, else every
	 * file over the reject limit in one line, in file name order, else the first.
	 */
	static Failure of(List<Throwable> failures) {
		List<Failure> mapped = failures.stream().map(Failures::of).toList();
		Failure unexpected = mapped.stream()
			.filter((failure) -> failure.code() == ExitCodes.UNEXPECTED)
			.findFirst()
			.orElse(null);
		if (unexpected != null) {
			return unexpected;
		}
		List<String> overLimit = failures.stream()
			.map((failure) -> find(failure, SkipLimitExceededException.class))
			.filter(Objects::nonNull)
			.map((limit) -> "the one over the limit: " + limit.getCause().getMessage())
			.sorted()
			.toList();
		if (overLimit.size() > 1) {
			return new Failure(ExitCodes.TOO_MANY_REJECTS,
					"too many rejected rows in " + overLimit.size() + " input files (see --max-rejected-rows); "
							+ String.join("; ", overLimit) + "; every rejected row is in the log");
		}
		return mapped.get(0);
	}

	static Failure of(Throwable failure) {
		UsageException usage = find(failure, UsageException.class);
		if (usage != null) {
			return new Failure(ExitCodes.USAGE, usage.getMessage());
		}
		BindException bind = find(failure, BindException.class);
		if (bind != null) {
			Throwable cause = (bind.getCause() != null) ? bind.getCause() : bind;
			return new Failure(ExitCodes.USAGE, "invalid setting " + bind.getName() + ": " + cause.getMessage());
		}
		PolicyException policy = find(failure, PolicyException.class);
		if (policy != null) {
			return new Failure(ExitCodes.POLICY_INVALID, policy.getMessage());
		}
		InputFileException input = find(failure, InputFileException.class);
		if (input != null) {
			return new Failure(ExitCodes.INPUT_MISSING, input.getMessage());
		}
		SkipLimitExceededException limit = find(failure, SkipLimitExceededException.class);
		if (limit != null) {
			return new Failure(ExitCodes.TOO_MANY_REJECTS,
					"too many rejected rows in one input file (" + limit.getMessage()
							+ ", see --max-rejected-rows); the one over the limit: " + limit.getCause().getMessage()
							+ "; every rejected row is in the log");
		}
		OutputFolderException output = find(failure, OutputFolderException.class);
		if (output != null) {
			return new Failure(ExitCodes.CANNOT_WRITE_OUTPUT, output.getMessage());
		}
		SQLException sql = find(failure, SQLException.class);
		if (sql != null && sql.getErrorCode() == H2_DATABASE_IN_USE) {
			return new Failure(ExitCodes.ALREADY_RUNNING,
					"the database is in use by another ReturnScope process: is a run already going?");
		}
		if (sql != null && H2_DAMAGED.contains(sql.getErrorCode())) {
			// starting again would fail the same way: the file itself is damaged
			return new Failure(ExitCodes.UNEXPECTED, "the H2 database file is damaged: " + sql.getMessage(),
					"put back the copy of the database taken before this run (README, \"A process killed outright\") "
							+ "and start again, or start on an empty database; run the nightly job on PostgreSQL");
		}
		if (sql != null && POSTGRESQL_TOO_OLD.equals(sql.getSQLState())) {
			// the driver's message is "ERROR: " and the migration's line, then where it
			// was raised
			return new Failure(ExitCodes.DATABASE_UNAVAILABLE,
					sql.getMessage().lines().findFirst().orElse("").replaceFirst("^ERROR: ", ""),
					"upgrade the server, or point --spring.datasource.url at PostgreSQL 15 or later");
		}
		if (find(failure, CannotGetJdbcConnectionException.class) != null) {
			return new Failure(ExitCodes.DATABASE_UNAVAILABLE,
					"cannot reach the database: " + ((sql != null) ? sql.getMessage() : root(failure).getMessage()));
		}
		return new Failure(ExitCodes.UNEXPECTED, "unexpected failure: " + root(failure).getMessage());
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static Throwable root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
