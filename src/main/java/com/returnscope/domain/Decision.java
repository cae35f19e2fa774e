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
 * @param confidence the text model's probability of the category, 0.00 to 1.00, for
 * KEYWORD and MODEL decisions; null otherwise
 * @param textCategory what the buyer's text alone says, whatever decided; null without a
 * text or a confident reading
 */
public record Decision(long line, String returnId, String orderId, OrderMatch orderMatch, Category category,
		String subreason, ClassifiedBy classifiedBy, String matchedTerm, @Nullable Integer daysSinceDelivery,
		WindowStatus windowStatus, Payer expectedFreightPayer, String freightRule, Payer actualFreightPayer,
		FreightCompliance freightCompliant, BigDecimal freightAmountAtIssue, @Nullable String currency,
		List<String> findings, List<String> evaluatedRules, boolean appealCandidate, String explanation,
		@Nullable BigDecimal confidence, @Nullable Category textCategory) {

	public Decision {
		findings = List.copyOf(findings);
		evaluatedRules = List.copyOf(evaluatedRules);
	}

	/**
	 * Whether the buyer may dispute the freight: a reason code or an inspection put the
	 * fault, and so the freight, on the seller, while the buyer's own words confidently
	 * say they changed their mind.
	 */
	public boolean freightDisputeCandidate() {
		return (this.classifiedBy == ClassifiedBy.REASON_CODE || this.classifiedBy == ClassifiedBy.INSPECTION)
				&& this.expectedFreightPayer == Payer.SELLER && this.textCategory == Category.CHANGE_OF_MIND;
	}

	/** Which way a freight NO went, for the compliance summary; null unless NO. */
	public @Nullable FreightBreach freightBreach() {
		return FreightBreach.of(this.expectedFreightPayer, this.freightCompliant);
	}

}
