package com.returnscope.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import com.returnscope.domain.Evidence;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;
import org.jspecify.annotations.Nullable;

/**
 * Returns and order lines for rule tests, built from a plain default (a matched,
 * delivered, open order-line return) with only what a test is about changed.
 */
public final class Cases {

	public static final LocalDate DELIVERED = LocalDate.of(2026, 10, 1);

	public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 25);

	private Cases() {
	}

	public static OrderLine line(String sku, @Nullable LocalDate delivered, @Nullable Incoterm incoterm) {
		return new OrderLine(2, "PO-1", LocalDate.of(2026, 9, 20), "Acme Trading Co., Ltd.", "HK", sku, null, null, 10,
				new BigDecimal("12.50"), "USD", null, delivered, null, null, incoterm);
	}

	public static OrderLine line() {
		return line("SKU-A", DELIVERED, Incoterm.DAP);
	}

	/** A return; change it with the withers. */
	public record Request(String buyer, @Nullable String sku, LocalDate requested, @Nullable String code,
			@Nullable String text, @Nullable BigDecimal cost, @Nullable Payer paidBy,
			@Nullable InspectionResult inspection, ReturnStatus status, @Nullable Outcome outcome,
			@Nullable MediationDecision mediation, Set<Evidence> evidence) {

		public Request buyer(String buyer) {
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					evidence);
		}

		public Request sku(@Nullable String sku) {
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					evidence);
		}

		public Request requested(LocalDate requested) {
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					evidence);
		}

		public Request reason(@Nullable String code, @Nullable String text) {
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					evidence);
		}

		public Request freight(@Nullable String cost, @Nullable Payer paidBy) {
			return new Request(buyer, sku, requested, code, text, (cost != null) ? new BigDecimal(cost) : null, paidBy,
					inspection, status, outcome, mediation, evidence);
		}

		public Request inspection(@Nullable InspectionResult inspection) {
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					evidence);
		}

		public Request status(ReturnStatus status, @Nullable Outcome outcome) {
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					evidence);
		}

		public Request mediation(@Nullable MediationDecision mediation, Evidence... evidence) {
			Set<Evidence> held = EnumSet.noneOf(Evidence.class);
			held.addAll(Set.of(evidence));
			return new Request(buyer, sku, requested, code, text, cost, paidBy, inspection, status, outcome, mediation,
					held);
		}

		public ReturnRequest build() {
			return new ReturnRequest(5, "RT-1", "PO-1", buyer, sku, 1, requested, code, text, null, null, cost, paidBy,
					inspection, status, outcome, mediation, evidence, null);
		}

	}

	/**
	 * Requested 3 days after delivery, code DM (quality), still open, nothing paid yet.
	 */
	public static Request request() {
		return new Request("ACME TRADING co ltd", "SKU-A", DELIVERED.plusDays(3), "DM", null, null, null, null,
				ReturnStatus.AGREED, null, null, EnumSet.noneOf(Evidence.class));
	}

}
