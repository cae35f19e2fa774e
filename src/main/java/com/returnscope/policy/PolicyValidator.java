package com.returnscope.policy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.returnscope.domain.Category;
import com.returnscope.domain.Classification;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.Payer;
import org.jspecify.annotations.Nullable;

/**
 * Checks what binding cannot: keys that must be present, references between sections
 * (every CATEGORY/SUBREASON named must exist) and tables that must be complete. The first
 * problem found stops the run.
 */
final class PolicyValidator {

	private PolicyValidator() {
	}

	static void validate(Policy policy) {
		version(policy.version());
		require(policy.name(), "name");
		categories(policy);
		require(policy.languages(), "languages");
		windows(policy);
		classification(policy);
		freight(policy);
		require(policy.rules(), "rules");
		appealCandidates(policy);
		require(policy.buyerNames(), "buyer-names");
		require(policy.buyerNames().companySuffixes(), "buyer-names.company-suffixes");
		Policy.Parts parts = require(policy.parts(), "parts");
		require(parts.reasonCodes(), "parts.reason-codes");
		require(parts.lexicon(), "parts.lexicon");
		textModel(policy);
	}

	private static void textModel(Policy policy) {
		Policy.TextModel model = policy.classification().textModel();
		if (model == null) {
			if (policy.parts().model() != null) {
				throw new PolicyException("classification.text-model", "missing: the policy names a model");
			}
			return;
		}
		probability(require(model.minConfidence(), "classification.text-model.min-confidence"),
				"classification.text-model.min-confidence");
		probability(require(model.vetoConfidence(), "classification.text-model.veto-confidence"),
				"classification.text-model.veto-confidence");
		probability(require(model.keywordMinConfidence(), "classification.text-model.keyword-min-confidence"),
				"classification.text-model.keyword-min-confidence");
		probability(require(model.overruleConfidence(), "classification.text-model.overrule-confidence"),
				"classification.text-model.overrule-confidence");
	}

