package com.returnscope.decision.rules;

/** What every rule's entry in the policy file has: its switch. */
interface RuleSettings {

	boolean enabled();

}
