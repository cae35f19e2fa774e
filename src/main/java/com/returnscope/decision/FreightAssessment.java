package com.returnscope.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.FreightCompliance;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Who must pay the return freight, who did, and whether that complies.
 *
 * @param expected the payer the policy's table names
 * @param rule the table row that named it (F-...)
 * @param actual who paid, UNDETERMINED when the export does not say
 * @param compliance YES, NO or UNKNOWN
 * @param amountAtIssue the freight cost when NO, else zero
 * @param cost the freight cost as exported, null when blank
 */
public record FreightAssessment(Payer expected, String rule, Payer actual, FreightCompliance compliance,
		BigDecimal amountAtIssue, @Nullable BigDecimal cost) {

	static FreightAssessment of(Policy.PayerRule rule, ReturnRequest request, Map<Payer, List<Payer>> satisfiedBy) {
		Payer expected = rule.payer();
		Payer actual = (request.freightPaidBy() != null) ? request.freightPaidBy() : Payer.UNDETERMINED;
		BigDecimal cost = request.returnFreightCost();
		FreightCompliance compliance;
		if (expected == Payer.UNDETERMINED || cost == null) {
			compliance = FreightCompliance.UNKNOWN;
		}
		else if (cost.signum() == 0) {
			compliance = FreightCompliance.YES; // nobody was charged
		}
		else if (actual == Payer.UNDETERMINED) {
			compliance = FreightCompliance.UNKNOWN;
		}
		else {
			compliance = satisfiedBy.getOrDefault(expected, List.of(expected)).contains(actual) ? FreightCompliance.YES
					: FreightCompliance.NO;
		}
		BigDecimal atIssue = (compliance == FreightCompliance.NO) ? cost : BigDecimal.ZERO;
		return new FreightAssessment(expected, rule.rule(), actual, compliance, atIssue, cost);
	}

}
