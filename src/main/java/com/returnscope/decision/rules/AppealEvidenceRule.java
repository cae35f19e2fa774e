package com.returnscope.decision.rules;

import java.util.List;

import com.returnscope.decision.ReturnCase;
import com.returnscope.domain.ReturnStatus;

/** R-APPEAL-EVIDENCE: an appeal needs evidence (tracking, photos...). */
final class AppealEvidenceRule extends PolicyRule {

	static final String ID = "R-APPEAL-EVIDENCE";

	record Settings(boolean enabled, String description, List<ReturnStatus> statuses) implements RuleSettings {
	}

	private final Settings settings;

	AppealEvidenceRule(Settings settings) {
		super(ID, settings);
		this.settings = settings;
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		if (!this.settings.statuses().contains(returnCase.request().status())) {
			return RuleResult.notApplicable(ID);
		}
		return RuleResult.failWhen(returnCase.request().evidence().isEmpty(), ID,
				returnCase.request().status() + " without evidence");
	}

}
