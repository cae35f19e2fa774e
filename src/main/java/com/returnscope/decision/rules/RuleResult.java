package com.returnscope.decision.rules;

/**
 * What one rule says of one return.
 *
 * @param ruleId the rule
 * @param verdict pass, fail or not applicable
 * @param detail why it fails, for the explanation; empty otherwise
 */
public record RuleResult(String ruleId, Verdict verdict, String detail) {

	/** A rule's verdict on one return. */
	public enum Verdict {

		PASS, FAIL, NOT_APPLICABLE

	}

	static RuleResult pass(String ruleId) {
		return new RuleResult(ruleId, Verdict.PASS, "");
	}

	static RuleResult fail(String ruleId, String detail) {
		return new RuleResult(ruleId, Verdict.FAIL, detail);
	}

	static RuleResult notApplicable(String ruleId) {
		return new RuleResult(ruleId, Verdict.NOT_APPLICABLE, "");
	}

	static RuleResult failWhen(boolean failed, String ruleId, String detail) {
		return failed ? fail(ruleId, detail) : pass(ruleId);
	}

}
