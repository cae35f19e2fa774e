package com.returnscope.policy;

import java.math.BigDecimal;
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
 * @param parts the files of the other parts, relative to the policy file
 * @param reasonCodes the platforms' reason-code tables, read from their part
 * @param keywords the multilingual terms of the free-text classifier, read from the
 * lexicon part
 * @param model the learned text model, read from its part; null when the policy names
 * none
 */
public record Policy(String version, String name, Map<Category, List<String>> categories, List<String> languages,
		Map<Category, Integer> windows, Classification classification, Freight freight, Map<String, JsonNode> rules,
		AppealCandidates appealCandidates, BuyerNames buyerNames, Parts parts, ReasonCodes reasonCodes,
		Keywords keywords, @Nullable ModelWeights model) {

	/** The same business rules with the parts read from their files. */
	Policy withParts(ReasonCodes reasonCodes, Keywords keywords, @Nullable ModelWeights model) {
		return new Policy(this.version, this.name, this.categories, this.languages, this.windows, this.classification,
				this.freight, this.rules, this.appealCandidates, this.buyerNames, this.parts, reasonCodes, keywords,
				model);
	}

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
	 * Where a term file is, relative to the policy file, as errors and reports name it.
	 */
	public String termFileName(TermFile file) {
		return PolicyLoader.sibling(this.parts.lexicon(), file.path());
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
	 * @param textModel when the learned model's reading of a text counts; required when
	 * the policy names a model
	 */
	public record Classification(List<Category> tieBreak, Map<InspectionResult, String> inspection,
			@Nullable TextModel textModel) {
	}

	/**
	 * @param minConfidence the least probability of its category for which the model's
	 * answer is definite, where the lexicon found nothing
	 * @param vetoConfidence the least probability of another category for which the model
	 * vetoes the lexicon's answer (the return stays unclassified)
	 * @param keywordMinConfidence the least probability of the lexicon's category for
	 * which the model lets the lexicon's answer stand
	 * @param overruleConfidence the least probability of its own category for which the
	 * model, when it vetoes the lexicon's answer, decides in its place
	 */
	public record TextModel(BigDecimal minConfidence, BigDecimal vetoConfidence, BigDecimal keywordMinConfidence,
			BigDecimal overruleConfidence) {
	}

	/**
	 * Where the parts of the policy are, relative to the policy file.
	 *
	 * @param reasonCodes the reason-code tables (YAML)
	 * @param lexicon the lexicon (YAML naming its term files)
	 * @param model the learned text model's description (YAML naming its weights)
	 */
	public record Parts(String reasonCodes, String lexicon, @Nullable String model) {
	}

	/**
	 * The learned text model as shipped: its weights, checked against their recorded
	 * SHA-256 when read.
	 *
	 * @param version the model's version
	 * @param weights the weights file's bytes, in the format the classification package
	 * reads
	 */
	public record ModelWeights(String version, byte[] weights) {
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
	 * @param version the code tables' version
	 * @param stripPrefixes prefixes exports add to codes (CR- in Amazon's reports)
	 * @param tables one table per platform, each naming its source
	 */
	public record ReasonCodes(String version, List<String> stripPrefixes, List<CodeTable> tables) {
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
	 * @param unsupportedLanguages common words of languages the classifier is not made
	 * for, a file per language (its {@code language} is the language's name)
	 */
	public record Keywords(Normalization normalization, Negation negation, int gapWords, int gapCharacters,
			List<TermGroup> groups, List<TermFile> unsupportedLanguages) {
	}

	/**
	 * @param characterFolds single characters mapped to another (traditional to
	 * simplified Chinese, ß to ss...), the Chinese ones generated by ICU4J
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
	 * @param priority higher wins over the category tie-break
	 * @param files the group's term files, one per language
	 */
	public record TermGroup(String reason, int priority, List<TermFile> files) {
	}

	/**
	 * One term file: the terms of one group in one language, with the examples that prove
	 * them.
	 *
	 * @param path the file, relative to the lexicon file
	 * @param language the language tag
	 * @param terms the terms in the file's order
	 * @param mustMatch texts the whole lexicon must classify as the group's reason
	 * @param mustNotMatch texts it must not
	 */
	public record TermFile(String path, String language, List<String> terms, List<String> mustMatch,
			List<String> mustNotMatch) {
	}

}
