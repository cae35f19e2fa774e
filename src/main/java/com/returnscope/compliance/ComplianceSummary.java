package com.returnscope.compliance;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.decision.DecisionRepository;
import com.returnscope.domain.DecidedReturn;
import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightBreach;
import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.InputCounts;
import com.returnscope.ingest.RejectsRepository;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.policy.Policy;
import com.returnscope.report.SheetWriter;
import com.returnscope.report.StreamedWorkbook;
import org.jspecify.annotations.Nullable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders compliance-summary.xlsx for auditors: the Cover (the run, the policy and its
 * parts, the inputs reconciled, the statuses defined), the Rules with their figures, the
 * Freight matrix, every Violation, the Appeal candidates, the Rejects and the Period
 * figures from the history. Every row that names a return gives its returns.csv line and
 * the policy version, so each figure can be traced to an input row and a rule. Every list
 * is in a stable order and the document properties carry the run date, so the same run
 * renders the same cells.
 */
@Component
public class ComplianceSummary implements Tasklet {

	public static final String NAME = "compliance-summary.xlsx";

	public static final String COVER = "Cover";

	public static final String RULES = "Rules";

	public static final String FREIGHT = "Freight";

	public static final String VIOLATIONS = "Violations";

	public static final String APPEALS = "Appeal candidates";

	public static final String REJECTS = "Rejects";

	public static final String PERIOD = "Period";

	/**
	 * The Cover's rows that describe the execution rather than the run's content: they
	 * differ between two renderings of the same run, and between two databases.
	 */
	public static final Set<String> EXECUTION_ROWS = Set.of("Run id", "Execution id", "Started", "Ended");

	/** The period sheet counts the history of earlier runs, not this run's inputs. */
	public static final Set<String> HISTORY_SHEETS = Set.of(PERIOD);

	/** The Cover's definitions: each status or figure the workbook uses, in words. */
	private static final List<List<String>> STATUSES = List.of(
			List.of("OK", "input rows read = rows accepted + rows rejected"),
			List.of("NOT OK", "input rows read differ from accepted + rejected (the run fails rather than publish)"),
			List.of("Evaluated", "the rule applied to the return (passed or failed)"),
			List.of("Passed", "the rule applied and the return complies"),
			List.of("Failed", "the rule applied and the return breaks it: a violation, listed on " + VIOLATIONS),
			List.of("Not applicable", "the rule did not apply to the return (or is switched off in the policy)"),
			List.of("Compliance rate", "passed / evaluated, four decimals; blank when the rule applied to no return"),
			List.of("Money at stake",
					"per currency, the refunds of the returns failing the rule; for R-FREIGHT the freight paid by "
							+ "the party that did not owe it"),
			List.of("Freight YES",
					"the party the policy names (the party at fault) paid the return freight, or it cost 0"),
			List.of("Freight NO", "another party paid a freight cost above 0: a breach of R-FREIGHT"),
			List.of("Freight UNKNOWN", "the category decides no payer, or the export records no cost or no payer"),
			List.of("Appeal candidate",
					"lost in mediation though the evidence held and the inspection or category support an appeal"),
			List.of("Started / Ended",
					"when the execution started, and when this workbook was written (its last step before "
							+ "publishing)"));

	private final DecisionRepository decisions;

	private final RejectsRepository rejects;

	private final InputCounts counts;

	private final ComplianceFigures figures;

	private final LoadedPolicy policy;

	private final ReviewerOverrides overrides;

	public ComplianceSummary(DecisionRepository decisions, RejectsRepository rejects, InputCounts counts,
			ComplianceFigures figures, LoadedPolicy policy, ReviewerOverrides overrides) {
		this.decisions = decisions;
		this.rejects = rejects;
		this.counts = counts;
		this.figures = figures;
		this.policy = policy;
		this.overrides = overrides;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		StreamedWorkbook.write(run.outputs().file(NAME), COVER, (workbook, cover, styles) -> {
			SheetWriter.runProperties(workbook.getXSSFWorkbook(), run.runDate(),
					"ReturnScope compliance summary " + run.runDate());
			ComplianceFigures.RunFigures overTime = this.figures.of(run);
			List<RuleFigures> rules = overTime.run().rules();
			rules(sheet(workbook, RULES, styles), run, rules);
			SheetWriter freight = sheet(workbook, FREIGHT, styles);
			// the pass listing the violations also adds up the freight figures
			FreightFigures freightFigures = violationsAndAppeals(sheet(workbook, VIOLATIONS, styles),
					sheet(workbook, APPEALS, styles), run);
			freight(freight, run, freightFigures);
			rejects(sheet(workbook, REJECTS, styles), run);
			period(sheet(workbook, PERIOD, styles), overTime);
			cover(new SheetWriter(cover, styles), run, rules.isEmpty() ? 0 : rules.get(0).returns());
		});
		return RepeatStatus.FINISHED;
	}

