package com.returnscope.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import com.returnscope.domain.Category;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.DecidedReturn;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.OrderMatch;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.WindowStatus;
import com.returnscope.ingest.ReturnHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The staged decisions of each run, written in the decision step's chunks. */
@Repository
public class DecisionRepository {

	private static final String INSERT = """
			INSERT INTO rs_decision (run_id, line_no, return_id, order_id, order_match, category, subreason,
			classified_by, matched_term, days_since_delivery, window_status, expected_freight_payer, freight_rule,
			actual_freight_payer, freight_compliant, freight_amount_at_issue, currency, findings, evaluated_rules,
			appeal_candidate, explanation, confidence, text_category)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final RowMapper<ReturnRequest> RETURN_ROW = ReturnHistory.requestRow("r_");

	private final JdbcTemplate jdbc;

	public DecisionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(long runId, List<? extends Decision> decisions) {
		this.jdbc.batchUpdate(INSERT, decisions, decisions.size(), (ps, d) -> {
			ps.setLong(1, runId);
			ps.setLong(2, d.line());
			ps.setString(3, d.returnId());
			ps.setString(4, d.orderId());
			ps.setString(5, d.orderMatch().name());
			ps.setString(6, d.category().name());
			ps.setString(7, d.subreason());
			ps.setString(8, d.classifiedBy().name());
			ps.setString(9, d.matchedTerm());
			if (d.daysSinceDelivery() != null) {
				ps.setInt(10, d.daysSinceDelivery());
			}
			else {
				ps.setNull(10, Types.INTEGER);
			}
			ps.setString(11, d.windowStatus().name());
			ps.setString(12, d.expectedFreightPayer().name());
			ps.setString(13, d.freightRule());
			ps.setString(14, d.actualFreightPayer().name());
			ps.setString(15, d.freightCompliant().name());
			ps.setBigDecimal(16, d.freightAmountAtIssue());
			ps.setString(17, d.currency());
			ps.setString(18, String.join(";", d.findings()));
			ps.setString(19, String.join(";", d.evaluatedRules()));
			ps.setBoolean(20, d.appealCandidate());
			ps.setString(21, d.explanation());
			ps.setBigDecimal(22, d.confidence());
			ps.setString(23, (d.textCategory() != null) ? d.textCategory().name() : null);
		});
	}

	public long count(long runId) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM rs_decision WHERE run_id = ?", Long.class, runId);
		return (count != null) ? count : 0;
	}

	/**
	 * Streams the run's decisions in returns.csv order, one at a time. (Ordered by the
	 * whole primary key, so that H2 reads the index in order instead of sorting.)
	 */
	public void forEach(long runId, Consumer<Decision> action) {
		this.jdbc.query("SELECT * FROM rs_decision WHERE run_id = ? ORDER BY run_id, line_no",
				(ResultSet rs) -> action.accept(decision(rs)), runId);
	}

	/**
	 * Streams the run's decisions with the returns they decided, in returns.csv order.
	 */
	public void forEachWithReturn(long runId, Consumer<DecidedReturn> action) {
		String sql = "SELECT d.*, " + ReturnHistory.requestColumns("r", "r_") + " FROM rs_decision d "
				+ "JOIN rs_return_request r ON r.run_id = d.run_id AND r.line_no = d.line_no "
				+ "WHERE d.run_id = ? ORDER BY d.run_id, d.line_no";
		this.jdbc.query(sql, (ResultSet rs) -> {
			action.accept(new DecidedReturn(decision(rs), RETURN_ROW.mapRow(rs, 0)));
		}, runId);
	}

	/**
	 * Maps the columns of rs_decision, selected unrenamed ({@code d.*}), to a decision.
	 */
	public static Decision decision(ResultSet rs) throws SQLException {
		return new Decision(rs.getLong("line_no"), rs.getString("return_id"), rs.getString("order_id"),
				OrderMatch.valueOf(rs.getString("order_match")), Category.valueOf(rs.getString("category")),
				rs.getString("subreason"), ClassifiedBy.valueOf(rs.getString("classified_by")),
				rs.getString("matched_term"), rs.getObject("days_since_delivery", Integer.class),
				WindowStatus.valueOf(rs.getString("window_status")),
				Payer.valueOf(rs.getString("expected_freight_payer")), rs.getString("freight_rule"),
				Payer.valueOf(rs.getString("actual_freight_payer")),
				FreightCompliance.valueOf(rs.getString("freight_compliant")),
				rs.getBigDecimal("freight_amount_at_issue"), trim(rs.getString("currency")),
				list(rs.getString("findings")), list(rs.getString("evaluated_rules")),
				rs.getBoolean("appeal_candidate"), rs.getString("explanation"), rs.getBigDecimal("confidence"),
				(rs.getString("text_category") != null) ? Category.valueOf(rs.getString("text_category")) : null);
	}

	private static List<String> list(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(";"));
	}

	private static String trim(String text) {
		return (text != null) ? text.trim() : null;
	}

}
