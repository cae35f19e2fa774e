package com.returnscope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One accepted row of returns.csv. Optional columns that were blank are {@code null};
 * {@code evidence} is empty when none is held. {@code buyerName} is null only when the
 * export's layout has none; {@code notInExport} names what the layout lacks.
 */
public record ReturnRequest(long line, String returnId, String orderId, @Nullable String buyerName,
		@Nullable String sku, int quantity, LocalDate requestedDate, @Nullable String reasonCode,
		@Nullable String reasonText, @Nullable BigDecimal refundAmount, @Nullable String currency,
		@Nullable BigDecimal returnFreightCost, @Nullable Payer freightPaidBy,
		@Nullable InspectionResult inspectionResult, ReturnStatus status, @Nullable Outcome outcome,
		@Nullable MediationDecision mediationDecision, Set<Evidence> evidence, @Nullable LocalDate closedDate,
		Set<NotInExport> notInExport) {

	public ReturnRequest {
		evidence = Set.copyOf(evidence);
		notInExport = Set.copyOf(notInExport);
	}

	/** A return from an export that carries every fact of the contract. */
	public ReturnRequest(long line, String returnId, String orderId, @Nullable String buyerName, @Nullable String sku,
			int quantity, LocalDate requestedDate, @Nullable String reasonCode, @Nullable String reasonText,
			@Nullable BigDecimal refundAmount, @Nullable String currency, @Nullable BigDecimal returnFreightCost,
			@Nullable Payer freightPaidBy, @Nullable InspectionResult inspectionResult, ReturnStatus status,
			@Nullable Outcome outcome, @Nullable MediationDecision mediationDecision, Set<Evidence> evidence,
			@Nullable LocalDate closedDate) {
		this(line, returnId, orderId, buyerName, sku, quantity, requestedDate, reasonCode, reasonText, refundAmount,
				currency, returnFreightCost, freightPaidBy, inspectionResult, status, outcome, mediationDecision,
				evidence, closedDate, Set.of());
	}

}
