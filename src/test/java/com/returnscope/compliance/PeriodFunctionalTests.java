package com.returnscope.compliance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static com.returnscope.compliance.ComplianceSummaryFunctionalTests.cells;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Period sheet counts the history: four nights on one database, each return once, by
 * its decision in the latest run of the period that decided it.
 *
 * <p>
 * 2026-10-20 decides X (no reason given). 2026-10-28 decides Z (OPEN since 10-25, 3 days:
 * not yet overdue) and Y (no reason, refund 7.00 USD); a corrected export of the same
 * date then says Y's refund was 9.00. 2026-11-25 decides Z again: OPEN for 31 days, now
 * overdue. On 2026-11-25 the last 30 days (from 10-27) hold the corrected 10-28 run and
 * this one: Z counts once, as decided on 11-25 (R-ESCALATION 1 evaluated, 1 failed, not
 * 2), Y as corrected (9.00 USD at stake for R-REASON-RECORDED), X not at all (10-20 is
 * before the period). The month to date holds this run alone.
 */
class PeriodFunctionalTests {

	private static final Path NIGHTS = ComplianceSummaryFunctionalTests.FIXTURE.resolve("period");

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void eachReturnCountsOnceByItsLatestDecisionInThePeriod(java.util.function.Function<Path, TestDatabase> kind)
			throws IOException {
		// given four nights on one database
		TestDatabase database = kind.apply(this.work);
		for (String night : List.of("2026-10-20", "2026-10-28", "2026-10-28-corrected", "2026-11-25")) {
			RunResult run = RunResult.run(database, this.work, "--input=" + NIGHTS.resolve(night),
					"--output=" + this.work.resolve("output"), "--run-date=" + night.substring(0, 10));
			assertThat(run.exitCode()).as(night + ": " + run.err()).isZero();
		}

		// when the auditor opens the last night's Period sheet
		try (XSSFWorkbook workbook = Outputs
			.workbook(this.work.resolve("output/2026-11-25").resolve(ComplianceSummary.NAME))) {
			Sheet period = workbook.getSheet("Period");

			// then the periods hold the runs and returns derived above
			assertThat(cells(Outputs.row(period, "This run"))).containsExactly("This run", "2026-11-25", "2026-11-25",
					"1", "1");
			assertThat(cells(Outputs.row(period, "Last 30 days"))).containsExactly("Last 30 days", "2026-10-27",
					"2026-11-25", "2", "2");
			assertThat(cells(Outputs.row(period, "Month to date"))).containsExactly("Month to date", "2026-11-01",
					"2026-11-25", "1", "1");
			// evaluated, passed, failed, not applicable, rate: this run, 30 days, month
			assertThat(cells(Outputs.row(period, "R-ESCALATION"))).containsExactly("R-ESCALATION", "1", "0", "1", "0",
					"0", "1", "0", "1", "1", "0", "1", "0", "1", "0", "0");
			assertThat(cells(Outputs.row(period, "R-REASON-RECORDED"))).containsExactly("R-REASON-RECORDED", "1", "1",
					"0", "0", "1", "2", "1", "1", "0", "0.5", "1", "1", "0", "0", "1");
			assertThat(cells(Outputs.row(period, "R-ORDER-MATCH"), 11).subList(6, 11)).containsExactly("2", "2", "0",
					"0", "1");
			int money = Outputs.row(period, "Money at stake").getRowNum();
			assertThat(cells(period.getRow(money + 1), 5)).containsExactly("R-REASON-RECORDED", "USD", "", "9", "");
			assertThat(period.getLastRowNum()).isEqualTo(money + 1);
		}
	}

}
