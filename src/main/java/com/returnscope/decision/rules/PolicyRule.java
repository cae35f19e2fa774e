package com.returnscope.decision.rules;

/** What every rule shares: its id and its description from the policy. */
abstract class PolicyRule implements ComplianceRule {

	private final String id;

	private final String description;

	PolicyRule(String id, RuleSettings settings) {
		this.id = id;
		this.description = settings.description();
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final String description() {
		return this.description;
	}

}
