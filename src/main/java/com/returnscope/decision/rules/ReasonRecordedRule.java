package com.returnscope.decision.rules;

import com.returnscope.decision.ReturnCase;

/** R-REASON-RECORDED: every return keeps a record of its reason, to learn from. */
final class ReasonRecordedRule extends PolicyRule {

	static final String ID = "R-REASON-RECORDED";

	record Settings(boolean enabled, String description) implements RuleSettings {
	}

	ReasonRecordedRule(Settings settings) {
		super(ID, settings);
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		return RuleResult.failWhen(
				returnCase.request().reasonCode() == null && returnCase.request().reasonText() == null, ID,
				"neither reason_code nor reason_text recorded");
	}

}
