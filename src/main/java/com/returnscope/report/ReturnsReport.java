package com.returnscope.report;

import java.util.List;
import java.util.Map;

import com.returnscope.decision.DecisionRepository;
import com.returnscope.domain.Category;
import com.returnscope.domain.DecidedReturn;
import com.returnscope.domain.Decision;
import com.returnscope.domain.Reason;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.ingest.RejectsRepository;
import com.returnscope.job.RunContext;
import com.returnscope.job.RunParameters;
import com.returnscope.policy.LoadedPolicy;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders returns-report.xlsx for managers. The summary sheet lives in memory (its chart
 * needs that) and is filled last, from figures added up while the details sheet streams.
 */
@Component
public class ReturnsReport implements Tasklet {

	public static final String NAME = "returns-report.xlsx";

	public static final String SUMMARY = "Summary";

	public static final String DETAILS = "Details";

	private static final List<String> DETAIL_COLUMNS = List.of("Line", "Return ID", "Order ID", "Requested", "Category",
			"Subreason", "Classified by", "Matched term", "Order match", "Window", "Days since delivery", "Status",
			"Outcome", "Refund", "Currency", "Expected freight payer", "Actual freight payer", "Freight compliant",
			"Freight at issue", "Findings", "Appeal candidate", "Explanation");

	private final DecisionRepository decisions;

	private final RejectsRepository rejects;

	private final LoadedPolicy policy;

	public ReturnsReport(DecisionRepository decisions, RejectsRepository rejects, LoadedPolicy policy) {
		this.decisions = decisions;
		this.rejects = rejects;
		this.policy = policy;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		StreamedWorkbook.write(run.outputs().file(NAME), SUMMARY, (workbook, summary, styles) -> {
			ReturnsFigures figures = details(workbook.createSheet(DETAILS), styles, run.runId());
			summary(summary, styles, run, figures);
		});
		return RepeatStatus.FINISHED;
	}

	private ReturnsFigures details(SXSSFSheet sheet, SheetWriter.Styles styles, long instance) {
		ReturnsFigures figures = new ReturnsFigures();
		SheetWriter details = new SheetWriter(sheet, styles).header(DETAIL_COLUMNS.toArray(String[]::new))
			.widths(6, 14, 16, 11, 16, 20, 13, 24, 18, 16, 8, 12, 15, 11, 8, 10, 10, 10, 11, 30, 9, 80);
		sheet.createFreezePane(2, 1);
		this.decisions.forEachWithReturn(instance, (decided) -> {
			figures.add(decided);
			detail(details, decided);
		});
		return figures;
	}

	private static void detail(SheetWriter details, DecidedReturn decided) {
		Decision d = decided.decision();
		ReturnRequest r = decided.request();
		details.row(d.line(), d.returnId(), d.orderId(), r.requestedDate(), d.category().name(), d.subreason(),
				d.classifiedBy().name(), d.matchedTerm(), d.orderMatch().name(), d.windowStatus().name(),
				d.daysSinceDelivery(), r.status().name(), (r.outcome() != null) ? r.outcome().name() : null,
				r.refundAmount(), d.currency(), d.expectedFreightPayer().name(), d.actualFreightPayer().name(),
				d.freightCompliant().name(), d.freightAmountAtIssue(), String.join(";", d.findings()),
				d.appealCandidate(), d.explanation());
	}

	private void summary(XSSFSheet sheet, SheetWriter.Styles styles, RunContext run, ReturnsFigures figures) {
		SheetWriter summary = new SheetWriter(sheet, styles).widths(50, 22, 10).printOnePageWide();
		summary.title("ReturnScope returns report")
			.row("Run date", run.runDate())
			.row("Policy", this.policy.version())
			.row("Policy SHA-256", this.policy.sha256());
		this.policy.parts()
			.forEach((part) -> summary.row("Policy part " + part.name() + " (" + part.file() + ")",
					part.version() + ", SHA-256 " + part.sha256()));
		summary.skip().header("Key figures", "Value");
		summary.row("Returns decided", figures.returns);
		Map<String, Long> rejected = this.rejects.countByFile(run.runId());
		for (RunParameters.Role role : RunParameters.Role.values()) {
			String name = run.inputName(role);
			summary.row("Input rows rejected (" + name + ")", rejected.getOrDefault(name, 0L));
		}
		summary.row("Returns failing at least one rule", figures.withFindings)
			.row("Returns with return freight paid by the wrong party", figures.freightNotCompliant)
			.row("Appeal candidates", figures.appealCandidates);
		figures.freightAtIssue
			.forEach((currency, amount) -> summary.row("Freight at issue (" + currency + ")", amount));
		figures.refunds.forEach((currency, amount) -> summary.row("Refunds recorded (" + currency + ")", amount));
		summary.skip().header("Reason mix", "Returns", "Share");
		int first = summary.nextRow();
		for (Category category : Category.values()) {
			long count = figures.count(category);
			summary.row(category.name(), count,
					new SheetWriter.Rate((figures.returns == 0) ? 0 : (double) count / figures.returns));
		}
		int last = summary.nextRow() - 1;
		summary.skip().header("Category", "Subreason", "Returns");
		this.policy.policy()
			.categories()
			.forEach((category, subreasons) -> subreasons.forEach((subreason) -> summary.row(category.name(), subreason,
					figures.count(new Reason(category, subreason)))));
		summary.row(Category.UNCLASSIFIED.name(), "", figures.count(Reason.UNCLASSIFIED));
		chart(sheet, first, last);
	}

	/** A native bar chart of the reason mix, drawn from the table above it. */
	private static void chart(XSSFSheet sheet, int first, int last) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 4, 5, 12, 24);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Reason mix (returns by category)");
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
		data.setBarDirection(BarDirection.COL);
		data.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
				XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0)),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1)));
		series.setTitle("Returns", null);
		// Explicit fill: without it LibreOffice draws the bars invisible.
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] { 0x2F, 0x5D, (byte) 0x8A })));
		chart.plot(data);
	}

}
