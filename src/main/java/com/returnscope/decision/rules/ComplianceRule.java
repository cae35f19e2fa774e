package com.returnscope.decision.rules;

import com.returnscope.decision.ReturnCase;

/** One rule of the policy's section on compliance, evaluated on every return. */
public interface ComplianceRule {

	/** The id printed in decisions.csv findings (R-...). */
	String id();

	/** The rule in plain language, as the policy words it, for the compliance pack. */
	String description();

	/**
	 * The money a return failing this rule puts at stake: its refund, unless the rule
	 * says otherwise.
	 */
	default AtStake atStake() {
		return AtStake.REFUND;
	}

	RuleResult evaluate(ReturnCase returnCase);

}
