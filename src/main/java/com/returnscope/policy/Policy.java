package com.returnscope.policy;

import java.util.List;
import java.util.Map;

import com.returnscope.domain.Category;
import com.returnscope.domain.Classification;
import com.returnscope.domain.Evidence;
import com.returnscope.domain.Incoterm;
import com.returnscope.domain.InspectionResult;
import com.returnscope.domain.MediationDecision;
import com.returnscope.domain.Payer;
import com.returnscope.domain.Reason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The policy file as bound from YAML (keys in kebab-case). The records below are the
 * file's schema; {@link PolicyValidator} checks what binding alone cannot.
 *
 * @param version the version string printed in every output
 * @param name a title for people
 * @param categories every category with its subreasons, in display order
 * @param languages the language tags used by keyword terms and negation cues
 * @param windows days after delivery within which a return of each category is timely
 * @param classification precedence details of the classification
 * @param freight who must pay the return freight, and who satisfies whom
 * @param rules the compliance rules by id, each with its switch and parameters
 * @param appealCandidates when a return lost in mediation is worth appealing
 * @param buyerNames how buyer names are compared
 * @param reasonCodes the platforms' reason-code tables
 * @param keywords the multilingual terms of the free-text classifier
 */
public record Policy(String version, String name, Map<Category, List<String>> categories, List<String> languages,
		Map<Category, Integer> windows, Classification classification, Freight freight, Map<String, JsonNode> rules,
		AppealCandidates appealCandidates, BuyerNames buyerNames, ReasonCodes reasonCodes, Keywords keywords) {

	/**
	 * Binds the parameters of one compliance rule to its settings record, as strictly as
	 * the rest of the file.
	 */
	public <T> T rule(String id, Class<T> settings) {
		JsonNode node = this.rules.get(id);
		if (node == null) {
			throw new PolicyException("rules." + id, "missing: every rule must be listed, enabled or not");
		}
		return PolicyMapper.bind(node, settings, "rules." + id);
	}

	/**
	 * Resolves a {@code CATEGORY/SUBREASON} reference to a subreason this policy lists;
	 * {@code key} names the reference in the error.
	 */
	public Reason reason(String text, String key) {
		Reason reason;
		try {
			reason = Reason.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new PolicyException(key, ex.getMessage());
		}
		List<String> subreasons = this.categories.get(reason.category());
		if (subreasons == null || !subreasons.contains(reason.subreason())) {
			throw new PolicyException(key, "unknown subreason " + reason + "; " + reason.category() + " has "
					+ ((subreasons != null) ? subreasons : List.of()));
		}
		return reason;
	}

	/**
	 * @param tieBreak the order in which categories win when a text names several
	 * @param inspection inspection results that are conclusive, and the reason each
	 * proves
	 */
	public record Classification(List<Category> tieBreak, Map<InspectionResult, String> inspection) {
	}

	/**
	 * @param satisfiedBy for an expected payer, the actual payers that satisfy it
	 * @param payers the payer table, first matching row wins
	 */
	public record Freight(Map<Payer, List<Payer>> satisfiedBy, List<PayerRule> payers) {
	}

	/**
	 * One row of the freight payer table. Conditions left out match anything.
	 *
	 * @param rule the rule id named in explanations (F-...)
	 * @param category the category this row applies to
	 * @param inspection inspection results this row requires
	 * @param incoterms incoterms this row requires
	 * @param blankIncoterm whether a blank (or unknown) incoterm also matches
	 * @param payer the expected payer
	 */
	public record PayerRule(String rule, Category category, @Nullable List<InspectionResult> inspection,
			@Nullable List<Incoterm> incoterms, @Nullable Boolean blankIncoterm, Payer payer) {

		/** Whether this row applies; a blank incoterm is {@code null}. */
		public boolean matches(Category category, @Nullable InspectionResult inspection, @Nullable Incoterm incoterm) {
			if (this.category != category) {
				return false;
			}
			if (this.inspection != null && (inspection == null || !this.inspection.contains(inspection))) {
				return false;
			}
			if (this.incoterms == null && this.blankIncoterm == null) {
				return true;
			}
			return (incoterm == null) ? Boolean.TRUE.equals(this.blankIncoterm)
					: this.incoterms != null && this.incoterms.contains(incoterm);
		}

	}

	/**
	 * @param mediationDecision the mediation decision that makes an appeal worth looking
	 * at
	 * @param evidence evidence of which at least one must be held
	 * @param inspection inspection results that make the buyer's claim doubtful
	 * @param categories categories where the buyer's claim is doubtful whatever the
	 * inspection
	 */
	public record AppealCandidates(MediationDecision mediationDecision, List<Evidence> evidence,
			List<InspectionResult> inspection, List<Category> categories) {
	}

	/**
	 * @param companySuffixes trailing tokens removed before buyer names are compared
	 */
	public record BuyerNames(List<String> companySuffixes) {
	}

	/**
	 * @param stripPrefixes prefixes exports add to codes (CR- in Amazon's reports)
	 * @param tables one table per platform, each naming its source
	 */
	public record ReasonCodes(List<String> stripPrefixes, List<CodeTable> tables) {
	}

	/**
	 * @param source where the codes are documented
	 * @param codes code to CATEGORY/SUBREASON
	 * @param unmapped documented codes deliberately left to the free text
	 */
	public record CodeTable(String source, Map<String, String> codes, @Nullable List<String> unmapped) {
	}

	/**
	 * @param normalization how texts are folded before matching
	 * @param negation what cancels a match
	 * @param gapWords how many words a {@code ...} in a term may stand for
	 * @param gapCharacters how many Chinese or Japanese characters it may stand for
	 * @param groups the terms, grouped by the reason they indicate
	 */
	public record Keywords(Normalization normalization, Negation negation, int gapWords, int gapCharacters,
			List<TermGroup> groups) {
	}

	/**
	 * @param characterFolds single characters mapped to another (traditional to
	 * simplified Chinese, ß to ss...)
	 * @param spellings misspelt words mapped to the spelling the terms use
	 */
	public record Normalization(Map<String, String> characterFolds, Map<String, String> spellings) {
	}

	/**
	 * @param window how many words (or Chinese characters) before a term a cue may stand
	 * @param cues negation words by language; a trailing {@code *} matches any ending
	 * @param clauseBreaks words that end a negation's reach, by language
	 */
	public record Negation(int window, Map<String, List<String>> cues, Map<String, List<String>> clauseBreaks) {
	}

	/**
	 * @param reason the CATEGORY/SUBREASON these terms indicate
	 * @param priority higher wins over the category tie-break (default 1)
	 * @param note why this group exists, for people
	 * @param terms terms by language
	 */
	public record TermGroup(String reason, @Nullable Integer priority, @Nullable String note,
			Map<String, List<String>> terms) {

		public int effectivePriority() {
			return (this.priority != null) ? this.priority : 1;
		}

	}

}
