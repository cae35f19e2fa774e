package com.returnscope.decision.rules;

import java.time.temporal.ChronoUnit;
import java.util.List;

import com.returnscope.decision.ReturnCase;
import com.returnscope.domain.ReturnStatus;

/**
 * R-ESCALATION: a return still being negotiated too long after the request should have
 * gone to the platform's mediation.
 */
final class EscalationRule extends PolicyRule {

	static final String ID = "R-ESCALATION";

	record Settings(boolean enabled, String description, List<ReturnStatus> statuses,
			int days) implements RuleSettings {
	}

	private final Settings settings;

	EscalationRule(Settings settings) {
		super(ID, settings);
		this.settings = settings;
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		ReturnStatus status = returnCase.request().status();
		if (!this.settings.statuses().contains(status)) {
			return RuleResult.notApplicable(ID);
		}
		long days = ChronoUnit.DAYS.between(returnCase.request().requestedDate(), returnCase.runDate());
		return RuleResult.failWhen(days > this.settings.days(), ID,
				"still " + status + " " + days + " days after the request, more than " + this.settings.days());
	}

}
