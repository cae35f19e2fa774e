package com.returnscope.learning;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.returnscope.classification.ReasonModel;
import com.returnscope.classification.TextClassifier;
import com.returnscope.domain.Category;
import com.returnscope.domain.Reason;
import com.returnscope.policy.LoadedPolicy;

/**
 * Measures the text classifier on a labelled set and prints figures only, never a text:
 * the set may be the blind one. For the lexicon alone, the model alone and the
 * combination: category accuracy overall and per language (unclassified counts right only
 * where the label is unclassified), subreason accuracy, the share given a wrong definite
 * category, and the share left unclassified.
 */
public final class Measurement {

	/** The corpus kind of texts written in a language the classifier does not support. */
	private static final String UNSUPPORTED = "unsupported";

	/** How one way of classifying did on a set. */
	public record Figures(String name, int texts, int right, int subreasonRight, int wrongDefinite, int unclassified,
			Map<String, int[]> byLanguage) {

		public double accuracy() {
			return rate(this.right);
		}

		public double wrongDefiniteRate() {
			return rate(this.wrongDefinite);
		}

		public double unclassifiedRate() {
			return rate(this.unclassified);
		}

		public double accuracy(String language) {
			int[] counts = this.byLanguage.get(language);
			return (double) counts[0] / counts[1];
		}

		private double rate(int count) {
			return (this.texts == 0) ? 0 : (double) count / this.texts;
		}

	}

	private Measurement() {
	}

	static void measure(Path corpus, LoadedPolicy policy, PrintStream out, boolean sweep) {
		List<LabelledText> texts = Corpus.read(corpus);
		TextClassifier classifier = new TextClassifier(policy.policy());
		out.printf("measure: %d texts from %s; policy %s, model %s%n", texts.size(), corpus, policy.version(),
				(policy.part("model") != null) ? policy.part("model").version() : "none");
		// texts in languages the classifier does not support are scored apart: the right
		// answer for them is to abstain, whatever their label says
		List<LabelledText> supported = texts.stream().filter((text) -> !UNSUPPORTED.equals(text.kind())).toList();
		List<LabelledText> unsupported = texts.stream().filter((text) -> UNSUPPORTED.equals(text.kind())).toList();
		for (Figures figures : List.of(figures("lexicon", supported, classifier::lexiconOnly),
				figures("model", supported, classifier::modelOnly), figures("combined", supported, classifier::read))) {
			print(figures, out);
		}
		if (!unsupported.isEmpty()) {
			long abstained = unsupported.stream()
				.filter((text) -> classifier.read(text.text()).detail().startsWith("language not supported"))
				.count();
			long definite = unsupported.stream()
				.filter((text) -> classifier.read(text.text()).category() != null)
				.count();
			out.printf("unsupported languages: %d texts, %d left unclassified as 'language not supported', "
					+ "%d given a definite category%n", unsupported.size(), abstained, definite);
		}
		if (sweep) {
			sweep(supported, classifier, out);
		}
	}

	/** Classifies every text one way and counts. */
	public static Figures figures(String name, List<LabelledText> texts,
			Function<String, TextClassifier.Reading> classify) {
		int right = 0;
		int subreasonRight = 0;
		int wrongDefinite = 0;
		int unclassified = 0;
		Map<String, int[]> byLanguage = new TreeMap<>();
		for (LabelledText text : texts) {
			Reason got = classify.apply(text.text()).reason();
			Reason want = text.reason();
			boolean categoryRight = got.category() == want.category();
			right += categoryRight ? 1 : 0;
			subreasonRight += got.equals(want) ? 1 : 0;
			unclassified += (got.category() == Category.UNCLASSIFIED) ? 1 : 0;
			wrongDefinite += (!categoryRight && got.category() != Category.UNCLASSIFIED) ? 1 : 0;
			int[] counts = byLanguage.computeIfAbsent(text.language(), (language) -> new int[2]);
			counts[0] += categoryRight ? 1 : 0;
			counts[1]++;
		}
		return new Figures(name, texts.size(), right, subreasonRight, wrongDefinite, unclassified, byLanguage);
	}

