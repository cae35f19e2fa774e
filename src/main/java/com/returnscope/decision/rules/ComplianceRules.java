package com.returnscope.decision.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.returnscope.decision.ReturnCase;
import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyException;

/**
 * Every compliance rule, in the order findings are printed, built from its entry in the
 * policy file. A rule the policy switches off is not evaluated; a rule the policy names
 * but this list does not know stops the run.
 */
public final class ComplianceRules {

	private record Definition<S extends RuleSettings>(String id, Class<S> settings,
			Function<S, ComplianceRule> factory) {

		ComplianceRule create(S settings) {
			return this.factory.apply(settings);
		}

	}

	private static final List<Definition<?>> ALL = List.of(
			new Definition<>(OrderMatchRule.ID, OrderMatchRule.Settings.class, (settings) -> new OrderMatchRule()),
			new Definition<>(WindowRule.ID, WindowRule.Settings.class, WindowRule::new),
			new Definition<>(InspectionRule.ID, InspectionRule.Settings.class, InspectionRule::new),
			new Definition<>(FreightRule.ID, FreightRule.Settings.class, (settings) -> new FreightRule()),
			new Definition<>(ReasonRecordedRule.ID, ReasonRecordedRule.Settings.class,
					(settings) -> new ReasonRecordedRule()),
			new Definition<>(EscalationRule.ID, EscalationRule.Settings.class, EscalationRule::new),
			new Definition<>(AppealEvidenceRule.ID, AppealEvidenceRule.Settings.class, AppealEvidenceRule::new));

	private final List<ComplianceRule> enabled = new ArrayList<>();

	private final List<String> disabled = new ArrayList<>();

	public ComplianceRules(Policy policy) {
		List<String> known = ALL.stream().map(Definition::id).toList();
		for (String id : policy.rules().keySet()) {
			if (!known.contains(id)) {
				throw new PolicyException("rules." + id, "unknown rule; the rules are " + known);
			}
		}
		for (Definition<?> definition : ALL) {
			add(definition, policy);
		}
	}

	private <S extends RuleSettings> void add(Definition<S> definition, Policy policy) {
		S settings = policy.rule(definition.id(), definition.settings());
		if (settings.enabled()) {
			this.enabled.add(definition.create(settings));
		}
		else {
			this.disabled.add(definition.id());
		}
	}

	/** The rules evaluated on every return, in the order findings are printed. */
	public List<ComplianceRule> enabled() {
		return List.copyOf(this.enabled);
	}

	/** The ids of the rules the policy switches off. */
	public List<String> disabled() {
		return List.copyOf(this.disabled);
	}

	public List<RuleResult> evaluate(ReturnCase returnCase) {
		return this.enabled.stream().map((rule) -> rule.evaluate(returnCase)).toList();
	}

}
