package com.returnscope.run;

import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line and advice an operator reads for failures only a damaged database produces,
 * with H2's own exceptions as JdbcTemplate passes them on.
 */
class FailuresTests {

	@Test
	void aDamagedH2FileSaysSoAndWhatToDoRatherThanStartAgain() {
		// given what a start after a kill -9 met in H2's file: an index entry with no row
		SQLException damaged = DbException
			.get(ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX, "PUBLIC.RS_ORDER_LINE_DATA", "2464")
			.getSQLException();

		// when it fails a lookup
		Failures.Failure failure = Failures
			.of(new UncategorizedSQLException("lookup", "SELECT order_id FROM rs_order_line", damaged));

		// then the line names the damage, the advice is not to start again as it is, and
		// no stack trace follows: it would add nothing
		assertThat(failure.code()).isEqualTo(ExitCodes.UNEXPECTED);
		assertThat(failure.message()).startsWith(
				"the H2 database file is damaged: Row \"2464\" not found in primary index \"PUBLIC.RS_ORDER_LINE_DATA\"");
		assertThat(failure.advice()).isEqualTo("put back the copy of the database taken before this run (README, "
				+ "\"A process killed outright\") and start again, or start on an empty database; run the nightly "
				+ "job on PostgreSQL");
		assertThat(failure.traced()).isFalse();
	}

	@Test
	void aPostgresqlOlderThan15IsRefusedInOneLineThatSaysWhatToDo() {
		// given what the driver raises when the migration meets PostgreSQL 14
		SQLException tooOld = new PSQLException(new ServerErrorMessage(
				"SERROR\0VERROR\0CRS150\0" + "MReturnScope needs PostgreSQL 15 or later; this server is 14.13\0"
						+ "WPL/pgSQL function inline_code_block line 4 at RAISE\0"));

		// when Flyway's migration fails with it at start-up
		Failures.Failure failure = Failures.of(new UncategorizedSQLException("migrate", "DO $$ ... $$", tooOld));

		// then one line names the versions, the advice says what to do, and no stack
		// trace
		assertThat(failure.code()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
		assertThat(failure.message()).isEqualTo("ReturnScope needs PostgreSQL 15 or later; this server is 14.13");
		assertThat(failure.advice())
			.isEqualTo("upgrade the server, or point --spring.datasource.url at PostgreSQL 15 or later");
		assertThat(failure.traced()).isFalse();
	}

	@Test
	void anyOtherDatabaseFailureIsUnexpectedWithTheUsualAdvice() {
		// given a failure H2 raises for a statement that is wrong, not for a damaged file
		SQLException wrong = DbException.get(ErrorCode.COLUMN_NOT_FOUND_1, "LAST_RUN").getSQLException();

		// when
		Failures.Failure failure = Failures.of(new UncategorizedSQLException("lookup", "SELECT last_run", wrong));

		// then
		assertThat(failure.code()).isEqualTo(ExitCodes.UNEXPECTED);
		assertThat(failure.message()).startsWith("unexpected failure: Column \"LAST_RUN\" not found");
		assertThat(failure.advice()).isEqualTo(ExitCodes.UNEXPECTED.advice());
		assertThat(failure.ownAdvice()).isEmpty();
		assertThat(failure.traced()).isTrue();
	}

}
