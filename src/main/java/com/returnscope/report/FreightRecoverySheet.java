package com.returnscope.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import com.returnscope.domain.Decision;
import com.returnscope.domain.FreightBreach;
import com.returnscope.domain.ReturnRequest;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Return freight the seller may claim back, from the period's returns: where the seller
 * paid freight the buyer owed, and where a reason code or an inspection put the fault on
 * the seller while the buyer's own words confidently say they changed their mind (a
 * dispute candidate). The money at stake per currency on top, then every return, by
 * currency, the largest amount first.
 */
final class FreightRecoverySheet {

	static final String NAME = "Freight recovery";

	static final String SELLER_PAID = "seller paid, buyer owed";

	static final String DISPUTE = "dispute: code blames seller, buyer's words say change of mind";

	private final Table table;

	FreightRecoverySheet(ReportWorkbook book, XSSFSheet sheet, Report report) {
		HistoryFigures history = report.history();
		FxRates fx = report.settings().fxRates();
		this.table = new Table(sheet, book.styles()).widths(26, 16, 18, 28, 11, 16, 20, 13, 16, 11, 9, 12, 12, 80);
		this.table.title("Freight recovery, " + history.current.period.kind().label() + " " + history.current.period)
			.subtitle("Seller paid where the buyer owed the return freight, and returns whose reason code or"
					+ " inspection blamed the seller while the buyer's words say change of mind: freight to claim"
					+ " back or to dispute.")
			.skip();
		List<String> header = new ArrayList<>(List.of("Currency", "Seller paid, buyer owed: returns", "Amount",
				"Dispute candidates: returns", "Freight at stake", "Total at stake"));
		if (fx.reportingCurrency() != null) {
			header.add("Total in " + fx.reportingCurrency());
		}
		this.table.section("Money at stake per currency, largest first").header(header.toArray(String[]::new));
		TreeSet<String> currencies = new TreeSet<>(history.sellerPaid.amount.map().keySet());
		currencies.addAll(history.disputes.amount.map().keySet());
		currencies.stream()
			.sorted(Comparator.comparing((String currency) -> total(history, currency)).reversed())
			.forEach((currency) -> {
				BigDecimal total = total(history, currency);
				this.table.row(currency, count(history.sellerPaid, currency), history.sellerPaid.amount.get(currency),
						count(history.disputes, currency), history.disputes.amount.get(currency), total,
						(fx.reportingCurrency() != null) ? fx.convert(currency, total) : null);
			});
		this.table.labelled("All", history.sellerPaid.returns, null, history.disputes.returns);
		this.table.skip();
		this.table.section("Every return, by currency, largest amount first")
			.header("Kind", "Return ID", "Order ID", "Buyer", "Requested", "Category", "Subreason", "Decided by",
					"Buyer's words say", "Confidence", "Currency", "Amount at stake", "Status", "Explanation")
			.stream(book.body(sheet));
	}

	void add(ReportedReturn returned) {
		Decision decision = returned.decision();
		ReturnRequest request = returned.request();
		boolean sellerPaid = decision.freightBreach() == FreightBreach.SELLER_PAID_WHERE_BUYER_OWED;
		if (!sellerPaid && !decision.freightDisputeCandidate()) {
			return;
		}
		this.table.row(sellerPaid ? SELLER_PAID : DISPUTE, request.returnId(), request.orderId(), returned.buyer(),
				request.requestedDate(), decision.category().name(), decision.subreason(),
				decision.classifiedBy().name(),
				(decision.textCategory() != null) ? decision.textCategory().name() : null,
				(decision.confidence() != null) ? new Table.Decimal(decision.confidence()) : null, returned.currency(),
				sellerPaid ? decision.freightAmountAtIssue() : HistoryFigures.disputed(request),
				request.status().name(), new Table.Wrapped(decision.explanation()));
	}

	void finish() {
		this.table.finish(2);
	}

	private static BigDecimal total(HistoryFigures history, String currency) {
		return history.sellerPaid.amount.get(currency).add(history.disputes.amount.get(currency));
	}

	private static long count(HistoryFigures.Recovery recovery, String currency) {
		return recovery.byCurrency.getOrDefault(currency, 0L);
	}

}
