package com.returnscope.classification;

import java.util.Map;
import java.util.stream.Collectors;

import com.returnscope.domain.Category;
import com.returnscope.domain.Classification;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a return by the policy's precedence, first match wins: a reviewer's
 * override, a conclusive inspection, the reason code, the buyer's words (lexicon and
 * model), else unclassified. The buyer's words are read whatever decided, so that a code
 * that contradicts them shows.
 */
public final class ReasonClassifier {

	private final ReviewerOverrides overrides;

	private final Map<InspectionResult, Reason> conclusiveInspections;

	private final ReasonCodeTable codes;

	private final TextClassifier text;

	public ReasonClassifier(Policy policy, ReviewerOverrides overrides) {
		this.overrides = overrides;
		Map<InspectionResult, String> inspection = policy.classification().inspection();
		this.conclusiveInspections = Map.copyOf(inspection.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> policy.reason(entry.getValue(), "classification.inspection." + entry.getKey()))));
		this.codes = new ReasonCodeTable(policy);
		this.text = new TextClassifier(policy);
	}

	public Classification classify(String returnId, @Nullable InspectionResult inspection, @Nullable String reasonCode,
			@Nullable String reasonText) {
		TextClassifier.Reading reading = (reasonText != null && !reasonText.isBlank()) ? this.text.read(reasonText)
				: TextClassifier.Reading.NONE;
		Category textCategory = reading.category();
		ReviewerOverrides.Override override = this.overrides.find(returnId);
		if (override != null) {
			return new Classification(override.reason(), ClassifiedBy.OVERRIDE, override.note(), null, textCategory,
					"");
		}
		Reason proven = (inspection != null) ? this.conclusiveInspections.get(inspection) : null;
		if (proven != null) {
			return new Classification(proven, ClassifiedBy.INSPECTION, inspection.name(), null, textCategory, "");
		}
		Reason coded = (reasonCode != null) ? this.codes.lookup(reasonCode) : null;
		if (coded != null) {
			return new Classification(coded, ClassifiedBy.REASON_CODE, reasonCode, null, textCategory, "");
		}
		return of(reading);
	}

	/** Classifies free text alone, as the evaluation corpus and the benchmark do. */
	public Classification classifyText(String reasonText) {
		return of(this.text.read(reasonText));
	}

	private static Classification of(TextClassifier.Reading reading) {
		return new Classification(reading.reason(), reading.by(), reading.matchedTerm(), reading.confidence(),
				reading.category(), reading.detail());
	}

}
