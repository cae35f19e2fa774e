package com.returnscope.decision;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import com.returnscope.classification.ReasonClassifier;
import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.decision.rules.ComplianceRules;
import com.returnscope.decision.rules.RuleResult;
import com.returnscope.domain.Classification;
import com.returnscope.domain.Decision;
import com.returnscope.domain.OrderLine;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.policy.Policy;

/**
 * Decides one return from its request, its order's lines and the run date, by the policy
 * alone. Building it validates everything in the policy the decisions use.
 */
public final class DecisionEngine {

	private final Policy policy;

	private final String policyVersion;

	private final ReasonClassifier classifier;

	private final ComplianceRules rules;

	private final BuyerNames buyerNames;

	public DecisionEngine(LoadedPolicy loaded, ReviewerOverrides overrides) {
		this.policy = loaded.policy();
		this.policyVersion = loaded.version();
		this.classifier = new ReasonClassifier(this.policy, overrides);
		this.rules = new ComplianceRules(this.policy);
		this.buyerNames = new BuyerNames(this.policy.buyerNames().companySuffixes());
	}

	public ComplianceRules rules() {
		return this.rules;
	}

	public Decision decide(ReturnRequest request, List<OrderLine> orderLines, LocalDate runDate) {
		OrderConfirmation order = OrderConfirmation.of(request, orderLines, this.buyerNames);
		Classification classification = this.classifier.classify(request.returnId(), request.inspectionResult(),
				request.reasonCode(), request.reasonText());
		ReturnWindow window = ReturnWindow.of(request.requestedDate(), order.deliveredDate(),
				this.policy.windows().get(classification.category()));
		Policy.PayerRule payerRule = this.policy.freight()
			.payers()
			.stream()
			.filter((rule) -> rule.matches(classification.category(), request.inspectionResult(), order.incoterm()))
			.findFirst()
			.orElseThrow(); // the validator proved every combination has a row
		FreightAssessment freight = FreightAssessment.of(payerRule, request, this.policy.freight().satisfiedBy());
		ReturnCase returnCase = new ReturnCase(request, order, classification, window, freight, runDate);
		List<RuleResult> results = this.rules.evaluate(returnCase);
		boolean appealCandidate = isAppealCandidate(returnCase);
		String currency = (request.currency() != null) ? request.currency()
				: (order.orderCurrency() != null) ? order.orderCurrency() : "";
		return new Decision(request.line(), request.returnId(), request.orderId(), order.match(),
				classification.category(), classification.reason().subreason(), classification.classifiedBy(),
				classification.matchedTerm(), window.days(), window.status(), freight.expected(), freight.rule(),
				freight.actual(), freight.compliance(), freight.amountAtIssue(), currency.isEmpty() ? null : currency,
				ids(results, RuleResult.Verdict.FAIL), evaluated(results), appealCandidate,
				Explanation.of(returnCase, results, appealCandidate, currency, this.policyVersion),
				classification.confidence(), classification.textCategory());
	}

	private boolean isAppealCandidate(ReturnCase returnCase) {
		Policy.AppealCandidates appeal = this.policy.appealCandidates();
		ReturnRequest request = returnCase.request();
		return request.mediationDecision() == appeal.mediationDecision()
				&& !Collections.disjoint(request.evidence(), appeal.evidence())
				&& ((request.inspectionResult() != null && appeal.inspection().contains(request.inspectionResult()))
						|| appeal.categories().contains(returnCase.classification().category()));
	}

	private static List<String> ids(List<RuleResult> results, RuleResult.Verdict verdict) {
		return results.stream().filter((result) -> result.verdict() == verdict).map(RuleResult::ruleId).toList();
	}

	private static List<String> evaluated(List<RuleResult> results) {
		return results.stream()
			.filter((result) -> result.verdict() != RuleResult.Verdict.NOT_APPLICABLE)
			.map(RuleResult::ruleId)
			.toList();
	}

}
