package com.returnscope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One accepted row of returns.csv. Optional columns that were blank are {@code null};
 * {@code evidence} is empty when none is held.
 */
public record ReturnRequest(long line, String returnId, String orderId, String buyerName, @Nullable String sku,
		int quantity, LocalDate requestedDate, @Nullable String reasonCode, @Nullable String reasonText,
		@Nullable BigDecimal refundAmount, @Nullable String currency, @Nullable BigDecimal returnFreightCost,
		@Nullable Payer freightPaidBy, @Nullable InspectionResult inspectionResult, ReturnStatus status,
		@Nullable Outcome outcome, @Nullable MediationDecision mediationDecision, Set<Evidence> evidence,
		@Nullable LocalDate closedDate) {

	public ReturnRequest {
		evidence = Set.copyOf(evidence);
	}

}