	private static void print(Figures figures, PrintStream out) {
		StringBuilder languages = new StringBuilder();
		figures.byLanguage()
			.forEach((language, counts) -> languages
				.append(String.format(" %s %.3f (%d)", language, (double) counts[0] / counts[1], counts[1])));
		out.printf("%-9s accuracy %.3f, subreason %.3f, wrong definite %.3f, unclassified %.3f;%s%n", figures.name(),
				figures.accuracy(), (double) figures.subreasonRight() / Math.max(1, figures.texts()),
				figures.wrongDefiniteRate(), figures.unclassifiedRate(), languages);
	}

	/**
	 * The combination's best accuracy over a grid of the policy's four thresholds, for
	 * each bound on the wrong-definite rate: how they were tuned on the development texts
	 * (never on the blind set). The language guard is left out: it does not depend on the
	 * thresholds.
	 */
	private static void sweep(List<LabelledText> texts, TextClassifier classifier, PrintStream out) {
		List<Category> lexicon = new ArrayList<>();
		List<ReasonModel.Scores> scores = new ArrayList<>();
		for (LabelledText text : texts) {
			Reason reason = classifier.lexiconOnly(text.text()).reason();
			lexicon.add((reason.category() != Category.UNCLASSIFIED) ? reason.category() : null);
			scores.add(classifier.scores(text.text()));
		}
		double[] bounds = { 0.005, 0.01, 0.015, 0.02, 0.03 };
		double[][] best = new double[bounds.length][];
		for (int min = 50; min <= 95; min += 5) {
			for (int veto = 50; veto <= 100; veto += 10) {
				for (int keep = 0; keep <= 90; keep += 10) {
					for (int overrule = 50; overrule <= 100; overrule += 5) {
						TextClassifier.Thresholds thresholds = new TextClassifier.Thresholds(min / 100.0, veto / 100.0,
								keep / 100.0, overrule / 100.0);
						double[] figures = combined(texts, lexicon, scores, thresholds);
						for (int b = 0; b < bounds.length; b++) {
							if (figures[1] <= bounds[b] && (best[b] == null || figures[0] > best[b][0])) {
								best[b] = new double[] { figures[0], figures[1], figures[2], thresholds.min(),
										thresholds.veto(), thresholds.keep(), thresholds.overrule() };
							}
						}
					}
				}
			}
		}
		out.println("sweep: wrong-definite at most | accuracy wrong-definite unclassified | "
				+ "min-confidence veto-confidence keyword-min-confidence overrule-confidence");
		for (int b = 0; b < bounds.length; b++) {
			if (best[b] != null) {
				out.printf("sweep: %.3f | %.3f %.3f %.3f | %.2f %.2f %.2f %.2f%n", bounds[b], best[b][0], best[b][1],
						best[b][2], best[b][3], best[b][4], best[b][5], best[b][6]);
			}
		}
	}

	/** Accuracy, wrong-definite and unclassified rates of the combination. */
	private static double[] combined(List<LabelledText> texts, List<Category> lexicon, List<ReasonModel.Scores> scores,
			TextClassifier.Thresholds thresholds) {
		int right = 0;
		int wrong = 0;
		int none = 0;
		for (int i = 0; i < texts.size(); i++) {
			ReasonModel.Scores text = scores.get(i);
			Category got = switch (thresholds.decide(lexicon.get(i), text)) {
				case KEYWORD -> lexicon.get(i);
				case MODEL -> text.bestCategory();
				case VETO, NONE -> Category.UNCLASSIFIED;
			};
			Category want = texts.get(i).reason().category();
			right += (got == want) ? 1 : 0;
			none += (got == Category.UNCLASSIFIED) ? 1 : 0;
			wrong += (got != want && got != Category.UNCLASSIFIED) ? 1 : 0;
		}
		int n = texts.size();
		return new double[] { (double) right / n, (double) wrong / n, (double) none / n };
	}

}
