package com.returnscope.decision.rules;

/**
 * What every rule's entry in the policy file has: its switch and its plain-language
 * description, which the compliance pack prints beside the rule's figures.
 */
interface RuleSettings {

	boolean enabled();

	String description();

}
