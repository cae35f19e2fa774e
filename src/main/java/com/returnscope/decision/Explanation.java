package com.returnscope.decision;

import java.util.List;
import java.util.stream.Collectors;

import com.returnscope.decision.rules.RuleResult;
import com.returnscope.domain.Category;
import com.returnscope.domain.Classification;
import com.returnscope.domain.Evidence;
import com.returnscope.domain.FreightBreach;
import com.returnscope.domain.Money;
import com.returnscope.domain.NotInExport;
import com.returnscope.domain.OrderMatch;
import com.returnscope.domain.Payer;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.WindowStatus;

/**
 * The one sentence in decisions.csv that says why: what classified the return, how its
 * order and window stand (with the dates used), who owes the freight by which rule, which
 * rules fail and why, and the policy version that decided.
 */
final class Explanation {

	private Explanation() {
	}

	static String of(ReturnCase returnCase, List<RuleResult> results, boolean appealCandidate, String currency,
			String policyVersion) {
		StringBuilder sentence = new StringBuilder();
		sentence.append(classification(returnCase.classification()));
		sentence.append("; ").append(order(returnCase));
		sentence.append("; ").append(window(returnCase));
		sentence.append("; ").append(freight(returnCase.freight(), currency));
		sentence.append("; ").append(findings(results));
		if (appealCandidate) {
			sentence.append("; appeal candidate: mediation ")
				.append(returnCase.request().mediationDecision())
				.append(" though evidence holds ")
				.append(evidence(returnCase.request()));
		}
		return sentence.append("; policy ").append(policyVersion).append('.').toString();
	}

	private static String classification(Classification classification) {
		String decided = decided(classification);
		Category text = classification.textCategory();
		return (text != null && text != classification.category()) ? decided + " (the buyer's text reads " + text + ")"
				: decided;
	}

	private static String decided(Classification classification) {
		String reason = classification.reason().toString();
		return switch (classification.classifiedBy()) {
			case OVERRIDE -> reason + ": a reviewer decided"
					+ (classification.matchedTerm().isEmpty() ? "" : " (\"" + classification.matchedTerm() + "\")");
			case INSPECTION -> reason + " by inspection " + classification.matchedTerm();
			case REASON_CODE -> reason + " by reason code " + classification.matchedTerm();
			case KEYWORD -> reason + " by keyword \"" + classification.matchedTerm() + "\"";
			case MODEL -> reason + " by the text model (confidence " + classification.confidence() + "; cues "
					+ classification.matchedTerm()
					+ (classification.detail().isEmpty() ? "" : "; " + classification.detail()) + ")";
			case NONE -> reason + ": " + (classification.detail().isEmpty()
					? "no override, conclusive inspection, known reason code or keyword" : classification.detail());
		};
	}

	private static String order(ReturnCase returnCase) {
		ReturnRequest request = returnCase.request();
		OrderConfirmation order = returnCase.order();
		String confirmation = (order.match() != OrderMatch.MATCHED) ? "order not confirmed (" + order.detail() + ")"
				: (order.nameUnchecked() != null) ? "order " + request.orderId()
						+ " confirmed by order id and sku; the buyer's name could not be checked ("
						+ order.nameUnchecked() + ")" : "order " + request.orderId() + " confirmed";
		if (order.orderDate() != null && request.requestedDate().isBefore(order.orderDate())) {
			// decided as usual: the dates are the export's to correct
			return confirmation + " (ordered " + order.orderDate()
					+ ", after the request: the export's dates need checking)";
		}
		return confirmation;
	}

	private static String window(ReturnCase returnCase) {
		ReturnWindow window = returnCase.window();
		ReturnRequest request = returnCase.request();
		String requested = request.notInExport().contains(NotInExport.REQUESTED_DATE)
				? "no request date in the export, counted from the return's date " + request.requestedDate()
				: "requested " + request.requestedDate();
		return switch (window.status()) {
			case UNKNOWN -> requested + ", window unknown ("
					+ ((returnCase.order().match() == OrderMatch.ORDER_NOT_FOUND) ? "no order" : "no delivery date")
					+ ")";
			case BEFORE_DELIVERY ->
				requested + ", " + -window.days() + " days before delivery on " + window.deliveredDate();
			case WITHIN,
					OUTSIDE ->
				requested + ", day " + window.days() + " after delivery on " + window.deliveredDate() + ", "
						+ ((window.status() == WindowStatus.WITHIN) ? "within" : "outside") + " the "
						+ window.windowDays() + "-day window";
		};
	}

	private static String freight(FreightAssessment freight, String currency) {
		if (freight.expected() == Payer.UNDETERMINED) {
			return "no freight payer can be named for an unclassified return (" + freight.rule() + ")";
		}
		String owes = freight.expected() + " owes the return freight (" + freight.rule() + ")";
		if (freight.cost() == null) {
			return owes + ", freight cost not recorded: compliance unknown";
		}
		if (freight.cost().signum() == 0) {
			return owes + ", no freight charged: compliant";
		}
		String cost = Money.withCurrency(freight.cost(), currency.isEmpty() ? null : currency);
		return switch (freight.compliance()) {
			case UNKNOWN -> owes + ", " + cost + " paid by an unrecorded party: compliance unknown";
			case YES -> owes + ", " + freight.actual() + " paid " + cost + ": compliant";
			case NO -> owes + ", but " + freight.actual() + " paid " + cost + ": "
					+ FreightBreach.of(freight.expected(), freight.compliance()).label();
		};
	}

	private static String findings(List<RuleResult> results) {
		List<RuleResult> failed = results.stream()
			.filter((result) -> result.verdict() == RuleResult.Verdict.FAIL)
			.toList();
		if (failed.isEmpty()) {
			long applied = results.stream().filter((result) -> result.verdict() == RuleResult.Verdict.PASS).count();
			return "passes all " + applied + " applicable rules";
		}
		return "fails " + failed.stream()
			.map((result) -> result.ruleId() + " (" + result.detail() + ")")
			.collect(Collectors.joining(", "));
	}

	private static String evidence(ReturnRequest request) {
		return request.evidence().stream().sorted().map(Evidence::name).collect(Collectors.joining(";"));
	}

}
