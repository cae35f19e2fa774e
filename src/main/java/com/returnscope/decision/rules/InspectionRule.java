package com.returnscope.decision.rules;

import java.util.List;

import com.returnscope.decision.ReturnCase;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.ReturnRequest;
import com.returnscope.domain.ReturnStatus;

/** R-INSPECTION: a return closed as granted must have been inspected. */
final class InspectionRule extends PolicyRule {

	static final String ID = "R-INSPECTION";

	record Settings(boolean enabled, String description, List<Outcome> grantedOutcomes, List<ReturnStatus> statuses,
			List<InspectionResult> notInspected) implements RuleSettings {
	}

	private final Settings settings;

	InspectionRule(Settings settings) {
		super(ID, settings);
		this.settings = settings;
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		ReturnRequest request = returnCase.request();
		if (request.outcome() == null || !this.settings.grantedOutcomes().contains(request.outcome())
				|| !this.settings.statuses().contains(request.status())) {
			return RuleResult.notApplicable(ID);
		}
		InspectionResult inspection = request.inspectionResult();
		return RuleResult.failWhen(inspection == null || this.settings.notInspected().contains(inspection), ID,
				request.status() + " with " + request.outcome() + " but inspection "
						+ ((inspection != null) ? inspection : "blank"));
	}

}