	private static SheetWriter sheet(SXSSFWorkbook workbook, String name, SheetWriter.Styles styles) {
		return new SheetWriter(workbook.createSheet(name), styles);
	}

	private void cover(SheetWriter cover, RunContext run, long returns) {
		cover.widths(30, 70, 66, 11, 11, 11, 14).printOnePageWide();
		cover.title("ReturnScope compliance summary")
			.row("Run date", run.runDate())
			.row("Run id", run.runId())
			.row("Execution id", run.executionId())
			.row("Started", timestamp(run.execution().getStartTime()))
			.row("Ended", timestamp(LocalDateTime.now()))
			.row("Returns decided", returns)
			.skip()
			.header("Policy", "File", "SHA-256", "Version")
			.row("Policy in force", this.policy.location(), this.policy.sha256(), this.policy.version());
		this.policy.parts()
			.forEach((part) -> cover.row("Policy part " + part.name(), part.file(), part.sha256(), part.version()));
		LoadedPolicy.Part model = this.policy.part("model");
		cover.row("Text model", (model != null) ? model.file() : "none", (model != null) ? model.sha256() : null,
				(model != null) ? model.version() : null);
		cover.skip().header("Input", "File", "SHA-256", "Rows read", "Accepted", "Rejected", "Reconciliation");
		Map<String, Long> rejected = this.rejects.countByFile(run.runId());
		for (RunParameters.Role role : RunParameters.Role.values()) {
			RunParameters.Input input = run.parameters().input(role);
			InputCounts.Counts read = this.counts.of(run.runId(), role);
			long rejectedRows = rejected.getOrDefault(input.name(), 0L);
			boolean reconciles = read != null && read.rowsRead() == read.rowsAccepted() + rejectedRows;
			cover.row(role.key(), input.name(), input.sha256(), (read != null) ? read.rowsRead() : null,
					(read != null) ? read.rowsAccepted() : null, rejectedRows, reconciles ? "OK" : "NOT OK");
		}
		RunParameters.Overrides overridesFile = run.parameters().overrides();
		if (overridesFile != null) {
			cover.row("overrides", overridesFile.file().getFileName().toString(), overridesFile.sha256(),
					(long) this.overrides.size());
		}
		cover.skip().header("Status", "Meaning");
		STATUSES.forEach((status) -> cover.row(status.get(0), status.get(1)));
		cover.skip()
			.row("Freight rule", "the party at fault pays the return freight: the seller for a defect, a wrong item "
					+ "or goods not as described; the buyer for a change of mind; transit damage or loss with the "
					+ "incoterm's transit risk");
	}

	private void rules(SheetWriter sheet, RunContext run, List<RuleFigures> rules) {
		Set<String> currencies = currencies(rules);
		List<String> header = new ArrayList<>(List.of("Rule", "Description", "Status", "Evaluated", "Passed", "Failed",
				"Not applicable", "Compliance rate"));
		currencies.forEach((currency) -> header.add("At stake " + currencyName(currency)));
		int[] widths = new int[header.size()];
		Arrays.fill(widths, 12);
		widths[0] = 20;
		widths[1] = 70;
		sheet.widths(widths).title("Rules of policy " + this.policy.version() + ", run of " + run.runDate());
		sheet.header(header.toArray(String[]::new));
		for (RuleFigures rule : rules) {
			List<@Nullable Object> row = new ArrayList<>(
					List.of(rule.id(), rule.description(), rule.enabled() ? "enabled" : "disabled", rule.evaluated(),
							rule.passed(), rule.failed(), rule.notApplicable()));
			row.add(rate(rule.complianceRate()));
			currencies.forEach((currency) -> row.add(rule.atStake().get(currency)));
			sheet.row(row.toArray());
		}
	}

