package com.returnscope.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.returnscope.domain.Category;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Reads a buyer's text: the lexicon first, as the precise and explainable layer; the
 * learned model fills what the lexicon leaves open when it is confident enough, and
 * vetoes a lexicon answer it does not confirm: then it decides in the term's place when
 * it is very sure of its own reading, else the text stays unclassified, with both views
 * in the detail. A text in a language the policy does not support stays unclassified.
 * Without a model the lexicon alone decides.
 */
public final class TextClassifier {

	/** How many cues a model explanation names. */
	private static final int CUES = 3;

	/**
	 * What the text alone says.
	 *
	 * @param reason the reason read, or unclassified
	 * @param by KEYWORD, MODEL or NONE
	 * @param matchedTerm the lexicon's term, or the model's strongest cues
	 * @param confidence the model's probability of the category read (of the lexicon's
	 * category for a KEYWORD reading); null without a model or a reading
	 * @param detail why the text stays unclassified, when it does and it is worth saying
	 */
	public record Reading(Reason reason, ClassifiedBy by, String matchedTerm, @Nullable BigDecimal confidence,
			String detail) {

		static final Reading NONE = new Reading(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null, "");

		/** The category when the reading is definite, else null. */
		public @Nullable Category category() {
			return (this.by == ClassifiedBy.NONE) ? null : this.reason.category();
		}

	}

	private final KeywordClassifier keywords;

	private final @Nullable ReasonModel model;

	private final TextFeatures features;

	private final Thresholds thresholds;

	private final LanguageGuard languages;

	public TextClassifier(Policy policy) {
		this.keywords = new KeywordClassifier(policy);
		this.languages = new LanguageGuard(policy.keywords().unsupportedLanguages());
		this.features = TextFeatures.of(this.keywords.normalizer());
		Policy.ModelWeights weights = policy.model();
		Policy.TextModel thresholds = policy.classification().textModel();
		this.model = (weights != null) ? ReasonModel.read(weights.weights()) : null;
		this.thresholds = (thresholds != null)
				? new Thresholds(thresholds.minConfidence().doubleValue(), thresholds.vetoConfidence().doubleValue(),
						thresholds.keywordMinConfidence().doubleValue(), thresholds.overruleConfidence().doubleValue())
				: new Thresholds(1, 1, 0, 1);
	}

	/** The combined reading: lexicon, model, abstention. */
	public Reading read(String text) {
		String language = this.languages.unsupported(text);
		if (language != null) {
			return new Reading(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null,
					"language not supported (" + language + ")");
		}
		KeywordClassifier.Match match = this.keywords.classify(text);
		if (this.model == null) {
			return (match != null) ? new Reading(match.reason(), ClassifiedBy.KEYWORD, match.term(), null, "")
					: Reading.NONE;
		}
		String normalized = this.features.normalize(text);
		ReasonModel.Scores scores = this.model.score(this.features.bucketsOfNormalized(normalized));
		Category best = scores.bestCategory();
		double p = scores.category(best);
		if (match == null) {
			return (this.thresholds.decide(null, scores) == Verdict.MODEL)
					? new Reading(scores.bestReason(best), ClassifiedBy.MODEL, cues(normalized, best), confidence(p),
							"")
					: new Reading(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null,
							(best == Category.UNCLASSIFIED) ? "" : "the model's best reading " + best + " ("
									+ confidence(p) + ") is below " + confidence(this.thresholds.min()));
		}
		Category lexicon = match.reason().category();
		String keyword = "the keyword \"" + match.term() + "\"";
		String says = " says " + match.reason() + " (model " + confidence(scores.category(lexicon)) + ")";
		return switch (this.thresholds.decide(lexicon, scores)) {
			case KEYWORD -> new Reading(match.reason(), ClassifiedBy.KEYWORD, match.term(),
					confidence(scores.category(lexicon)), "");
			case MODEL -> new Reading(scores.bestReason(best), ClassifiedBy.MODEL, cues(normalized, best),
					confidence(p), "it overrules " + keyword + ", which" + says);
			case VETO, NONE -> new Reading(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null,
					keyword + says + " but the model reads " + best + " (" + confidence(p) + "): a reviewer decides");
		};
	}

	/** Who decides a text's category, or that it stays unclassified. */
	public enum Verdict {

