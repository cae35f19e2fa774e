package com.returnscope.domain;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The decision on one return: one row of decisions.csv, plus what the reports need to
 * trace it (the input line, the freight rule, the rules evaluated, appeal candidacy).
 *
 * @param line the return's line in returns.csv
 * @param evaluatedRules the rules that applied to this return, passed or failed
 * @param findings the rules it fails, in the policy's order
 */
public record Decision(long line, String returnId, String orderId, OrderMatch orderMatch, Category category,
		String subreason, ClassifiedBy classifiedBy, String matchedTerm, @Nullable Integer daysSinceDelivery,
		WindowStatus windowStatus, Payer expectedFreightPayer, String freightRule, Payer actualFreightPayer,
		FreightCompliance freightCompliant, BigDecimal freightAmountAtIssue, @Nullable String currency,
		List<String> findings, List<String> evaluatedRules, boolean appealCandidate, String explanation) {

	public Decision {
		findings = List.copyOf(findings);
		evaluatedRules = List.copyOf(evaluatedRules);
	}

	/** Which way a freight NO went, for the compliance summary; null unless NO. */
	public @Nullable FreightBreach freightBreach() {
		return FreightBreach.of(this.expectedFreightPayer, this.freightCompliant);
	}

}
