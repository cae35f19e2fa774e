package com.returnscope.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.Category;
import com.returnscope.domain.Payer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * Where transport fails: per carrier and destination country, the logistics returns of
 * the period by subreason (damage, loss, late delivery...), and what the return freight
 * cost per carrier and currency, split by who actually paid it.
 */
final class LogisticsSheet {

	static final String NAME = "Logistics";

	private static final List<String> PAYERS = List.of(Payer.SELLER.name(), Payer.BUYER.name(), Payer.PLATFORM.name(),
			Payer.CARRIER.name(), HistoryFigures.UNKNOWN);

	private LogisticsSheet() {
	}

	static void write(ReportWorkbook book, XSSFSheet sheet, Report report) {
		HistoryFigures history = report.history();
		List<String> subreasons = report.policy().policy().categories().getOrDefault(Category.LOGISTICS, List.of());
		Table table = new Table(sheet, book.styles()).widths(18, 11, 12, 11, 12, 12, 12, 12, 12, 12, 12, 12);
		table.title("Logistics, " + history.current.period.kind().label() + " " + history.current.period)
			.subtitle("Carrier and destination country from the returned order line; returns that matched no"
					+ " order line are under " + HistoryFigures.UNKNOWN + ".")
			.skip();

		table.section("Return freight by carrier and currency, and who paid it")
			.header("Carrier", "Currency", "Return freight", "Paid by seller", "Paid by buyer", "Paid by platform",
					"Paid by carrier", "Payer not recorded", "Seller paid share");
		history.freightByPayer.entrySet()
			.stream()
			.sorted(Comparator
				.comparing((Map.Entry<HistoryFigures.Route, Map<String, BigDecimal>> route) -> route.getKey().carrier())
				.thenComparing((route) -> route.getKey().country()))
			.forEach((route) -> {
				BigDecimal total = route.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				List<@Nullable Object> cells = new ArrayList<>(
						List.of(route.getKey().carrier(), route.getKey().country(), total));
				PAYERS.forEach((payer) -> cells.add(route.getValue().getOrDefault(payer, BigDecimal.ZERO)));
				cells.add(OverviewSheet.percent((total.signum() == 0) ? null
						: route.getValue().getOrDefault(Payer.SELLER.name(), BigDecimal.ZERO).doubleValue()
								/ total.doubleValue()));
				table.row(cells.toArray());
			});
		table.skip();

		List<String> header = new ArrayList<>(List.of("Carrier", "Country", "Order lines", "Returns",
				"Logistics returns", "Logistics returns per order line"));
		subreasons.forEach((subreason) -> {
			String words = subreason.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
			header.add(Character.toUpperCase(words.charAt(0)) + words.substring(1));
		});
		table.section("Logistics returns by carrier and destination country, most first")
			.header(header.toArray(String[]::new));
		table.stream(book.body(sheet));
		history.routes.entrySet()
			.stream()
			.sorted(Comparator
				.comparingLong(
						(Map.Entry<HistoryFigures.Route, Tally> route) -> -route.getValue().count(Category.LOGISTICS))
				.thenComparing((route) -> route.getKey().carrier())
				.thenComparing((route) -> route.getKey().country()))
			.forEach((route) -> {
				Tally tally = route.getValue();
				long logistics = tally.count(Category.LOGISTICS);
				List<@Nullable Object> cells = new ArrayList<>(List.of(route.getKey().carrier(),
						route.getKey().country(), tally.orderLines, tally.returns, logistics));
				cells.add(OverviewSheet.percent(PeriodFigures.ratio(logistics, tally.orderLines)));
				subreasons.forEach((subreason) -> cells.add(tally.count(Category.LOGISTICS, subreason)));
				table.row(cells.toArray());
			});
		table.finish(2);
	}

}
