package com.returnscope.compliance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.returnscope.decision.DecisionEngine;
import com.returnscope.decision.DecisionRepository;
import com.returnscope.decision.rules.ComplianceRule;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightBreach;
import com.returnscope.ingest.RejectsRepository;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.report.SheetWriter;
import com.returnscope.report.StreamedWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders compliance-summary.xlsx for auditors. Every number on the Rules sheet is a
 * count of rows on the sheets behind it, and every row there names its input line and the
 * policy version, so each figure can be traced back.
 */
@Component
public class ComplianceSummary implements Tasklet {

	public static final String NAME = "compliance-summary.xlsx";

	public static final String RULES = "Rules";

	public static final String FAILING = "Failing returns";

	public static final String REJECTED = "Rejected rows";

	private final DecisionRepository decisions;

	private final RejectsRepository rejects;

	private final DecisionEngine engine;

	private final LoadedPolicy policy;

	public ComplianceSummary(DecisionRepository decisions, RejectsRepository rejects, DecisionEngine engine,
			LoadedPolicy policy) {
		this.decisions = decisions;
		this.rejects = rejects;
		this.engine = engine;
		this.policy = policy;
	}

	/** Per rule: on how many returns it applied, and how many failed it. */
	private static final class Tally {

		final Map<String, Long> evaluated = new HashMap<>();

		final Map<String, Long> failed = new HashMap<>();

		/** Freight breaches by kind and currency: how many, and the freight at issue. */
		final Map<FreightBreach, Map<String, Long>> breaches = new EnumMap<>(FreightBreach.class);

		final Map<FreightBreach, Map<String, BigDecimal>> breachAmounts = new EnumMap<>(FreightBreach.class);

		long returns;

		void add(Decision decision) {
			this.returns++;
			decision.evaluatedRules().forEach((rule) -> this.evaluated.merge(rule, 1L, Long::sum));
			decision.findings().forEach((rule) -> this.failed.merge(rule, 1L, Long::sum));
			FreightBreach breach = decision.freightBreach();
			if (breach != null) {
				String currency = (decision.currency() != null) ? decision.currency() : "(no currency)";
				this.breaches.computeIfAbsent(breach, (key) -> new TreeMap<>()).merge(currency, 1L, Long::sum);
				this.breachAmounts.computeIfAbsent(breach, (key) -> new TreeMap<>())
					.merge(currency, decision.freightAmountAtIssue(), BigDecimal::add);
			}
		}

	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		StreamedWorkbook.write(run.outputs().file(NAME), RULES, (workbook, rules, styles) -> {
			Tally tally = failing(workbook.createSheet(FAILING), styles, run);
			rejected(workbook.createSheet(REJECTED), styles, run);
			rules(rules, styles, run, tally);
		});
		return RepeatStatus.FINISHED;
	}

	private Tally failing(SXSSFSheet sheet, SheetWriter.Styles styles, RunContext run) {
		Tally tally = new Tally();
		SheetWriter failing = new SheetWriter(sheet, styles)
			.header("Return ID", "returns.csv line", "Order ID", "Rule", "Category", "Freight at issue", "Currency",
					"Explanation")
			.widths(14, 9, 16, 20, 16, 11, 8, 100);
		sheet.createFreezePane(1, 1);
		this.decisions.forEach(run.runId(), (d) -> {
			tally.add(d);
			for (String rule : d.findings()) {
				failing.row(d.returnId(), d.line(), d.orderId(), rule, d.category().name(), d.freightAmountAtIssue(),
						d.currency(), d.explanation());
			}
		});
		return tally;
	}

	private void rejected(SXSSFSheet sheet, SheetWriter.Styles styles, RunContext run) {
		SheetWriter rejected = new SheetWriter(sheet, styles).header("File", "Line", "Column", "Error", "Raw record")
			.widths(14, 8, 20, 60, 100);
		this.rejects.forEach(run.runId(), (reject) -> rejected.row(reject.file(), reject.line(), reject.column(),
				reject.error(), reject.rawRecord()));
	}

	private void rules(XSSFSheet sheet, SheetWriter.Styles styles, RunContext run, Tally tally) {
		SheetWriter rules = new SheetWriter(sheet, styles).widths(34, 66, 11, 9, 9, 12, 10).printOnePageWide();
		rules.title("ReturnScope compliance summary")
			.row("Run date", run.runDate())
			.row("Policy", this.policy.version())
			.row("Policy SHA-256", this.policy.sha256());
		this.policy.parts()
			.forEach((part) -> rules.row("Policy part " + part.name() + " (" + part.file() + ")",
					part.version() + ", SHA-256 " + part.sha256()));
		rules.row("Returns decided", tally.returns);
		Map<String, Long> rejected = this.rejects.countByFile(run.runId());
		for (RunParameters.Role role : RunParameters.Role.values()) {
			String name = run.inputName(role);
			rules.row("Input rows rejected (" + name + ")", rejected.getOrDefault(name, 0L));
		}
		rules.skip().header("Rule", "Description", "Evaluated", "Passed", "Failed", "Failure rate", "Status");
		for (ComplianceRule rule : this.engine.rules().enabled()) {
			long evaluated = tally.evaluated.getOrDefault(rule.id(), 0L);
			long failed = tally.failed.getOrDefault(rule.id(), 0L);
			rules.row(rule.id(), rule.description(), evaluated, evaluated - failed, failed,
					(evaluated == 0) ? null : new SheetWriter.Rate((double) failed / evaluated), "enabled");
		}
		for (String id : this.engine.rules().disabled()) {
			rules.row(id, "switched off in the policy", null, null, null, null, "disabled");
		}
		rules.skip().header("R-FREIGHT breaches", "Currency", "Returns", "Amount");
		for (FreightBreach breach : FreightBreach.values()) {
			Map<String, BigDecimal> amounts = tally.breachAmounts.getOrDefault(breach, Map.of());
			if (amounts.isEmpty()) {
				rules.row(breach.label(), null, 0L, BigDecimal.ZERO);
			}
			amounts.forEach((currency, amount) -> rules.row(breach.label(), currency,
					tally.breaches.get(breach).get(currency), amount));
		}
	}

}
