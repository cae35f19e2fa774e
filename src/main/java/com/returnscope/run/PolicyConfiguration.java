package com.returnscope.run;

import java.nio.file.Path;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.decision.DecisionEngine;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.policy.PolicyException;
import com.returnscope.policy.PolicyLoader;
import com.returnscope.report.ReportSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the policy, the reviewer's overrides and the report's settings at start-up and
 * builds the decision engine from them, so that an invalid file stops the run before
 * anything is read.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

	@Bean
	LoadedPolicy loadedPolicy(ReturnScopeProperties properties) {
		return PolicyLoader.load(properties.policy());
	}

	@Bean
	ReviewerOverrides reviewerOverrides(ReturnScopeProperties properties, LoadedPolicy policy) {
		Path file = properties.overridesFile();
		return (file != null) ? ReviewerOverrides.load(file, policy.policy()) : ReviewerOverrides.none();
	}

	/**
	 * The report's settings, read at start-up so that a bad FX-rates file stops the run.
	 */
	@Bean
	ReportSettings reportSettings(ReturnScopeProperties properties) {
		return properties.reportSettings();
	}

	@Bean
	DecisionEngine decisionEngine(LoadedPolicy policy, ReviewerOverrides overrides) {
		try {
			return new DecisionEngine(policy, overrides);
		}
		catch (PolicyException ex) {
			throw ex.in(policy.location());
		}
	}

}
