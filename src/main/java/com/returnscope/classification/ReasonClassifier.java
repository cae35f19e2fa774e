package com.returnscope.classification;

import java.util.Map;

import com.returnscope.domain.Classification;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a return by the policy's precedence, first match wins: a reviewer's
 * override, a conclusive inspection, the reason code, the buyer's words, else
 * unclassified.
 */
public final class ReasonClassifier {

	private final ReviewerOverrides overrides;

	private final Map<InspectionResult, Reason> conclusiveInspections;

	private final ReasonCodeTable codes;

	private final KeywordClassifier keywords;

	public ReasonClassifier(Policy policy, ReviewerOverrides overrides) {
		this.overrides = overrides;
		Map<InspectionResult, String> inspection = policy.classification().inspection();
		this.conclusiveInspections = Map.copyOf(inspection.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					(entry) -> policy.reason(entry.getValue(), "classification.inspection." + entry.getKey()))));
		this.codes = new ReasonCodeTable(policy);
		this.keywords = new KeywordClassifier(policy);
	}

	public Classification classify(String returnId, @Nullable InspectionResult inspection, @Nullable String reasonCode,
			@Nullable String reasonText) {
		ReviewerOverrides.Override override = this.overrides.find(returnId);
		if (override != null) {
			return new Classification(override.reason(), ClassifiedBy.OVERRIDE, override.note());
		}
		Reason proven = (inspection != null) ? this.conclusiveInspections.get(inspection) : null;
		if (proven != null) {
			return new Classification(proven, ClassifiedBy.INSPECTION, inspection.name());
		}
		Reason coded = (reasonCode != null) ? this.codes.lookup(reasonCode) : null;
		if (coded != null) {
			return new Classification(coded, ClassifiedBy.REASON_CODE, reasonCode);
		}
		KeywordClassifier.Match match = (reasonText != null) ? this.keywords.classify(reasonText) : null;
		if (match != null) {
			return new Classification(match.reason(), ClassifiedBy.KEYWORD, match.term());
		}
		return Classification.NONE;
	}

	/** Classifies free text alone, as the evaluation corpus and the benchmark do. */
	public Classification classifyText(String reasonText) {
		KeywordClassifier.Match match = this.keywords.classify(reasonText);
		return (match != null) ? new Classification(match.reason(), ClassifiedBy.KEYWORD, match.term())
				: Classification.NONE;
	}

}