		/** The lexicon's term, the model agreeing enough. */
		KEYWORD,
		/** The model: no term matched and it is sure enough, or it overrules the term. */
		MODEL,
		/** The model vetoes the term, not sure enough of its own reading to decide. */
		VETO,
		/** No term and no model sure enough. */
		NONE

	}

	/**
	 * The policy's thresholds on the model's probabilities (policy.md, text-model).
	 *
	 * @param min the least probability of its category for the model to decide where no
	 * term matched
	 * @param veto the least probability of another category for the model to veto a term
	 * @param keep the least probability of the term's category for the term to stand
	 * @param overrule the least probability of its own category for a vetoing model to
	 * decide in the term's place
	 */
	public record Thresholds(double min, double veto, double keep, double overrule) {

		/** Combines the lexicon's category (null: no term) with the model's scores. */
		public Verdict decide(@Nullable Category lexicon, ReasonModel.Scores scores) {
			Category best = scores.bestCategory();
			double p = scores.category(best);
			boolean modelReads = best != Category.UNCLASSIFIED;
			if (lexicon == null) {
				return (modelReads && p >= this.min) ? Verdict.MODEL : Verdict.NONE;
			}
			if ((best == lexicon || p < this.veto) && scores.category(lexicon) >= this.keep) {
				return Verdict.KEYWORD;
			}
			return (modelReads && best != lexicon && p >= this.overrule) ? Verdict.MODEL : Verdict.VETO;
		}

	}

	/** The lexicon alone, as it decided before the model (for measurement). */
	public Reading lexiconOnly(String text) {
		KeywordClassifier.Match match = this.keywords.classify(text);
		return (match != null) ? new Reading(match.reason(), ClassifiedBy.KEYWORD, match.term(), null, "")
				: Reading.NONE;
	}

	/**
	 * The model alone, definite above the policy's least confidence (for measurement);
	 * unclassified without a model.
	 */
	public Reading modelOnly(String text) {
		if (this.model == null) {
			return Reading.NONE;
		}
		ReasonModel.Scores scores = this.model.score(this.features.buckets(text));
		Category best = scores.bestCategory();
		double p = scores.category(best);
		return (best == Category.UNCLASSIFIED || p < this.thresholds.min()) ? Reading.NONE
				: new Reading(scores.bestReason(best), ClassifiedBy.MODEL, "", confidence(p), "");
	}

	/**
	 * The model's probabilities for a text, for tuning the thresholds; null without a
	 * model.
	 */
	public ReasonModel.@Nullable Scores scores(String text) {
		return (this.model != null) ? this.model.score(this.features.buckets(text)) : null;
	}

	/**
	 * The words that speak most for the category, strongest first: each feature's weight
	 * goes to the words it stands in (a character n-gram to its word), so the cues read
	 * as the buyer wrote them, normalised.
	 */
	private String cues(String normalized, Category category) {
		Map<String, Double> words = new HashMap<>();
		ReasonModel model = this.model;
		TextFeatures.forEach(normalized, (bucket, start, end) -> {
			double weight = model.weightFor(bucket, category);
			if (weight > 0) {
				words.merge(normalized.substring(wordStart(normalized, start), wordEnd(normalized, end)), weight,
						Double::sum);
			}
		});
		return words.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(CUES)
			.map((cue) -> "\"" + cue.getKey() + "\"")
			.collect(Collectors.joining(", "));
	}

	private static int wordStart(String text, int start) {
		int p = start;
		while (p > 0 && !TextNormalizer.isUnspaced(text.charAt(p)) && TextNormalizer.isWordChar(text.charAt(p - 1))
				&& !TextNormalizer.isUnspaced(text.charAt(p - 1))) {
			p--;
		}
		return p;
	}

	private static int wordEnd(String text, int end) {
		int p = end;
		while (p < text.length() && !TextNormalizer.isUnspaced(text.charAt(p - 1))
				&& TextNormalizer.isWordChar(text.charAt(p)) && !TextNormalizer.isUnspaced(text.charAt(p))) {
			p++;
		}
		return p;
	}

	private static BigDecimal confidence(double probability) {
		return BigDecimal.valueOf(probability).setScale(2, RoundingMode.HALF_UP);
	}

}
