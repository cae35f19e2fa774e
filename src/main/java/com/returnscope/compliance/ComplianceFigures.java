package com.returnscope.compliance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import com.returnscope.job.RunContext;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The compliance pack's figures from set-based queries over the history: the rules'
 * figures of the run and of the periods ending on its date, the returns whose freight
 * compliance is unknown, and the rejects by kind. The run's rule figures and the periods'
 * come from one query, so they are computed alike.
 */
@Repository
public class ComplianceFigures {

	/** Rule ids are inlined into the queries: only ids of this shape are. */
	private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9-]*");

	/** A period of run dates, counted from the history. */
	public record Period(String label, LocalDate from, LocalDate to, List<Long> runs, long returns,
			List<RuleFigures> rules) {
	}

	/** The rules' figures of a run and of the periods that end on its date. */
	public record RunFigures(Period run, Period last30Days, Period monthToDate) {

		public List<Period> all() {
			return List.of(this.run, this.last30Days, this.monthToDate);
		}

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

	private @Nullable JobExecution computedFor;

	private @Nullable RunFigures computed;

	public ComplianceFigures(JdbcTemplate jdbc, DecisionEngine engine) {
		this.jdbc = jdbc;
		this.rules = engine.rules();
		this.rules.all().forEach((rule) -> {
			if (!RULE_ID.matcher(rule.id()).matches()) {
				throw new IllegalStateException("Rule id " + rule.id() + " cannot be queried");
			}
		});
	}

	/**
	 * The rules' figures of the run and of the periods that end on its date, this run,
	 * the last 30 days and the month to date, from one read of the widest period's
	 * decisions. compliance-summary.xlsx and compliance-rules.csv both show them and are
	 * rendered side by side: the figures are computed once per job execution, and the
	 * second step to ask waits for the first.
	 */
	public synchronized RunFigures of(RunContext run) {
		if (this.computedFor != run.execution() || this.computed == null) {
			this.computed = compute(run.runId(), run.runDate());
			this.computedFor = run.execution();
		}
		return this.computed;
	}

	/**
	 * A period counts the run itself and, for every earlier date from its start, the
	 * latest completed run of that date that the history still holds, created before this
	 * run. Each return counts once, by its decision in the latest of those runs that
	 * decided it. As every period ends on the run's date, a decision superseded within
	 * the widest period is superseded within each period that holds it, so the figures
	 * are read once, by run, and each period adds up the runs it holds.
	 */
	private RunFigures compute(long runId, LocalDate runDate) {
		LocalDate days30 = runDate.minusDays(29);
		LocalDate month = runDate.withDayOfMonth(1);
		LocalDate from = days30.isBefore(month) ? days30 : month;
		Map<LocalDate, Long> byDate = new TreeMap<>();
		this.jdbc.query("SELECT run_id, run_date, completed_at FROM rs_run WHERE run_date >= ? AND run_date <= ? "
				+ "AND run_id <= ? AND pruned_at IS NULL ORDER BY run_date, run_id", (ResultSet rs) -> {
					LocalDate date = rs.getDate(2).toLocalDate();
					long id = rs.getLong(1);
					if (date.equals(runDate) ? id == runId : rs.getTimestamp(3) != null) {
						byDate.put(date, id); // the latest of the date wins
					}
				}, java.sql.Date.valueOf(from), java.sql.Date.valueOf(runDate), runId);
		String ids = byDate.values().stream().map(String::valueOf).collect(Collectors.joining(", "));
		// a return decided again by a later run of the period counts there, not here
		Map<Long, Tally> byRun = tallies("d.run_id IN (" + ids + ") AND NOT EXISTS (SELECT 1 FROM rs_decision n "
				+ "JOIN rs_run nr ON nr.run_id = n.run_id WHERE n.return_id = d.return_id AND n.run_id IN (" + ids
				+ ") AND nr.run_date > (SELECT r.run_date FROM rs_run r WHERE r.run_id = d.run_id))");
		return new RunFigures(period("This run", runDate, runDate, byDate, byRun),
				period("Last 30 days", days30, runDate, byDate, byRun),
				period("Month to date", month, runDate, byDate, byRun));
	}

	private Period period(String label, LocalDate from, LocalDate to, Map<LocalDate, Long> byDate,
			Map<Long, Tally> byRun) {
		List<Long> runs = byDate.entrySet()
			.stream()
			.filter((run) -> !run.getKey().isBefore(from))
			.map(Map.Entry::getValue)
			.toList();
		Tally sum = new Tally(this.rules.all().size());
		runs.forEach((run) -> sum.add(byRun.get(run)));
		return new Period(label, from, to, runs, sum.returns, sum.figures(this.rules.all()));
	}

	/** The rules' figures by run over the decisions {@code where} selects. */
	private Map<Long, Tally> tallies(String where) {
		List<ComplianceRules.Listed> listed = this.rules.all();
		StringBuilder sql = new StringBuilder("SELECT d.run_id AS run_id, d.currency AS currency, COUNT(*) AS n");
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
		sql.append(DECISIONS_WITH_REQUESTS).append("WHERE ").append(where).append(" GROUP BY d.run_id, d.currency");
		Map<Long, Tally> byRun = new HashMap<>();
		this.jdbc.query(sql.toString(), (ResultSet rs) -> {
			Tally tally = byRun.computeIfAbsent(rs.getLong("run_id"), (run) -> new Tally(listed.size()));
			String currency = currency(rs.getString("currency"));
			tally.returns += rs.getLong("n");
			for (int i = 0; i < listed.size(); i++) {
				if (!listed.get(i).enabled()) {
					continue;
				}
				tally.evaluated[i] += rs.getLong("e" + i);
				tally.failed[i] += rs.getLong("f" + i);
				BigDecimal stake = rs.getBigDecimal("s" + i);
				if (stake != null && stake.signum() > 0) {
					tally.atStake.get(i).merge(currency, stake, BigDecimal::add);
				}
			}
		});
		return byRun;
	}

	/** The rules' figures over some decisions, rule by rule in the policy's order. */
	private static final class Tally {

		private long returns;

		private final long[] evaluated;

		private final long[] failed;

		private final List<Map<String, BigDecimal>> atStake = new ArrayList<>();

		Tally(int rules) {
			this.evaluated = new long[rules];
			this.failed = new long[rules];
			for (int i = 0; i < rules; i++) {
				this.atStake.add(new HashMap<>());
			}
		}

		/** Adds another tally's figures; a run that decided nothing has none. */
		void add(@Nullable Tally other) {
			if (other == null) {
				return;
			}
			this.returns += other.returns;
			for (int i = 0; i < this.evaluated.length; i++) {
				this.evaluated[i] += other.evaluated[i];
				this.failed[i] += other.failed[i];
				Map<String, BigDecimal> stake = this.atStake.get(i);
				other.atStake.get(i).forEach((currency, amount) -> stake.merge(currency, amount, BigDecimal::add));
			}
		}

		List<RuleFigures> figures(List<ComplianceRules.Listed> listed) {
			List<RuleFigures> figures = new ArrayList<>();
			for (int i = 0; i < listed.size(); i++) {
				ComplianceRules.Listed rule = listed.get(i);
				figures.add(new RuleFigures(rule.id(), rule.description(), rule.enabled(), this.returns,
						this.evaluated[i], this.failed[i], this.atStake.get(i)));
			}
			return figures;
		}

	}

	/** Whether a ';'-separated list of rule ids holds {@code id}. */
	private static String has(String column, String id) {
		return "(';' || " + column + " || ';') LIKE '%;" + id + ";%'";
	}

	/**
	 * Streams the run's returns whose freight compliance is unknown, in returns.csv
	 * order.
	 */
	public void forEachFreightUnknown(long runId, Consumer<FreightUnknownReturn> action) {
		this.jdbc.query(
				"SELECT d.line_no, d.return_id, d.order_id, d.expected_freight_payer, d.actual_freight_payer, "
						+ "q.return_freight_cost, d.currency" + DECISIONS_WITH_REQUESTS
						+ "WHERE d.run_id = ? AND d.freight_compliant = ? ORDER BY d.run_id, d.line_no",
				(ResultSet rs) -> {
					Payer expected = Payer.valueOf(rs.getString(4));
					BigDecimal cost = rs.getBigDecimal(6);
					action.accept(new FreightUnknownReturn(rs.getLong(1), rs.getString(2), rs.getString(3),
							FreightUnknown.of(expected, cost), expected, Payer.valueOf(rs.getString(5)), cost,
							currency(rs.getString(7))));
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
