package com.returnscope.report;

import java.time.LocalDate;

import com.returnscope.domain.Decision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import org.jspecify.annotations.Nullable;

/**
 * A return as the report reads it: its content, its decision and the order line it was
 * matched to.
 *
 * @param line the matched order line; null unless the decision matched one
 * @param lastSeen the last run date whose export carried the return; null for the run's
 * own returns
 */
record ReportedReturn(Decision decision, ReturnRequest request, @Nullable OrderLine line,
		@Nullable LocalDate lastSeen) {

	/** The currency of the return's amounts: the return's own, else its order's. */
	String currency() {
		String currency = this.decision.currency();
		return (currency != null) ? currency : "(none)";
	}

	/** The buyer as the order names them, else as the return does. */
	String buyer() {
		return (this.line != null) ? this.line.buyerName() : this.request.buyerName();
	}

	/** Requested before the order was placed: a data-quality problem in the exports. */
	boolean requestedBeforeOrder() {
		return this.line != null && this.request.requestedDate().isBefore(this.line.orderDate());
	}

}
