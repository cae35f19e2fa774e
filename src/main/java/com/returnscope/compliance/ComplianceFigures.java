package com.returnscope.compliance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.returnscope.decision.DecisionEngine;
import com.returnscope.decision.rules.AtStake;
import com.returnscope.decision.rules.ComplianceRules;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Payer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The compliance pack's figures, each from one set-based query over the history: the
 * rules' figures for a run or a period, the freight matrix, the freight unknowns and the
 * rejects by kind. The run's own figures and the period's come from the same query, so
 * they are computed alike.
 */
@Repository
public class ComplianceFigures {

	/** Rule ids are inlined into the queries: only ids of this shape are. */
	private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9-]*");

	/** A period of run dates, counted from the history. */
	public record Period(String label, LocalDate from, LocalDate to, List<Long> runs, long returns,
			List<RuleFigures> rules) {
	}

	/**
	 * One cell of the freight matrix: the returns of a currency with this expected and
	 * actual payer, and their return freight cost (a blank cost counts as nothing).
	 */
	public record FreightCell(String currency, Payer expected, Payer actual, long returns, BigDecimal cost) {
	}

	/** The freight breaches of one kind and currency. */
	public record Breach(String currency, Payer expected, long returns, BigDecimal amount) {
	}

	/** A return whose freight compliance is unknown, and why. */
	public record FreightUnknownReturn(long line, String returnId, String orderId, FreightUnknown reason,
			Payer expected, Payer actual, @Nullable BigDecimal cost, String currency) {
	}

	/** The rejected rows of one file with one column at fault. */
	public record RejectKind(String file, String column, long rows) {
	}

	private static final String DECISIONS_WITH_REQUESTS = " FROM rs_decision d "
			+ "JOIN rs_return_request q ON q.run_id = d.run_id AND q.line_no = d.line_no ";

	private final JdbcTemplate jdbc;

	private final ComplianceRules rules;

	public ComplianceFigures(JdbcTemplate jdbc, DecisionEngine engine) {
		this.jdbc = jdbc;
		this.rules = engine.rules();
		this.rules.all().forEach((rule) -> {
			if (!RULE_ID.matcher(rule.id()).matches()) {
				throw new IllegalStateException("Rule id " + rule.id() + " cannot be queried");
			}
		});
	}

	/** Every rule of the policy with its figures over the run's decisions. */
	public List<RuleFigures> ofRun(long runId) {
		return figures("d.run_id = " + runId);
	}

	/**
	 * The rules' figures over the run dates {@code from} to the run's date: the run
	 * itself, and for every earlier date the latest completed run of that date that the
	 * history still holds, created before this run. Each return counts once, by its
	 * decision in the latest of those runs that decided it.
	 */
	public Period period(String label, long runId, LocalDate runDate, LocalDate from) {
		Map<LocalDate, Long> byDate = new TreeMap<>();
		this.jdbc.query("SELECT run_id, run_date, completed_at FROM rs_run WHERE run_date >= ? AND run_date <= ? "
				+ "AND run_id <= ? AND pruned_at IS NULL ORDER BY run_date, run_id", (ResultSet rs) -> {
					LocalDate date = rs.getDate(2).toLocalDate();
					long id = rs.getLong(1);
					if (date.equals(runDate) ? id == runId : rs.getTimestamp(3) != null) {
						byDate.put(date, id); // the latest of the date wins
					}
				}, java.sql.Date.valueOf(from), java.sql.Date.valueOf(runDate), runId);
		List<Long> runs = List.copyOf(byDate.values());
		String ids = runs.stream().map(String::valueOf).collect(Collectors.joining(", "));
		// a return decided again by a later run of the period counts there, not here
		String latest = "d.run_id IN (" + ids + ") AND NOT EXISTS (SELECT 1 FROM rs_decision n "
				+ "JOIN rs_run nr ON nr.run_id = n.run_id WHERE n.return_id = d.return_id AND n.run_id IN (" + ids
				+ ") AND nr.run_date > (SELECT r.run_date FROM rs_run r WHERE r.run_id = d.run_id))";
		List<RuleFigures> figures = figures(latest);
		long returns = figures.isEmpty() ? 0 : figures.get(0).returns();
		return new Period(label, from, runDate, runs, returns, figures);
	}

	private List<RuleFigures> figures(String where) {
		List<ComplianceRules.Listed> listed = this.rules.all();
		StringBuilder sql = new StringBuilder("SELECT d.currency AS currency, COUNT(*) AS n");
		for (int i = 0; i < listed.size(); i++) {
			ComplianceRules.Listed rule = listed.get(i);
			if (!rule.enabled()) {
				continue;
			}
			String failed = has("d.findings", rule.id());
			String stake = (rule.rule().atStake() == AtStake.FREIGHT_AT_ISSUE) ? "d.freight_amount_at_issue"
					: "COALESCE(q.refund_amount, 0)";
			sql.append(", SUM(CASE WHEN ")
				.append(has("d.evaluated_rules", rule.id()))
				.append(" THEN 1 ELSE 0 END) AS e")
				.append(i)
				.append(", SUM(CASE WHEN ")
				.append(failed)
				.append(" THEN 1 ELSE 0 END) AS f")
				.append(i)
				.append(", SUM(CASE WHEN ")
				.append(failed)
				.append(" THEN ")
				.append(stake)
				.append(" ELSE 0 END) AS s")
				.append(i);
		}
		sql.append(DECISIONS_WITH_REQUESTS).append("WHERE ").append(where).append(" GROUP BY d.currency");
		long[] returns = new long[1];
		long[] evaluated = new long[listed.size()];
		long[] failed = new long[listed.size()];
		List<Map<String, BigDecimal>> atStake = new ArrayList<>();
		listed.forEach((rule) -> atStake.add(new HashMap<>()));
		this.jdbc.query(sql.toString(), (ResultSet rs) -> {
			String currency = currency(rs.getString("currency"));
			returns[0] += rs.getLong("n");
			for (int i = 0; i < listed.size(); i++) {
				if (!listed.get(i).enabled()) {
					continue;
				}
				evaluated[i] += rs.getLong("e" + i);
				failed[i] += rs.getLong("f" + i);
				BigDecimal stake = rs.getBigDecimal("s" + i);
				if (stake != null && stake.signum() > 0) {
					atStake.get(i).merge(currency, stake, BigDecimal::add);
				}
			}
		});
		List<RuleFigures> figures = new ArrayList<>();
		for (int i = 0; i < listed.size(); i++) {
			ComplianceRules.Listed rule = listed.get(i);
			figures.add(new RuleFigures(rule.id(), rule.description(), rule.enabled(), returns[0], evaluated[i],
					failed[i], atStake.get(i)));
		}
		return figures;
	}

	/** Whether a ';'-separated list of rule ids holds {@code id}. */
	private static String has(String column, String id) {
		return "(';' || " + column + " || ';') LIKE '%;" + id + ";%'";
	}

	/** The run's returns by currency, expected payer and actual payer. */
	public List<FreightCell> freightMatrix(long runId) {
		return this.jdbc
			.query("SELECT d.currency, d.expected_freight_payer, d.actual_freight_payer, COUNT(*), "
					+ "SUM(COALESCE(q.return_freight_cost, 0))" + DECISIONS_WITH_REQUESTS + "WHERE d.run_id = ? "
					+ "GROUP BY d.currency, d.expected_freight_payer, d.actual_freight_payer",
					(rs, row) -> new FreightCell(currency(rs.getString(1)), Payer.valueOf(rs.getString(2)),
							Payer.valueOf(rs.getString(3)), rs.getLong(4), rs.getBigDecimal(5)),
					runId)
			.stream()
			.sorted(Comparator.comparing(FreightCell::currency)
				.thenComparing(FreightCell::expected)
				.thenComparing(FreightCell::actual))
			.toList();
	}

	/**
	 * The run's freight breaches (freight_compliant NO) by currency and expected payer.
	 */
	public List<Breach> breaches(long runId) {
		return this.jdbc
			.query("SELECT d.currency, d.expected_freight_payer, COUNT(*), SUM(d.freight_amount_at_issue) "
					+ "FROM rs_decision d WHERE d.run_id = ? AND d.freight_compliant = ? "
					+ "GROUP BY d.currency, d.expected_freight_payer",
					(rs, row) -> new Breach(currency(rs.getString(1)), Payer.valueOf(rs.getString(2)), rs.getLong(3),
							rs.getBigDecimal(4)),
					runId, FreightCompliance.NO.name())
			.stream()
			.sorted(Comparator.comparing(Breach::currency).thenComparing(Breach::expected))
			.toList();
	}

	/** How many of the run's returns have an unknown freight compliance, by reason. */
	public Map<FreightUnknown, Long> freightUnknownCounts(long runId) {
		Map<FreightUnknown, Long> counts = new EnumMap<>(FreightUnknown.class);
		for (FreightUnknown reason : FreightUnknown.values()) {
			counts.put(reason, 0L);
		}
		this.jdbc.query(
				"SELECT " + FreightUnknown.SQL + " AS reason, COUNT(*)" + DECISIONS_WITH_REQUESTS
						+ "WHERE d.run_id = ? AND d.freight_compliant = ? GROUP BY " + FreightUnknown.SQL,
				(ResultSet rs) -> {
					counts.put(FreightUnknown.valueOf(rs.getString(1)), rs.getLong(2));
				}, runId, FreightCompliance.UNKNOWN.name());
		return counts;
	}

	/**
	 * Streams the run's returns whose freight compliance is unknown, in returns.csv
	 * order.
	 */
	public void forEachFreightUnknown(long runId, Consumer<FreightUnknownReturn> action) {
		this.jdbc.query("SELECT d.line_no, d.return_id, d.order_id, " + FreightUnknown.SQL + " AS reason, "
				+ "d.expected_freight_payer, d.actual_freight_payer, q.return_freight_cost, d.currency"
				+ DECISIONS_WITH_REQUESTS + "WHERE d.run_id = ? AND d.freight_compliant = ? "
				+ "ORDER BY d.run_id, d.line_no", (ResultSet rs) -> {
					action.accept(new FreightUnknownReturn(rs.getLong(1), rs.getString(2), rs.getString(3),
							FreightUnknown.valueOf(rs.getString(4)), Payer.valueOf(rs.getString(5)),
							Payer.valueOf(rs.getString(6)), rs.getBigDecimal(7), currency(rs.getString(8))));
				}, runId, FreightCompliance.UNKNOWN.name());
	}

	/**
	 * The run's rejected rows by file and column at fault. Small lists like this one are
	 * sorted here, not by the database, so that every database's collation gives the same
	 * order.
	 */
	public List<RejectKind> rejectKinds(long runId) {
		return this.jdbc
			.query("SELECT file_name, column_name, COUNT(*) FROM rs_reject WHERE run_id = ? "
					+ "GROUP BY file_name, column_name",
					(rs, row) -> new RejectKind(rs.getString(1), rs.getString(2), rs.getLong(3)), runId)
			.stream()
			.sorted(Comparator.comparing(RejectKind::file).thenComparing(RejectKind::column))
			.toList();
	}

	/** CHAR columns come back padded on some databases; "" for no currency. */
	private static String currency(@Nullable String currency) {
		return (currency != null) ? currency.trim() : "";
	}

}
