package com.returnscope.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.returnscope.domain.Category;
import com.returnscope.job.RunParameters;
import com.returnscope.policy.LoadedPolicy;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * The first sheet: the period's key figures against the previous period's, money by
 * currency, the reason mix and the thirteen months' trend as native charts, this run's
 * own counts, what the report was made with, and how to read it.
 */
final class OverviewSheet {

	static final String NAME = "Overview";

	/** Rows left free for the trend chart. */
	private static final int TREND_CHART_ROWS = 20;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private static final String HOW_TO_READ = """
			Period: the returns requested and the order lines ordered in it; every figure is compared with the \
			period of the same length just before. Return rate = returns requested in the period / order lines \
			ordered in it (by units: units returned / units ordered); returns of older orders count too, so a \
			small product can show more than 100 %.
			Compliance rate: the share of returns that break no rule of the policy. Freight paid by the wrong \
			party: the party at fault must pay the return freight (defect: the seller; change of mind: the buyer; \
			transit: the party carrying the transit risk under the incoterm).
			Amounts stay in their own currency; with an FX-rates file a reporting-currency view is added, at the \
			rates and dates shown under About.
			Products and Customers: flagged where the 95 % interval of the return rate lies wholly above the \
			overall rate, or repeat returners. Open cases: every return not closed, overdue ones in red. Freight \
			recovery: money to claim back. Unclassified: fill in category and subreason and pass the file back \
			with --overrides on the next run. Details: every return of this run's export with its decision.""";

	private OverviewSheet() {
	}

	static void write(ReportWorkbook book, XSSFSheet sheet, Report report) {
		HistoryFigures history = report.history();
		PeriodFigures now = history.current;
		PeriodFigures before = history.previous;
		Table table = new Table(sheet, book.styles()).widths(46, 13, 13, 13, 15, 15, 15, 15, 13);
		table.title("Returns report, run date " + report.runDate())
			.subtitle("Period: " + now.period.kind().label() + ", " + now.period + ", compared with " + before.period
					+ ". Policy " + report.policy().version() + ".")
			.skip();

		table.section("Key figures").header("Figure", "This period", "Previous period", "Change");
		int first = table.next();
		counts(table, "Orders", now.orders.orders(), before.orders.orders());
		counts(table, "Order lines", now.orders.lines(), before.orders.lines());
		counts(table, "Units ordered", now.orders.units(), before.orders.units());
		counts(table, "Returns requested", now.returns, before.returns);
		counts(table, "Units returned", now.returnedUnits, before.returnedUnits);
		rates(table, "Return rate (returns per order line)", now.lineRate(), before.lineRate());
		rates(table, "Return rate (units returned per unit ordered)", now.unitRate(), before.unitRate());
		rates(table, "Compliance rate (returns breaking no rule)", now.complianceRate(), before.complianceRate());
		counts(table, "Returns with freight paid by the wrong party", now.wrongParty, before.wrongParty);
		table.labelled("Open cases (not closed, any date)", report.openCases().open);
		table.labelled("Open cases overdue for escalation", report.openCases().overdue);
		table.labelled("Freight recovery candidates (this period)",
				history.sellerPaid.returns + history.disputes.returns);
		// a return rate up, compliance down, more wrong payers: red
		table.highlight(first, 3, 3,
				"OR(AND($A" + (first + 1) + "=\"Return rate (returns per order line)\",D" + (first + 1) + ">0),AND($A"
						+ (first + 1) + "=\"Compliance rate (returns breaking no rule)\",D" + (first + 1) + "<0))",
				Table.Highlight.BREACH);
		table.skip();

		int keyFiguresEnd = table.next();
		money(table, report);
		table.skip();
		int trendChart = table.next();
		for (int i = 0; i < TREND_CHART_ROWS; i++) {
			table.skip();
		}

		table.section("Reason mix (this period)").header("Category", "Returns", "Share", "Previous period", "Change");
		int mixFirst = table.next();
		for (Category category : Category.values()) {
			long count = now.count(category);
			table.row(category.name(), count, percent(PeriodFigures.ratio(count, now.returns)), before.count(category),
					change(count, before.count(category)));
		}
		int mixLast = table.next() - 1;
		table.labelled("All returns", now.returns, percent((now.returns == 0) ? null : 1.0), before.returns,
				change(now.returns, before.returns));
		table.skip();

		table.section("13-month trend (returns by month requested, order lines by month ordered)");
		List<String> header = new ArrayList<>(List.of("Month", "Order lines", "Returns"));
		for (Category category : Category.values()) {
			header.add(category.name());
		}
		header.add("Return rate");
		table.header(header.toArray(String[]::new));
		int trendFirst = table.next();
		for (Map.Entry<YearMonth, HistoryFigures.Month> month : history.trend.entrySet()) {
			List<Object> row = new ArrayList<>(
					List.of(MONTH.format(month.getKey()), month.getValue().orders.lines(), month.getValue().returns()));
			for (Category category : Category.values()) {
				row.add(month.getValue().returns.getOrDefault(category, 0L));
			}
			// an empty month plots as no point rather than as 0 %
			row.add(percent(month.getValue().rate()));
			table.row(row.toArray());
		}
		int trendLast = table.next() - 1;
		table.skip();

		ReturnsFigures run = report.run();
		table.section("This run: the export of " + report.runDate());
		table.labelled("Returns decided", run.returns);
		for (RunParameters.Role role : RunParameters.Role.values()) {
			String name = report.inputName(role);
			table.labelled("Input rows rejected (" + name + ")", report.rejected().getOrDefault(name, 0L));
		}
		table.labelled("Returns failing at least one rule", run.withFindings)
			.labelled("Returns with return freight paid by the wrong party", run.freightNotCompliant)
			.labelled("Appeal candidates", run.appealCandidates);
		run.freightAtIssue.forEach((currency, amount) -> table.labelled("Freight at issue (" + currency + ")", amount));
		run.refunds.forEach((currency, amount) -> table.labelled("Refunds recorded (" + currency + ")", amount));
		table.skip();

		about(table, report);
		table.skip();
		table.section("How to read this");
		table.note(HOW_TO_READ, 9, 150);
		table.printed().printArea(9);
		sheet.createFreezePane(0, 2);

		Charts.bars(sheet, new Charts.Place(5, 3, 9, keyFiguresEnd), "Reason mix: returns by category, this period",
				mixFirst, mixLast, 0, 1);
		Charts.stackedWithLine(sheet, new Charts.Place(0, trendChart, 9, trendChart + TREND_CHART_ROWS - 1),
				"13-month trend: returns by category and the return rate", trendFirst, trendLast, 0, 3,
				3 + Category.values().length - 1, 3 + Category.values().length);
	}

