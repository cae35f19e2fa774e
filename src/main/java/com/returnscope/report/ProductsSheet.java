package com.returnscope.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.Reason;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Which products come back: per product category and per SKU, the order lines and returns
 * of the period, the return rate with its 95 % Wilson interval, and the returns above
 * what the overall rate predicts. A SKU whose whole interval lies above the overall rate
 * is flagged: it returns more than its luck explains.
 */
final class ProductsSheet {

	static final String NAME = "Products";

	static final String FLAG = "above overall rate";

	private ProductsSheet() {
	}

	static void write(ReportWorkbook book, XSSFSheet sheet, Report report) {
		HistoryFigures history = report.history();
		double overall = history.overallRate();
		FxRates fx = report.settings().fxRates();
		Table table = new Table(sheet, book.styles()).widths(16, 26, 16, 11, 11, 9, 10, 9, 9, 9, 10, 18, 30, 30, 14);
		table.title("Products, " + history.current.period.kind().label() + " " + history.current.period)
			.subtitle(String.format("Overall return rate %.1f %% (returns per order line). Sorted by excess returns:"
					+ " returns above what the overall rate predicts for the product's order lines. Flagged: the"
					+ " 95 %% interval lies wholly above the overall rate.", overall * 100))
			.skip();

		table.section("By product category")
			.header(header(fx, "Product category", "", "", "Order lines", "Units ordered", "Returns", "Units returned",
					"Return rate", "95 % low", "95 % high", "Excess returns", "", "Refunds", "Top reason"));
		for (Map.Entry<String, Tally> category : byExcess(history.productCategories, overall)) {
			table.row(row(fx, category.getValue(), overall, category.getKey(), null, null, null));
		}
		table.skip();

		long unmatched = history.current.returns - history.skus.returns();
		table.section("By SKU" + ((unmatched > 0)
				? " (" + unmatched + " returns of the period matched no order line and are in no row)" : ""));
		table.header(header(fx, "SKU", "Product", "Product category", "Order lines", "Units ordered", "Returns",
				"Units returned", "Return rate", "95 % low", "95 % high", "Excess returns", "Flag", "Refunds",
				"Top reason"));
		int first = table.next();
		table.stream(book.body(sheet));
		for (Map.Entry<String, Tally> sku : byExcess(history.skus, overall)) {
			Tally tally = sku.getValue();
			Wilson interval = tally.interval();
			boolean flagged = interval != null && interval.low() > overall;
			table.row(row(fx, tally, overall, sku.getKey(), history.productNames.get(sku.getKey()),
					history.skuCategories.get(sku.getKey()), flagged ? FLAG : ""));
		}
		table.highlight(first, "$L" + (first + 1) + "=\"" + FLAG + "\"", Table.Highlight.BREACH);
		table.finish(1);
	}

	static String[] header(FxRates fx, String... names) {
		List<String> header = new ArrayList<>(List.of(names));
		if (fx.reportingCurrency() != null) {
			header.add("Refunds in " + fx.reportingCurrency());
		}
		return header.toArray(String[]::new);
	}

	private static @Nullable Object[] row(FxRates fx, Tally tally, double overall, String key, @Nullable String name,
			@Nullable String category, @Nullable String flag) {
		Wilson interval = tally.interval();
		Reason top = tally.topReason();
		return new Object[] { key, name, category, tally.orderLines, tally.units, tally.returns, tally.returnedUnits,
				OverviewSheet.percent(tally.rate()), (interval != null) ? new Table.Percent(interval.low()) : null,
				(interval != null) ? new Table.Percent(interval.high()) : null,
				new Table.Decimal(java.math.BigDecimal.valueOf(tally.excess(overall))
					.setScale(1, java.math.RoundingMode.HALF_EVEN)),
				flag, tally.refunds.toString(), (top != null) ? top.toString() : null,
				(fx.reportingCurrency() != null) ? fx.convert(tally.refunds.map()) : null };
	}

	/** Most excess returns first; ties by key. */
	static <K extends Comparable<K>> List<Map.Entry<K, Tally>> byExcess(Map<K, Tally> tallies, double overall) {
		return tallies.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<K, Tally> entry) -> -entry.getValue().excess(overall))
				.thenComparing(Map.Entry::getKey))
			.toList();
	}

}
