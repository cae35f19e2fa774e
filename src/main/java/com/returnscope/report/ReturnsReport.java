package com.returnscope.report;

import java.nio.file.Path;
import java.util.Map;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.domain.DecidedReturn;
import com.returnscope.ingest.RejectsRepository;
import com.returnscope.job.RunContext;
import com.returnscope.policy.LoadedPolicy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Renders returns-report.xlsx for managers. The figures come from the history in a few
 * streamed reads (order lines by day grouped in the database, the period's lines added up
 * here; the returns of the period with the open cases, and the freight to recover, each
 * through one joined query, the period's returns streaming into Details on the way), and
 * the run's own returns stream once into Unclassified and Data quality. Every sheet but
 * the Overview is streamed to disk row by row; the Overview, with its charts, is written
 * last, in memory, from the figures.
 */
@Component
public class ReturnsReport implements Tasklet {

	public static final String NAME = "returns-report.xlsx";

	private static final Log logger = LogFactory.getLog(ReturnsReport.class);

	private final ReturnsHistory history;

	private final RejectsRepository rejects;

	private final LoadedPolicy policy;

	private final ReviewerOverrides overrides;

	private final ReportSettings settings;

	ReturnsReport(ReturnsHistory history, RejectsRepository rejects, LoadedPolicy policy, ReviewerOverrides overrides,
			ReportSettings settings) {
		this.history = history;
		this.rejects = rejects;
		this.policy = policy;
		this.overrides = overrides;
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunContext run = RunContext.of(chunkContext);
		write(run, run.outputs().file(NAME), DetailsSheets.EXCEL_ROWS);
		return RepeatStatus.FINISHED;
	}

	/** Writes the workbook, with at most {@code detailRows} rows a details sheet. */
	void write(RunContext run, Path file, int detailRows) {
		long start = System.nanoTime();
		Period period = this.settings.period().of(run.runDate());
		HistoryFigures figures = new HistoryFigures(period);
		OpenCases open = new OpenCases(OpenCases.Escalation.of(this.policy), run.runDate());
		figures.orderDays(this.history.orderDays(figures.start(), run.runDate()));
		this.history.orderedLines(period, figures::ordered);
		Map<String, Long> rejected = this.rejects.countByFile(run.runId());
		long[] times = new long[4];
		times[0] = System.nanoTime();
		try (ReportWorkbook book = new ReportWorkbook()) {
			XSSFSheet overview = book.sheet(OverviewSheet.NAME);
			XSSFSheet reasons = book.sheet(ReasonsSheet.NAME);
			XSSFSheet products = book.sheet(ProductsSheet.NAME);
			XSSFSheet customers = book.sheet(CustomersSheet.NAME);
			XSSFSheet logistics = book.sheet(LogisticsSheet.NAME);
			OpenCasesSheet cases = new OpenCasesSheet(book, book.sheet(OpenCasesSheet.NAME), open);
			XSSFSheet recovery = book.sheet(FreightRecoverySheet.NAME);
			UnclassifiedSheet unclassified = new UnclassifiedSheet(book, book.sheet(UnclassifiedSheet.NAME),
					this.overrides);
			DataQualitySheet quality = new DataQualitySheet(book, book.sheet(DataQualitySheet.NAME), run, rejected);
			DetailsSheets details = new DetailsSheets(book, detailRows);

			this.history.returnsAndOpenCases(figures.start(), run.runDate(), period, (returned) -> {
				figures.add(returned);
				open.add(returned);
				cases.add(returned);
				if (period.contains(returned.request().requestedDate())) {
					details.add(returned);
				}
			});
			details.finish();
			times[1] = System.nanoTime();
			ReturnsFigures runFigures = new ReturnsFigures();
			this.history.runReturns(run.runId(), (returned) -> {
				runFigures.add(new DecidedReturn(returned.decision(), returned.request()));
				unclassified.add(returned);
				quality.add(returned);
			});
			unclassified.finish(this.policy.policy());
			quality.finish();
			times[2] = System.nanoTime();

			Report report = new Report(run, this.policy, this.settings, figures, open, runFigures, rejected);
			ReasonsSheet.write(book, reasons, report);
			ProductsSheet.write(book, products, report);
			CustomersSheet.write(book, customers, report);
			LogisticsSheet.write(book, logistics, report);
			cases.finish(report);
			FreightRecoverySheet freight = new FreightRecoverySheet(book, recovery, report);
			this.history.recoverable(period, freight::add);
			freight.finish();
			OverviewSheet.write(book, overview, report);
			times[3] = System.nanoTime();
			book.write(file);
		}
		long end = System.nanoTime();
		logger.info(String.format(
				"%s: order lines read in %d ms, the history's returns in %d ms, the run's returns"
						+ " in %d ms, the summaries and freight recovery in %d ms, the file written in %d ms",
				NAME, millis(start, times[0]), millis(times[0], times[1]), millis(times[1], times[2]),
				millis(times[2], times[3]), millis(times[3], end)));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
