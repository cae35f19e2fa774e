package com.returnscope.decision.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.returnscope.decision.ReturnCase;
import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyException;
import org.jspecify.annotations.Nullable;

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
			new Definition<>(OrderMatchRule.ID, OrderMatchRule.Settings.class, OrderMatchRule::new),
			new Definition<>(WindowRule.ID, WindowRule.Settings.class, WindowRule::new),
			new Definition<>(InspectionRule.ID, InspectionRule.Settings.class, InspectionRule::new),
			new Definition<>(FreightRule.ID, FreightRule.Settings.class, FreightRule::new),
			new Definition<>(ReasonRecordedRule.ID, ReasonRecordedRule.Settings.class, ReasonRecordedRule::new),
			new Definition<>(EscalationRule.ID, EscalationRule.Settings.class, EscalationRule::new),
			new Definition<>(AppealEvidenceRule.ID, AppealEvidenceRule.Settings.class, AppealEvidenceRule::new));

	private final List<ComplianceRule> enabled = new ArrayList<>();

	private final List<String> disabled = new ArrayList<>();

	private final List<Listed> all = new ArrayList<>();

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
		if (settings.description().isBlank()) {
			throw new PolicyException("rules." + definition.id() + ".description",
					"must say in words what the rule requires");
		}
		if (settings.enabled()) {
			ComplianceRule rule = definition.create(settings);
			this.enabled.add(rule);
			this.all.add(new Listed(definition.id(), settings.description(), rule));
		}
		else {
			this.disabled.add(definition.id());
			this.all.add(new Listed(definition.id(), settings.description(), null));
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

	/** Every rule the policy lists, switched on or off, with its description. */
	public List<Listed> all() {
		return List.copyOf(this.all);
	}

	/**
	 * A rule as the policy lists it, in the order findings are printed.
	 *
	 * @param rule the rule, or null when the policy switches it off
	 */
	public record Listed(String id, String description, @Nullable ComplianceRule rule) {

		public boolean enabled() {
			return this.rule != null;
		}

	}

	public List<RuleResult> evaluate(ReturnCase returnCase) {
		return this.enabled.stream().map((rule) -> rule.evaluate(returnCase)).toList();
	}

}
