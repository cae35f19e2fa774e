package com.returnscope.decision.rules;

/** What every rule shares: its id and its one-line description. */
abstract class PolicyRule implements ComplianceRule {

	private final String id;

	private final String description;

	PolicyRule(String id, String description) {
		this.id = id;
		this.description = description;
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
