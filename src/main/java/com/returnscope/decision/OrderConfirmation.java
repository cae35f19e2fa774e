package com.returnscope.decision;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.returnscope.domain.Incoterm;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.OrderMatch;
import com.returnscope.domain.ReturnRequest;
import org.jspecify.annotations.Nullable;

/**
 * The order a return refers to, as far as it could be confirmed, and the facts the other
 * decisions take from it.
 *
 * @param match the result, in the policy's precedence
 * @param detail why it is not MATCHED, for the explanation; empty when matched
 * @param deliveredDate the matched line's delivery; with a blank or unknown sku, the
 * latest of the order's lines
 * @param incoterm the matched line's, else the one all lines share
 * @param orderCurrency the matched line's currency, else the one all lines share
 * @param orderDate the matched line's order date, else the order's earliest
 * @param nameUnchecked why the buyer's name could not be checked (an export without
 * names), null when it was
 */
public record OrderConfirmation(OrderMatch match, String detail, @Nullable LocalDate deliveredDate,
		@Nullable Incoterm incoterm, @Nullable String orderCurrency, @Nullable LocalDate orderDate,
		@Nullable String nameUnchecked) {

	static OrderConfirmation of(ReturnRequest request, List<OrderLine> lines, BuyerNames names) {
		if (lines.isEmpty()) {
			return new OrderConfirmation(OrderMatch.ORDER_NOT_FOUND, "order " + request.orderId() + " not found", null,
					null, null, null, null);
		}
		OrderLine line = (request.sku() != null) ? lines.stream()
			.filter((candidate) -> candidate.sku().equalsIgnoreCase(request.sku()))
			.findFirst()
			.orElse(null) : (lines.size() == 1) ? lines.get(0) : null;
		LocalDate delivered = (line != null) ? line.deliveredDate()
				: lines.stream()
					.map(OrderLine::deliveredDate)
					.filter(Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(null);
		Incoterm incoterm = (line != null) ? line.incoterm() : shared(lines.stream().map(OrderLine::incoterm).toList());
		String currency = (line != null) ? line.currency() : shared(lines.stream().map(OrderLine::currency).toList());
		LocalDate ordered = (line != null) ? line.orderDate()
				: lines.stream().map(OrderLine::orderDate).min(Comparator.naturalOrder()).orElseThrow();
		// a name is compared only where both exports carry one; never assumed to match
		List<String> orderBuyers = lines.stream().map(OrderLine::buyerName).filter(Objects::nonNull).toList();
		String unchecked = (request.buyerName() == null) ? "the returns export has no buyer name"
				: orderBuyers.isEmpty() ? "the orders export has no buyer name" : null;
		if (unchecked == null && orderBuyers.stream().noneMatch((buyer) -> names.same(buyer, request.buyerName()))) {
			return new OrderConfirmation(OrderMatch.BUYER_MISMATCH,
					"buyer '" + request.buyerName() + "' is not the order's '" + orderBuyers.get(0) + "'", delivered,
					incoterm, currency, ordered, null);
		}
		if (line == null) {
			String detail = (request.sku() != null) ? "sku " + request.sku() + " is not on order " + request.orderId()
					: "sku missing on order " + request.orderId() + ", which has " + lines.size() + " lines";
			return new OrderConfirmation(OrderMatch.SKU_NOT_ON_ORDER, detail, delivered, incoterm, currency, ordered,
					unchecked);
		}
		return new OrderConfirmation(OrderMatch.MATCHED, "", delivered, incoterm, currency, ordered, unchecked);
	}

	private static <T> @Nullable T shared(List<@Nullable T> values) {
		T first = values.get(0);
		return values.stream().allMatch((value) -> Objects.equals(value, first)) ? first : null;
	}

}
