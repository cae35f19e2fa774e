package com.returnscope.decision.rules;

import com.returnscope.decision.FreightAssessment;
import com.returnscope.decision.ReturnCase;
import com.returnscope.domain.FreightCompliance;

/** R-FREIGHT: the party at fault pays the return freight. */
final class FreightRule extends PolicyRule {

	static final String ID = "R-FREIGHT";

	record Settings(boolean enabled, String description) implements RuleSettings {
	}

	FreightRule(Settings settings) {
		super(ID, settings);
	}

	/** A freight breach puts the freight paid by the wrong party at stake. */
	@Override
	public AtStake atStake() {
		return AtStake.FREIGHT_AT_ISSUE;
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		FreightAssessment freight = returnCase.freight();
		if (freight.compliance() == FreightCompliance.UNKNOWN) {
			return RuleResult.notApplicable(ID);
		}
		return RuleResult.failWhen(freight.compliance() == FreightCompliance.NO, ID,
				freight.actual() + " paid where " + freight.expected() + " owed (" + freight.rule() + ")");
	}

}
