package com.returnscope.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.Reason;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Why returns came back in the period: every reason of the policy with its returns, units
 * and refunds; the terms of the buyers' texts that decided most often; and how the
 * returns were classified, and how confidently.
 */
final class ReasonsSheet {

	static final String NAME = "Reasons";

	/** The most matched terms listed. */
	static final int TOP_TERMS = 20;

	private ReasonsSheet() {
	}

	static void write(ReportWorkbook book, XSSFSheet sheet, Report report) {
		HistoryFigures history = report.history();
		FxRates fx = report.settings().fxRates();
		Table table = new Table(sheet, book.styles()).widths(30, 34, 10, 10, 12, 13, 13, 13, 13);
		table.title("Reasons, " + history.current.period.kind().label() + " " + history.current.period)
			.subtitle("Every reason of the policy, most returns first; refunds per currency.")
			.skip();

		List<String> header = new ArrayList<>(
				List.of("Category", "Subreason", "Returns", "Share", "Units returned", "Refunds"));
		if (fx.reportingCurrency() != null) {
			header.add("Refunds in " + fx.reportingCurrency());
		}
		table.section("By category and subreason").header(header.toArray(String[]::new));
		for (Reason reason : reasons(report)) {
			Tally tally = history.reasons.getOrDefault(reason, new Tally());
			table.row(reason.category().name(), reason.subreason(), tally.returns,
					OverviewSheet.percent(PeriodFigures.ratio(tally.returns, history.current.returns)),
					tally.returnedUnits, tally.refunds.toString(),
					(fx.reportingCurrency() != null) ? fx.convert(tally.refunds.map()) : null);
		}
		table.labelled("All returns", null, history.current.returns, null, history.current.returnedUnits,
				history.current.refunds.toString(),
				(fx.reportingCurrency() != null) ? fx.convert(history.current.refunds.map()) : null);
		table.skip();

		table.section("Top matched terms of the buyers' texts").header("Term", "Reason", "Returns");
		history.terms.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, HistoryFigures.Term> term) -> term.getValue().returns)
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(TOP_TERMS)
			.forEach((term) -> table.row(term.getKey(), term.getValue().reason.toString(), term.getValue().returns));
		table.skip();

		table.section("How returns were classified, and how confidently")
			.header("Method", "Decided by", "Returns", "Share", "Average confidence", "Confidence below 0.60",
					"0.60 to 0.80", "0.80 to 0.90", "0.90 and above");
		for (ClassifiedBy method : ClassifiedBy.values()) {
			HistoryFigures.Method figures = history.methods.getOrDefault(method, new HistoryFigures.Method());
			boolean scored = figures.withConfidence > 0;
			table.row(method.name(), description(method), figures.returns,
					OverviewSheet.percent(PeriodFigures.ratio(figures.returns, history.current.returns)),
					scored ? new Table.Decimal(figures.averageConfidence()) : null, scored ? figures.bands[0] : null,
					scored ? figures.bands[1] : null, scored ? figures.bands[2] : null,
					scored ? figures.bands[3] : null);
		}
		table.printed().printArea(9);
		sheet.createFreezePane(0, 2);
	}

	/**
	 * The policy's reasons and unclassified, most returns first, then in policy order.
	 */
	private static List<Reason> reasons(Report report) {
		List<Reason> reasons = new ArrayList<>();
		report.policy()
			.policy()
			.categories()
			.forEach((category, subreasons) -> subreasons
				.forEach((subreason) -> reasons.add(new Reason(category, subreason))));
		reasons.add(Reason.UNCLASSIFIED);
		report.history().reasons.keySet()
			.stream()
			.filter((reason) -> !reasons.contains(reason))
			.sorted(Comparator.comparing(Reason::toString))
			.forEach(reasons::add);
		List<Reason> sorted = new ArrayList<>(reasons);
		sorted.sort(Comparator
			.comparing((Reason reason) -> report.history().reasons.getOrDefault(reason, new Tally()).returns)
			.reversed()
			.thenComparing(reasons::indexOf));
		return sorted;
	}

	private static String description(ClassifiedBy method) {
		return switch (method) {
			case OVERRIDE -> "a reviewer's label";
			case INSPECTION -> "the seller's inspection";
			case REASON_CODE -> "the platform's reason code";
			case KEYWORD -> "a term in the buyer's text";
			case MODEL -> "the text model";
			case NONE -> "nothing: unclassified";
		};
	}

}
