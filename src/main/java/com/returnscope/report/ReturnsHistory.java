package com.returnscope.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.returnscope.decision.DecisionRepository;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.OrderLineHistory;
import com.returnscope.ingest.ReturnHistory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * What the managers' report reads from the history, in sets: order lines added up by day
 * in the database, and the period's lines streamed for the report to add up by product,
 * buyer and carrier; returns read through one joined query each (content, decision and
 * matched order line together), never a query per return.
 */
@Repository
class ReturnsHistory {

	/**
	 * The order line a decision matched: by sku (compared as the decision compares it,
	 * ignoring case), or the order's only line when the return names no sku.
	 */
	private static final String MATCHED_LINE = " d.order_match = 'MATCHED'"
			+ " AND o.order_id = q.order_id AND (q.sku IS NULL OR UPPER(o.sku) = UPPER(q.sku))";

	private static final String COLUMNS = "d.*, " + ReturnHistory.requestColumns("q", "q_") + ", "
			+ OrderLineHistory.lineColumns("o", "o_");

	/**
	 * Every return the history holds, with its current content and the decision of the
	 * run that last saw it.
	 */
	private static final String HISTORY = " FROM rs_return r"
			+ " JOIN rs_return_request q ON q.run_id = r.source_run AND q.line_no = r.source_line"
			+ " JOIN rs_decision d ON d.run_id = r.last_run AND d.line_no = r.last_line";

	/**
	 * The conditions of {@code FreightBreach.SELLER_PAID_WHERE_BUYER_OWED} and of
	 * {@code Decision.freightDisputeCandidate()} in SQL, so that the database sorts only
	 * these returns.
	 */
	private static final String RECOVERABLE = "((d.freight_compliant = 'NO' AND d.expected_freight_payer <> 'SELLER')"
			+ " OR (d.classified_by IN ('REASON_CODE', 'INSPECTION') AND d.expected_freight_payer = 'SELLER'"
			+ " AND d.text_category = 'CHANGE_OF_MIND'))";

	private static final RowMapper<ReturnRequest> REQUEST = ReturnHistory.requestRow("q_");

	private static final RowMapper<@Nullable OrderLine> LINE = OrderLineHistory.lineRow("o_");

	private final JdbcTemplate jdbc;

	ReturnsHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Orders, order lines and units by order date, from {@code from} to {@code to}. */
	Map<LocalDate, OrderCounts> orderDays(LocalDate from, LocalDate to) {
		Map<LocalDate, OrderCounts> days = new TreeMap<>();
		this.jdbc.query("SELECT order_date, COUNT(DISTINCT order_id), COUNT(*), SUM(quantity) FROM rs_order_line"
				+ " WHERE order_date BETWEEN ? AND ? GROUP BY order_date", (ResultSet rs) -> {
					days.put(rs.getDate(1).toLocalDate(), new OrderCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
				}, from, to);
		return days;
	}

	/**
	 * The period's order lines one by one, for the report to add up by sku, product,
	 * buyer, country and carrier. Added up here rather than grouped in the database: a
	 * GROUP BY over all five keeps a group per combination in the database's memory,
	 * which grows with the orders (a million groups for ten million order lines), while
	 * each of the report's tallies is keyed by one of them alone.
	 */
	void orderedLines(Period period, Consumer<OrderedLine> action) {
		this.jdbc.query("SELECT sku, product_name, product_category, buyer_name, buyer_country, carrier, quantity"
				+ " FROM rs_order_line WHERE order_date BETWEEN ? AND ?", (ResultSet rs) -> {
					action.accept(new OrderedLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							trim(rs.getString(5)), rs.getString(6), rs.getLong(7)));
				}, period.from(), period.to());
	}

	/**
	 * Every return the history holds that was requested from {@code from} to {@code to}
	 * or is not closed, in one pass, by return id (the order Details lists them in, and
	 * the order of rs_return's primary key, so the database need not sort them); with its
	 * matched order line when it was requested in {@code period} (only the period is
	 * broken down by product, buyer and carrier, and looking up the line is most of a
	 * return's cost).
	 */
	void returnsAndOpenCases(LocalDate from, LocalDate to, Period period, Consumer<ReportedReturn> action) {
		stream("SELECT " + COLUMNS + ", r.last_seen AS r_last_seen" + HISTORY
				+ " LEFT JOIN rs_order_line o ON q.requested_date BETWEEN ? AND ? AND" + MATCHED_LINE
				+ " WHERE q.requested_date BETWEEN ? AND ? OR q.status <> 'CLOSED' ORDER BY r.return_id", action,
				period.from(), period.to(), from, to);
	}

	/**
	 * The period's returns whose freight the seller may claim back, by currency, the
	 * largest amount first.
	 */
	void recoverable(Period period, Consumer<ReportedReturn> action) {
		stream("SELECT " + COLUMNS + ", r.last_seen AS r_last_seen" + HISTORY + " LEFT JOIN rs_order_line o ON"
				+ MATCHED_LINE + " WHERE q.requested_date BETWEEN ? AND ? AND " + RECOVERABLE
				+ " ORDER BY d.currency, CASE WHEN d.freight_compliant = 'NO' THEN d.freight_amount_at_issue"
				+ " ELSE q.return_freight_cost END DESC, r.return_id", action, period.from(), period.to());
	}

	/** The run's own returns with their decisions, in returns.csv order. */
	void runReturns(long runId, Consumer<ReportedReturn> action) {
		stream("SELECT " + COLUMNS + ", NULL AS r_last_seen FROM rs_decision d"
				+ " JOIN rs_return_request q ON q.run_id = d.run_id AND q.line_no = d.line_no"
				+ " LEFT JOIN rs_order_line o ON" + MATCHED_LINE + " WHERE d.run_id = ? ORDER BY d.run_id, d.line_no",
				action, runId);
	}

	/**
	 * Streams the rows, one return at a time. Two order lines whose skus differ only in
	 * case would both match a return: the first is kept, as the decision kept it.
	 */
	private void stream(String sql, Consumer<ReportedReturn> action, Object... arguments) {
		String[] previous = { null };
		this.jdbc.query(sql, (ResultSet rs) -> {
			String returnId = rs.getString("return_id");
			if (returnId.equals(previous[0])) {
				return;
			}
			previous[0] = returnId;
			action.accept(row(rs));
		}, arguments);
	}

	private static ReportedReturn row(ResultSet rs) throws SQLException {
		java.sql.Date lastSeen = rs.getDate("r_last_seen");
		return new ReportedReturn(DecisionRepository.decision(rs), REQUEST.mapRow(rs, 0), LINE.mapRow(rs, 0),
				(lastSeen != null) ? lastSeen.toLocalDate() : null);
	}

	private static @Nullable String trim(@Nullable String text) {
		return (text != null) ? text.trim() : null;
	}

}
