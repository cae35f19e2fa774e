package com.returnscope.decision.rules;

import com.returnscope.decision.ReturnCase;

/** One rule of the policy's section on compliance, evaluated on every return. */
public interface ComplianceRule {

	/** The id printed in decisions.csv findings (R-...). */
	String id();

	/** One line for the compliance summary: what failing this rule means. */
	String description();

	RuleResult evaluate(ReturnCase returnCase);

}