	private static void money(Table table, Report report) {
		PeriodFigures now = report.history().current;
		PeriodFigures before = report.history().previous;
		FxRates fx = report.settings().fxRates();
		String reporting = fx.reportingCurrency();
		List<String> header = new ArrayList<>(List.of("Currency", "Refunds", "Previous period", "Change",
				"Return freight", "Seller paid share", "Previous period", "Freight paid by the wrong party"));
		if (reporting != null) {
			header.add("Refunds in " + reporting);
		}
		table.section("Money by currency (this period against the previous one)").header(header.toArray(String[]::new));
		TreeSet<String> currencies = new TreeSet<>(now.refunds.map().keySet());
		currencies.addAll(now.freight.map().keySet());
		currencies.addAll(before.refunds.map().keySet());
		currencies.addAll(before.freight.map().keySet());
		List<String> ordered = new ArrayList<>(currencies);
		ordered.sort(Comparator.comparing((String currency) -> now.refunds.get(currency)).reversed());
		for (String currency : ordered) {
			BigDecimal refunds = now.refunds.get(currency);
			table.row(currency, refunds, before.refunds.get(currency),
					change(refunds.doubleValue(), before.refunds.get(currency).doubleValue()),
					now.freight.get(currency), percent(now.sellerShare(currency)),
					percent(before.sellerShare(currency)), now.wrongPartyAmount.get(currency),
					(reporting != null) ? fx.convert(currency, refunds) : null);
		}
		if (fx.reportingCurrency() != null) {
			table.labelled("All, in " + fx.reportingCurrency(), fx.convert(now.refunds.map()),
					fx.convert(before.refunds.map()), null, fx.convert(now.freight.map()), null, null,
					fx.convert(now.wrongPartyAmount.map()), fx.convert(now.refunds.map()));
		}
	}

	private static void about(Table table, Report report) {
		LoadedPolicy policy = report.policy();
		ReportSettings settings = report.settings();
		table.section("About this report");
		table.labelled("Policy", policy.version()).labelled("Policy SHA-256", policy.sha256());
		policy.parts()
			.forEach((part) -> table.labelled("Policy part " + part.name() + " (" + part.file() + ")",
					part.version() + ", SHA-256 " + part.sha256()));
		table.labelled("Period setting", settings.period().label() + " (--report-period)");
		table.labelled("Repeat returners",
				"at least " + settings.repeatReturnerReturns() + " returns and a return rate of at least "
						+ settings.repeatReturnerRate().movePointRight(2).stripTrailingZeros().toPlainString()
						+ " % in the period");
		FxRates fx = settings.fxRates();
		if (fx.reportingCurrency() == null) {
			table.labelled("Exchange rates", "none given (--fx-rates): amounts stay per currency");
		}
		else {
			fx.rates()
				.forEach((currency, rate) -> table.labelled("Rate " + currency + " to " + fx.reportingCurrency(),
						new Table.Decimal(rate.rate()), rate.date()));
		}
	}

	private static void counts(Table table, String label, long now, long before) {
		table.labelled(label, now, before, change(now, before));
	}

	private static void rates(Table table, String label, @Nullable Double now, @Nullable Double before) {
		table.labelled(label, percent(now), percent(before),
				(now != null && before != null) ? new Table.Points((now - before) * 100) : null);
	}

	static Table.@Nullable Percent percent(@Nullable Double value) {
		return (value != null) ? new Table.Percent(value) : null;
	}

	/** The change against the previous period; none when there was nothing before. */
	static Table.@Nullable Change change(double now, double before) {
		return (before == 0) ? null : new Table.Change((now - before) / before);
	}

}
