package com.returnscope.decision.rules;

import java.util.List;

import com.returnscope.decision.ReturnCase;
import com.returnscope.decision.ReturnWindow;
import com.returnscope.domain.Category;
import com.returnscope.domain.Outcome;
import com.returnscope.domain.WindowStatus;

/**
 * R-WINDOW: a return granted (refunded or exchanged) after its window, or a no-reason
 * return rejected within it.
 */
final class WindowRule extends PolicyRule {

	static final String ID = "R-WINDOW";

	record Settings(boolean enabled, String description, List<Outcome> grantedOutcomes,
			List<Category> noReasonCategories) implements RuleSettings {
	}

	private final Settings settings;

	WindowRule(Settings settings) {
		super(ID, settings);
		this.settings = settings;
	}

	@Override
	public RuleResult evaluate(ReturnCase returnCase) {
		ReturnWindow window = returnCase.window();
		Outcome outcome = returnCase.request().outcome();
		if (window.status() == WindowStatus.UNKNOWN || outcome == null) {
			return RuleResult.notApplicable(ID);
		}
		if (this.settings.grantedOutcomes().contains(outcome)) {
			return RuleResult.failWhen(window.status() == WindowStatus.OUTSIDE, ID, "granted " + outcome + " on day "
					+ window.days() + " after delivery, outside the " + window.windowDays() + "-day window");
		}
		if (outcome == Outcome.REJECTED
				&& this.settings.noReasonCategories().contains(returnCase.classification().category())) {
			return RuleResult.failWhen(window.status() == WindowStatus.WITHIN, ID,
					"rejected a " + returnCase.classification().category() + " return requested on day " + window.days()
							+ ", within the " + window.windowDays() + "-day no-reason window");
		}
		return RuleResult.notApplicable(ID);
	}

}
