package com.returnscope.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.Category;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Who returns: per destination country and per buyer with returns in the period, the
 * returns, the return rate, the refunds and the share that were changes of mind. Buyers
 * over both repeat-returner thresholds are flagged.
 */
final class CustomersSheet {

	static final String NAME = "Customers";

	static final String FLAG = "repeat returner";

	private CustomersSheet() {
	}

	static void write(ReportWorkbook book, XSSFSheet sheet, Report report) {
		HistoryFigures history = report.history();
		ReportSettings settings = report.settings();
		FxRates fx = settings.fxRates();
		Table table = new Table(sheet, book.styles()).widths(34, 9, 11, 9, 11, 12, 30, 16, 15);
		table.title("Customers, " + history.current.period.kind().label() + " " + history.current.period)
			.subtitle("Repeat returner: at least " + settings.repeatReturnerReturns()
					+ " returns in the period and a return rate of at least "
					+ settings.repeatReturnerRate().movePointRight(2).stripTrailingZeros().toPlainString()
					+ " % (or returns without order lines in the period). Buyers with returns in the period only.")
			.skip();

		table.section("By destination country")
			.header(ProductsSheet.header(fx, "Country", "", "Order lines", "Returns", "Return rate", "Change of mind",
					"Refunds"));
		countries(history).forEach((country) -> {
			List<@Nullable Object> cells = cells(country.getKey(), null, country.getValue());
			table.row(withRate(cells, fx, country.getValue()).toArray());
		});
		table.skip();

		table.section("By buyer, most returns first")
			.header(ProductsSheet.header(fx, "Buyer", "Country", "Order lines", "Returns", "Return rate",
					"Change of mind", "Refunds", "Flag"));
		int first = table.next();
		table.stream(book.body(sheet));
		history.buyers.entrySet()
			.stream()
			.filter((buyer) -> buyer.getValue().returns > 0)
			.sorted(Comparator.comparingLong((Map.Entry<String, Tally> buyer) -> -buyer.getValue().returns)
				.thenComparing(Map.Entry::getKey))
			.forEach((buyer) -> {
				List<@Nullable Object> cells = cells(buyer.getKey(), history.buyerCountries.get(buyer.getKey()),
						buyer.getValue());
				cells.add(repeatReturner(buyer.getValue(), settings) ? FLAG : "");
				table.row(withRate(cells, fx, buyer.getValue()).toArray());
			});
		table.highlight(first, "$H" + (first + 1) + "=\"" + FLAG + "\"", Table.Highlight.WARNING);
		table.finish(1);
	}

	static boolean repeatReturner(Tally buyer, ReportSettings settings) {
		if (buyer.returns < settings.repeatReturnerReturns()) {
			return false;
		}
		Double rate = buyer.rate();
		return rate == null || BigDecimal.valueOf(rate).compareTo(settings.repeatReturnerRate()) >= 0;
	}

	private static List<Map.Entry<String, Tally>> countries(HistoryFigures history) {
		return history.countries.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, Tally> country) -> -country.getValue().returns)
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

	private static List<@Nullable Object> cells(String key, @Nullable String country, Tally tally) {
		return new ArrayList<>(
				Arrays.asList(key, country, tally.orderLines, tally.returns, OverviewSheet.percent(tally.rate()),
						OverviewSheet.percent(PeriodFigures.ratio(tally.count(Category.CHANGE_OF_MIND), tally.returns)),
						tally.refunds.toString()));
	}

	/** The refunds in the reporting currency, last, when there are rates. */
	private static List<@Nullable Object> withRate(List<@Nullable Object> cells, FxRates fx, Tally tally) {
		if (fx.reportingCurrency() != null) {
			cells.add(fx.convert(tally.refunds.map()));
		}
		return cells;
	}

}