	private static Set<String> currencies(List<RuleFigures> rules) {
		return rules.stream()
			.flatMap((rule) -> rule.atStake().keySet().stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static String currencyName(String currency) {
		return currency.isEmpty() ? "(no currency)" : currency;
	}

	private static SheetWriter.@Nullable Rate rate(@Nullable BigDecimal rate) {
		return (rate != null) ? new SheetWriter.Rate(rate.doubleValue()) : null;
	}

	private void freight(SheetWriter sheet, RunContext run, FreightFigures figures) {
		sheet.widths(34, 12, 12, 12, 12, 14, 12, 12, 100)
			.title("Return freight: who owed it by policy " + this.policy.version() + ", and who paid it");
		Map<String, List<FreightFigures.Cell>> byCurrency = new TreeMap<>();
		figures.cells()
			.forEach((cell) -> byCurrency.computeIfAbsent(cell.currency(), (key) -> new ArrayList<>()).add(cell));
		Set<Payer> expectedPayers = EnumSet.noneOf(Payer.class);
		this.policy.policy().freight().payers().stream().map(Policy.PayerRule::payer).forEach(expectedPayers::add);
		byCurrency.forEach((currency, cells) -> {
			Set<Payer> rows = EnumSet.copyOf(expectedPayers);
			cells.forEach((cell) -> rows.add(cell.expected()));
			matrix(sheet, "Returns in " + currencyName(currency), rows, cells, true);
			matrix(sheet, "Freight cost in " + currencyName(currency), rows, cells, false);
			sheet.skip();
		});
		sheet.header("Freight breach", "Currency", "Returns", "Amount");
		List<FreightFigures.Breach> breaches = figures.breaches();
		for (FreightBreach kind : FreightBreach.values()) {
			List<FreightFigures.Breach> ofKind = breaches.stream()
				.filter((breach) -> FreightBreach.of(breach.expected(), FreightCompliance.NO) == kind)
				.toList();
			if (ofKind.isEmpty()) {
				sheet.row(kind.label(), null, 0L, BigDecimal.ZERO);
			}
			ofKind.forEach((breach) -> sheet.row(kind.label(), currencyName(breach.currency()), breach.returns(),
					breach.amount()));
		}
		sheet.skip().header("Freight unknown", "Returns");
		figures.unknown().forEach((reason, returns) -> sheet.row(reason.label(), returns));
		sheet.skip()
			.header("Return ID", "Line in " + run.inputName(RunParameters.Role.RETURNS), "Order ID", "Why unknown",
					"Expected payer", "Actual payer", "Freight cost", "Currency", "Policy");
		this.figures.forEachFreightUnknown(run.runId(),
				(unknown) -> sheet.row(unknown.returnId(), unknown.line(), unknown.orderId(), unknown.reason().label(),
						unknown.expected().name(), unknown.actual().name(), unknown.cost(), unknown.currency(),
						this.policy.version()));
	}

	/** Expected payers down, actual payers across: the returns or their freight cost. */
	private static void matrix(SheetWriter sheet, String title, Set<Payer> rows, List<FreightFigures.Cell> cells,
			boolean counts) {
		List<String> header = new ArrayList<>(List.of(title + ": expected \\ actual payer"));
		for (Payer actual : Payer.values()) {
			header.add(actual.name());
		}
		header.add("Total");
		sheet.header(header.toArray(String[]::new));
		for (Payer expected : rows) {
			List<@Nullable Object> row = new ArrayList<>(List.of(expected.name()));
			long totalCount = 0;
			BigDecimal totalCost = BigDecimal.ZERO;
			for (Payer actual : Payer.values()) {
				FreightFigures.Cell cell = cells.stream()
					.filter((candidate) -> candidate.expected() == expected && candidate.actual() == actual)
					.findFirst()
					.orElse(null);
				long returns = (cell != null) ? cell.returns() : 0;
				BigDecimal cost = (cell != null) ? cell.cost() : BigDecimal.ZERO;
				totalCount += returns;
				totalCost = totalCost.add(cost);
				row.add(counts ? (Object) returns : cost);
			}
			row.add(counts ? (Object) totalCount : totalCost);
			sheet.row(row.toArray());
		}
	}

	private FreightFigures violationsAndAppeals(SheetWriter violations, SheetWriter appeals, RunContext run) {
		String line = "Line in " + run.inputName(RunParameters.Role.RETURNS);
		violations.widths(14, 9, 16, 20, 11, 11, 9, 12, 16, 20, 13, 11, 11, 8, 100, 18)
			.header("Return ID", line, "Order ID", "Rule", "Requested", "Closed", "Days since delivery", "Window",
					"Category", "Subreason", "Classified by", "Refund", "Freight at issue", "Currency", "Explanation",
					"Policy");
		appeals.widths(14, 9, 16, 12, 12, 22, 16, 20, 13, 40, 11, 8, 100, 18)
			.header("Return ID", line, "Order ID", "Status", "Mediation", "Inspection", "Category", "Subreason",
					"Classified by", "Evidence held", "Refund", "Currency", "Explanation", "Policy");
		String version = this.policy.version();
		FreightFigures freight = new FreightFigures();
		this.decisions.forEachWithReturn(run.runId(), (decided) -> {
			Decision d = decided.decision();
			ReturnRequest r = decided.request();
			freight.add(d, r);
			for (String rule : d.findings()) {
				violations.row(d.returnId(), d.line(), d.orderId(), rule, r.requestedDate(), r.closedDate(),
						d.daysSinceDelivery(), d.windowStatus().name(), d.category().name(), d.subreason(),
						d.classifiedBy().name(), r.refundAmount(), d.freightAmountAtIssue(), d.currency(),
						d.explanation(), version);
			}
			if (d.appealCandidate()) {
				appeal(appeals, decided, version);
			}
		});
		return freight;
	}

	private static void appeal(SheetWriter appeals, DecidedReturn decided, String version) {
		Decision d = decided.decision();
		ReturnRequest r = decided.request();
		String evidence = r.evidence().stream().sorted().map(Enum::name).collect(Collectors.joining("; "));
		appeals.row(d.returnId(), d.line(), d.orderId(), r.status().name(),
				(r.mediationDecision() != null) ? r.mediationDecision().name() : null,
				(r.inspectionResult() != null) ? r.inspectionResult().name() : null, d.category().name(), d.subreason(),
				d.classifiedBy().name(), evidence, r.refundAmount(), d.currency(), d.explanation(), version);
	}

	private void rejects(SheetWriter sheet, RunContext run) {
		sheet.widths(14, 24, 20, 60, 100).header("File", "Error kind (column at fault)", "Rejected rows");
		this.figures.rejectKinds(run.runId()).forEach((kind) -> sheet.row(kind.file(), kind.column(), kind.rows()));
		sheet.skip().header("File", "Line", "Column", "Error", "Raw record");
		this.rejects.forEach(run.runId(), (reject) -> sheet.row(reject.file(), reject.line(), reject.column(),
				reject.error(), reject.rawRecord()));
	}

	private void period(SheetWriter sheet, ComplianceFigures.RunFigures overTime) {
		List<RuleFigures> own = overTime.run().rules();
		List<ComplianceFigures.Period> periods = overTime.all();
		sheet.widths(34, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12)
			.title("Rule figures of policy " + this.policy.version() + " over time")
			.row("Each return counts once, by its latest decision in the period: the run itself, and for each "
					+ "earlier run date the latest completed run of that date the history holds.")
			.skip()
			.header("Period", "From", "To", "Runs", "Returns");
		periods.forEach((period) -> sheet.row(period.label(), period.from(), period.to(), (long) period.runs().size(),
				period.returns()));
		sheet.skip();
		List<String> header = new ArrayList<>(List.of("Rule"));
		for (ComplianceFigures.Period period : periods) {
			for (String figure : List.of("evaluated", "passed", "failed", "not applicable", "compliance rate")) {
				header.add(period.label() + ": " + figure);
			}
		}
		sheet.header(header.toArray(String[]::new));
		for (int i = 0; i < own.size(); i++) {
			List<@Nullable Object> row = new ArrayList<>(List.of(own.get(i).id()));
			for (ComplianceFigures.Period period : periods) {
				RuleFigures rule = period.rules().get(i);
				row.addAll(Arrays.asList(rule.evaluated(), rule.passed(), rule.failed(), rule.notApplicable(),
						rate(rule.complianceRate())));
			}
			sheet.row(row.toArray());
		}
		sheet.skip()
			.header("Money at stake", "Currency", overTime.run().label(), overTime.last30Days().label(),
					overTime.monthToDate().label());
		for (int i = 0; i < own.size(); i++) {
			int rule = i;
			Set<String> currencies = new TreeSet<>();
			periods.forEach((period) -> currencies.addAll(period.rules().get(rule).atStake().keySet()));
			for (String currency : currencies) {
				List<@Nullable Object> row = new ArrayList<>(List.of(own.get(i).id(), currencyName(currency)));
				periods.forEach((period) -> row.add(period.rules().get(rule).atStake().get(currency)));
				sheet.row(row.toArray());
			}
		}
	}

	private static String timestamp(@Nullable LocalDateTime time) {
		return (time != null) ? time.withNano(0).atZone(ZoneId.systemDefault()).toOffsetDateTime().toString() : "";
	}

}
