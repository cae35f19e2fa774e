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
 * vetoes a lexicon answer when it is confident of another category (the text then stays
 * unclassified, with both views in the detail). A text in a language the policy does not
 * support stays unclassified. Without a model the lexicon alone decides.
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

	private final double minConfidence;

	private final double vetoConfidence;

	private final double keywordMinConfidence;

	private final LanguageGuard languages = new LanguageGuard();

	public TextClassifier(Policy policy) {
		this.keywords = new KeywordClassifier(policy);
		this.features = TextFeatures.of(this.keywords.normalizer());
		Policy.ModelWeights weights = policy.model();
		Policy.TextModel thresholds = policy.classification().textModel();
		this.model = (weights != null) ? ReasonModel.read(weights.weights()) : null;
		this.minConfidence = (thresholds != null) ? thresholds.minConfidence().doubleValue() : 1;
		this.vetoConfidence = (thresholds != null) ? thresholds.vetoConfidence().doubleValue() : 1;
		this.keywordMinConfidence = (thresholds != null) ? thresholds.keywordMinConfidence().doubleValue() : 0;
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
		if (match != null) {
			Category lexicon = match.reason().category();
			if (vetoes(scores, lexicon, this.vetoConfidence, this.keywordMinConfidence)) {
				return new Reading(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null,
						"the keyword \"" + match.term() + "\" says " + match.reason() + " (model "
								+ confidence(scores.category(lexicon)) + ") but the model reads " + best + " ("
								+ confidence(scores.category(best)) + "): a reviewer decides");
			}
			return new Reading(match.reason(), ClassifiedBy.KEYWORD, match.term(), confidence(scores.category(lexicon)),
					"");
		}
		double p = scores.category(best);
		if (best == Category.UNCLASSIFIED || p < this.minConfidence) {
			return new Reading(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null,
					(best == Category.UNCLASSIFIED) ? "" : "the model's best reading " + best + " (" + confidence(p)
							+ ") is below " + confidence(this.minConfidence));
		}
		return new Reading(scores.bestReason(best), ClassifiedBy.MODEL, cues(normalized, best), confidence(p), "");
	}

	/**
	 * Whether the model strongly disagrees with the lexicon's category: it gives another
	 * category at least {@code veto}, or the lexicon's less than {@code keep}.
	 */
	public static boolean vetoes(ReasonModel.Scores scores, Category lexicon, double veto, double keep) {
		Category best = scores.bestCategory();
		return (best != lexicon && scores.category(best) >= veto) || scores.category(lexicon) < keep;
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
		return (best == Category.UNCLASSIFIED || p < this.minConfidence) ? Reading.NONE
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
