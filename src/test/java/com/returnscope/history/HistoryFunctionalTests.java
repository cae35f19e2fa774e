package com.returnscope.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history store across nights, on H2 and on PostgreSQL: orders and returns are kept
 * by their business keys with where and when each was seen, a return finds an order
 * exported on an earlier night, an older date's export never overwrites newer content,
 * each run keeps its own decisions, and retention prunes what nothing kept refers to.
 */
class HistoryFunctionalTests {

	private static final Path FIXTURES = Path.of("src/test/resources/com/returnscope/history");

	private static final String ORDERS_HEADER = "order_id,order_date,buyer_name,buyer_country,sku,product_name,"
			+ "product_category,quantity,unit_price,currency,shipped_date,delivered_date,carrier,tracking_number,incoterm";

	private static final String RETURNS_HEADER = "return_id,order_id,buyer_name,sku,quantity,requested_date,"
			+ "reason_code,reason_text,refund_amount,currency,return_freight_cost,freight_paid_by,inspection_result,"
			+ "status,outcome,mediation_decision,evidence,closed_date";

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void aReturnFindsItsOrderInAnEarlierNightsExport(Function<Path, TestDatabase> database) throws Exception {
		// given night 1's export, with order PO-1, read on 2026-11-20
		TestDatabase db = database.apply(this.work);
		assertThat(run(db, "night1", "2026-11-20").exitCode()).isZero();

		// when night 2's export, without PO-1, brings returns on it
		RunResult night2 = run(db, "night2", "2026-11-21");

		// then they are matched against the order the history holds
		assertThat(night2.exitCode()).as(night2.err()).isZero();
		Map<String, Map<String, String>> decisions = decisions("2026-11-21");
		assertThat(decisions.get("R-2").get("order_match")).isEqualTo("MATCHED");
		assertThat(decisions.get("R-2").get("explanation")).contains("order PO-1 confirmed");
		assertThat(decisions.get("R-1").get("order_match")).isEqualTo("MATCHED");
		assertThat(decisions.get("R-3").get("order_match")).isEqualTo("MATCHED");
		assertThat(night2.out()).contains("orders.csv     rows read 2 = accepted 2 + rejected 0")
			.contains("returns.csv    rows read 3 = accepted 3 + rejected 0");
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void everyRowRecordsWhenAndFromWhichRunItCame(Function<Path, TestDatabase> database) throws Exception {
		// given two nights read one after the other
		TestDatabase db = database.apply(this.work);
		assertThat(run(db, "night1", "2026-11-20").exitCode()).isZero();
		assertThat(run(db, "night2", "2026-11-21").exitCode()).isZero();

		// then each order line and return says which runs saw it and where its content
		// comes
		// from: a line not exported again stays as it was, a changed one takes the new
		// content, a repeated one keeps its source but is seen again
		try (Connection connection = db.connect()) {
			assertThat(rows(connection,
					"SELECT order_id, sku, first_run, first_seen, last_run, last_seen, source_run, source_line, "
							+ "delivered_date FROM rs_order_line ORDER BY order_id, sku"))
				.containsExactly("PO-1|SKU-A|1|2026-11-20|1|2026-11-20|1|2|2026-11-10",
						"PO-1|SKU-B|1|2026-11-20|1|2026-11-20|1|3|2026-11-10",
						"PO-2|SKU-C|1|2026-11-20|2|2026-11-21|2|2|2026-11-12",
						"PO-3|SKU-D|2|2026-11-21|2|2026-11-21|2|3|null");
			assertThat(rows(connection,
					"SELECT return_id, first_run, last_run, last_line, source_run, source_line "
							+ "FROM rs_return ORDER BY return_id"))
				.containsExactly("R-1|1|2|2|1|2", "R-2|2|2|3|2|3", "R-3|2|2|4|2|4");
			assertThat(rows(connection, "SELECT COUNT(DISTINCT row_hash) FROM rs_order_line")).containsExactly("4");
			// and each run keeps its own decisions and the returns it read
			assertThat(rows(connection, "SELECT run_id, COUNT(*) FROM rs_decision GROUP BY run_id ORDER BY run_id"))
				.containsExactly("1|1", "2|3");
			assertThat(
					rows(connection, "SELECT run_id, COUNT(*) FROM rs_return_request GROUP BY run_id ORDER BY run_id"))
				.containsExactly("1|1", "2|3");
			assertThat(
					rows(connection, "SELECT run_id, run_date, completed_at IS NOT NULL FROM rs_run ORDER BY run_id"))
				.containsExactly("1|2026-11-20|true", "2|2026-11-21|true");
		}
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void anEarlierDatesExportNeverOverwritesNewerContent(Function<Path, TestDatabase> database) throws Exception {
		// given night 2 read, which filled in PO-2's delivery date
		TestDatabase db = database.apply(this.work);
		assertThat(run(db, "night2", "2026-11-21").exitCode()).isZero();

		// when night 1's older export, without that date, is read for an earlier date
		assertThat(run(db, "night1", "2026-11-20").exitCode()).isZero();

		// then the line is seen again, but keeps the newer content and its source
		try (Connection connection = db.connect()) {
			assertThat(rows(connection, "SELECT last_run, last_seen, source_run, delivered_date FROM rs_order_line "
					+ "WHERE order_id = 'PO-2'"))
				.containsExactly("2|2026-11-21|1|2026-11-12");
		}
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void retentionPrunesOldRunsAndTheRowsNothingKeptRefersTo(Function<Path, TestDatabase> database) throws Exception {
		// given a run of January and the nights of November
		TestDatabase db = database.apply(this.work);
		assertThat(run(db, "old", "2026-01-10").exitCode()).isZero();
		assertThat(run(db, "night1", "2026-11-20").exitCode()).isZero();

		// when night 2 runs with a retention of 300 days (cut-off 2026-01-25)
		RunResult night2 = run(db, "night2", "2026-11-21", "--retention-days=300");

		// then January's run loses its records, its order lines and returns go, and the
		// run says so; November's stay
		assertThat(night2.exitCode()).as(night2.err()).isZero();
		assertThat(night2.out()).contains("retention: pruned 1 run(s) dated before 2026-01-25 (1 decisions, "
				+ "0 rejected rows, 1 return rows) and 2 order lines and 1 returns last seen before then");
		try (Connection connection = db.connect()) {
			assertThat(rows(connection, "SELECT DISTINCT order_id FROM rs_order_line ORDER BY order_id"))
				.containsExactly("PO-1", "PO-2", "PO-3");
			assertThat(rows(connection, "SELECT return_id FROM rs_return ORDER BY return_id")).containsExactly("R-1",
					"R-2", "R-3");
			assertThat(rows(connection, "SELECT run_id, COUNT(*) FROM rs_decision GROUP BY run_id ORDER BY run_id"))
				.containsExactly("2|1", "3|3");
			assertThat(rows(connection, "SELECT run_id, pruned_at IS NOT NULL FROM rs_run ORDER BY run_id"))
				.containsExactly("1|true", "2|false", "3|false");
			assertThat(
					rows(connection,
							"SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS "
									+ "WHERE PARAMETER_NAME = 'run.id' AND PARAMETER_VALUE = '1'"))
				.containsExactly("0");
		}
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void aReturnRowKeptAsContentGoesWithTheReturnOnALaterNight(Function<Path, TestDatabase> database) throws Exception {
		// given R-0 read on 2026-01-10 and exported again unchanged on 2026-02-10, and a
		// pruning that took January's run but kept its R-0 row, the return's content
		TestDatabase db = database.apply(this.work);
		assertThat(run(db, "old", "2026-01-10").exitCode()).isZero();
		assertThat(run(db, "old", "2026-02-10").exitCode()).isZero();
		assertThat(run(db, "night1", "2026-11-20", "--retention-days=300").exitCode()).isZero();
		assertThat(db.rows("SELECT run_id FROM rs_return_request WHERE return_id = 'R-0' ORDER BY run_id"))
			.containsExactly("1", "2");

		// when a later pruning takes February's run, the last that saw R-0
		RunResult pruning = run(db, "night2", "2026-11-21", "--retention-days=270");

		// then R-0 goes, January's row of it with it, and so do PO-0's order lines, which
		// nothing kept refers to any more
		assertThat(pruning.exitCode()).as(pruning.err()).isZero();
		assertThat(pruning.out()).contains("retention: pruned 1 run(s) dated before 2026-02-24 (1 decisions, "
				+ "0 rejected rows, 2 return rows) and 2 order lines and 1 returns last seen before then");
		assertThat(db.rows("SELECT COUNT(*) FROM rs_return_request WHERE order_id = 'PO-0'")).containsExactly("0");
		assertThat(db.rows("SELECT COUNT(*) FROM rs_order_line WHERE order_id = 'PO-0'")).containsExactly("0");
	}

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void aNightOfKnownRowsFindsEveryOneOfThem(Function<Path, TestDatabase> database) throws Exception {
		// given 400 order lines and 150 returns read on night 1, more than one lookup's
		// worth of keys per chunk
		TestDatabase db = database.apply(this.work);
		Path night1 = knownRows("known1", 0);
		assertThat(runFolder(db, night1, "2026-11-20", "--chunk-size=300").exitCode()).isZero();

		// when night 2 exports them all again, and PO-7's line once more at its end
		RunResult night2 = runFolder(db, knownRows("known2", 7), "2026-11-21", "--chunk-size=300");

		// then every row is found and seen again, none read as new, and the repeated key
		// is rejected naming the line that was accepted first, in an earlier chunk
		assertThat(night2.exitCode()).as(night2.err()).isZero();
		assertThat(night2.out()).contains("orders.csv     rows read 401 = accepted 400 + rejected 1")
			.contains("returns.csv    rows read 150 = accepted 150 + rejected 0");
		assertThat(Outputs.csv(this.work.resolve("output/2026-11-21/rejects.csv")))
			.extracting((row) -> row.get("line") + " " + row.get("error"))
			.containsExactly("402 duplicate key PO-7 / SKU-7: first accepted at line 8");
		try (Connection connection = db.connect()) {
			assertThat(rows(connection, "SELECT first_run, last_run, source_run, COUNT(*) FROM rs_order_line "
					+ "GROUP BY first_run, last_run, source_run"))
				.containsExactly("1|2|1|400");
			assertThat(rows(connection,
					"SELECT first_run, last_run, source_run, COUNT(*) FROM rs_return GROUP BY first_run, last_run, source_run"))
				.containsExactly("1|2|1|150");
		}
	}

	/**
	 * An input folder of 400 one-line orders, PO-1 to PO-400, and returns on the first
	 * 150; with the line of order {@code repeated} once more at the end when it is not 0.
	 */
	private Path knownRows(String name, int repeated) throws IOException {
		Path folder = Files.createDirectories(this.work.resolve(name));
		List<String> orders = new ArrayList<>(List.of(ORDERS_HEADER));
		for (int i = 1; i <= 400; i++) {
			orders.add(orderLine(i));
		}
		if (repeated != 0) {
			orders.add(orderLine(repeated));
		}
		List<String> returns = new ArrayList<>(List.of(RETURNS_HEADER));
		for (int i = 1; i <= 150; i++) {
			returns.add("R-" + i + ",PO-" + i + ",Acme,SKU-" + i + ",1,2026-11-12,DEFECTIVE,,5.00,USD,3.00,SELLER,"
					+ "DEFECT_CONFIRMED,CLOSED,REFUND,,,2026-11-15");
		}
		Files.write(folder.resolve("orders.csv"), orders);
		Files.write(folder.resolve("returns.csv"), returns);
		return folder;
	}

	private static String orderLine(int order) {
		return "PO-" + order + ",2026-11-01,Acme,US,SKU-" + order + ",Desk lamp,Home,10,5.00,USD,2026-11-02,2026-11-10,"
				+ "DHL,T-" + order + ",DAP";
	}

	private RunResult runFolder(TestDatabase db, Path input, String runDate, String... extra) {
		List<String> args = new ArrayList<>(
				List.of("--input=" + input, "--output=" + this.work.resolve("output"), "--run-date=" + runDate));
		args.addAll(List.of(extra));
		return RunResult.run(db, this.work, args.toArray(String[]::new));
	}

	private RunResult run(TestDatabase db, String night, String runDate, String... extra) {
		return runFolder(db, FIXTURES.resolve(night), runDate, extra);
	}

	private Map<String, Map<String, String>> decisions(String runDate) {
		Map<String, Map<String, String>> byReturn = new LinkedHashMap<>();
		Outputs.csv(this.work.resolve("output").resolve(runDate).resolve("decisions.csv"))
			.forEach((row) -> byReturn.put(row.get("return_id"), row));
		return byReturn;
	}

	/** The rows of a query, each as its columns joined by "|". */
	private static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					Object value = rs.getObject(i);
					values.add(String.valueOf(value).trim());
				}
				rows.add(String.join("|", values));
			}
		}
		return rows;
	}

}