	private static void probability(BigDecimal value, String key) {
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			throw new PolicyException(key, "must be between 0 and 1, not " + value.toPlainString());
		}
	}

	private static void categories(Policy policy) {
		require(policy.categories(), "categories");
		for (Category category : List.of(Category.QUALITY, Category.CHANGE_OF_MIND, Category.LOGISTICS)) {
			List<String> subreasons = policy.categories().get(category);
			if (subreasons == null || subreasons.isEmpty()) {
				throw new PolicyException("categories." + category, "missing: list its subreasons");
			}
			if (Set.copyOf(subreasons).size() != subreasons.size()) {
				throw new PolicyException("categories." + category, "lists a subreason twice");
			}
		}
		if (policy.categories().containsKey(Category.UNCLASSIFIED)) {
			throw new PolicyException("categories.UNCLASSIFIED", "UNCLASSIFIED has no subreasons; remove it");
		}
	}

	private static void windows(Policy policy) {
		require(policy.windows(), "windows");
		for (Category category : Category.values()) {
			Integer days = policy.windows().get(category);
			if (days == null) {
				throw new PolicyException("windows." + category, "missing: give the window in days");
			}
			if (days < 0) {
				throw new PolicyException("windows." + category, "must be 0 or more days, not " + days);
			}
		}
	}

	private static void classification(Policy policy) {
		Policy.Classification classification = require(policy.classification(), "classification");
		List<Category> tieBreak = require(classification.tieBreak(), "classification.tie-break");
		if (!EnumSet.copyOf(tieBreak.isEmpty() ? List.of(Category.UNCLASSIFIED) : tieBreak)
			.equals(EnumSet.of(Category.QUALITY, Category.CHANGE_OF_MIND, Category.LOGISTICS))
				|| tieBreak.size() != 3) {
			throw new PolicyException("classification.tie-break",
					"must list QUALITY, CHANGE_OF_MIND and LOGISTICS once each");
		}
		Map<InspectionResult, String> inspection = require(classification.inspection(), "classification.inspection");
		inspection.forEach((result, reason) -> policy.reason(reason, "classification.inspection." + result));
	}

	private static void freight(Policy policy) {
		Policy.Freight freight = require(policy.freight(), "freight");
		require(freight.satisfiedBy(), "freight.satisfied-by");
		for (Payer expected : List.of(Payer.BUYER, Payer.SELLER)) {
			List<Payer> satisfiers = freight.satisfiedBy().get(expected);
			if (satisfiers == null || !satisfiers.contains(expected)) {
				throw new PolicyException("freight.satisfied-by." + expected, "must list at least " + expected);
			}
		}
		List<Policy.PayerRule> payers = require(freight.payers(), "freight.payers");
		for (int i = 0; i < payers.size(); i++) {
			Policy.PayerRule rule = payers.get(i);
			String key = "freight.payers[" + i + "]";
			require(rule.rule(), key + ".rule");
			require(rule.category(), key + ".category");
			require(rule.payer(), key + ".payer");
			if (rule.payer() != Payer.BUYER && rule.payer() != Payer.SELLER && rule.payer() != Payer.UNDETERMINED) {
				throw new PolicyException(key + ".payer", "must be BUYER, SELLER or UNDETERMINED");
			}
		}
		// Every combination a return can present must find a row, so no return is left
		// without an expected payer.
		for (Category category : Category.values()) {
			for (InspectionResult inspection : withNull(InspectionResult.values())) {
				for (Incoterm incoterm : withNull(Incoterm.values())) {
					if (payers.stream().noneMatch((rule) -> rule.matches(category, inspection, incoterm))) {
						throw new PolicyException("freight.payers", "no row for " + category + " with inspection "
								+ label(inspection) + " and incoterm " + label(incoterm));
					}
				}
			}
		}
	}

	private static void appealCandidates(Policy policy) {
		Policy.AppealCandidates appeal = require(policy.appealCandidates(), "appeal-candidates");
		require(appeal.mediationDecision(), "appeal-candidates.mediation-decision");
		require(appeal.evidence(), "appeal-candidates.evidence");
		require(appeal.inspection(), "appeal-candidates.inspection");
		require(appeal.categories(), "appeal-candidates.categories");
	}

	/** The reason-code part; keys are named as they are in its file. */
	static void reasonCodes(Policy policy, Policy.ReasonCodes codes) {
		version(codes.version());
		require(codes.stripPrefixes(), "strip-prefixes");
		List<Policy.CodeTable> tables = require(codes.tables(), "tables");
		for (int i = 0; i < tables.size(); i++) {
			Policy.CodeTable table = tables.get(i);
			String key = "tables[" + i + "]";
			require(table.source(), key + ".source");
			require(table.codes(), key + ".codes");
			table.codes().forEach((code, reason) -> policy.reason(reason, key + ".codes." + code));
		}
	}

	/** The lexicon part, its term files read; keys are named as they are in its file. */
	static void keywords(Policy policy, Policy.Keywords keywords) {
		Policy.Normalization normalization = require(keywords.normalization(), "normalization");
		require(normalization.characterFolds(), "normalization.character-folds").forEach((from, to) -> {
			if (from.codePointCount(0, from.length()) != 1) {
				throw new PolicyException("normalization.character-folds." + from, "must be a single character");
			}
		});
		require(normalization.spellings(), "normalization.spellings");
		Policy.Negation negation = require(keywords.negation(), "negation");
		if (negation.window() < 0) {
			throw new PolicyException("negation.window", "must be 0 or more");
		}
		languages(policy, require(negation.cues(), "negation.cues"), "negation.cues");
		languages(policy, require(negation.clauseBreaks(), "negation.clause-breaks"), "negation.clause-breaks");
		if (keywords.gapWords() < 0) {
			throw new PolicyException("gap-words", "must be 0 or more");
		}
		if (keywords.gapCharacters() < 0) {
			throw new PolicyException("gap-characters", "must be 0 or more");
		}
	}

	/** A part's version: required, non-blank. */
	static String version(@Nullable String version) {
		require(version, "version");
		if (version.isBlank()) {
			throw new PolicyException("version", "must not be blank");
		}
		return version;
	}

	static void languages(Policy policy, Map<String, ?> byLanguage, String key) {
		for (String language : byLanguage.keySet()) {
			if (!policy.languages().contains(language)) {
				throw new PolicyException(key + "." + language,
						"unknown language; the policy's languages are " + policy.languages());
			}
		}
	}

	static <T> T require(@Nullable T value, String key) {
		if (value == null) {
			throw new PolicyException(key, "missing");
		}
		return value;
	}

	private static <E> List<@Nullable E> withNull(E[] values) {
		List<@Nullable E> all = new java.util.ArrayList<>(List.of(values));
		all.add(null);
		return all;
	}

	private static String label(@Nullable Enum<?> value) {
		return (value != null) ? value.name() : "blank";
	}

}
