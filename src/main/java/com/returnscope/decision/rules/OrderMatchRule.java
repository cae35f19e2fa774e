package com.returnscope.decision.rules;

import com.returnscope.decision.ReturnCase;
import com.returnscope.domain.OrderMatch;

/** R-ORDER-MATCH: the order must be found, for this buyer, with this sku. */
final class OrderMatchRule extends PolicyRule {

	static final String ID = "R-ORDER-MATCH";

	record Settings(boolean enabled, String description) implements RuleSettings {
	}

	OrderMatchRule(Settings settings) {
		super(ID, settings);
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		return RuleResult.failWhen(returnCase.order().match() != OrderMatch.MATCHED, ID, returnCase.order().detail());
	}

}
