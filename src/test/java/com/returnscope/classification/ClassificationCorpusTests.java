package com.returnscope.classification;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.returnscope.domain.Classification;
import com.returnscope.domain.ClassifiedBy;
import com.returnscope.policy.PolicyLoader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped lexicon alone measured on labelled buyer texts written apart from them: at
 * least 97% of categories right overall and 93% in every language, or the build fails.
 * Prints the accuracy per language and kind, and every development text it gets wrong
 * (never a held-out one).
 */
class ClassificationCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/com/returnscope/policy/classification-corpus.csv");

	static final Path SECOND = Path.of("src/test/resources/com/returnscope/policy/classification-dev2.csv");

	static final Path HELD_OUT = Path.of("src/test/resources/com/returnscope/policy/classification-heldout.csv");

	private static final KeywordClassifier LEXICON = new KeywordClassifier(
			PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy());

	/** One labelled text. */
	record Labelled(String id, String language, String kind, String category, String subreason, String text) {
	}

	/** How the classifier did on a set of texts. */
	record Evaluation(List<Labelled> texts, List<Classification> results) {

		boolean categoryRight(int i) {
			return this.results.get(i).category().name().equals(this.texts.get(i).category());
		}

		boolean subreasonRight(int i) {
			return categoryRight(i) && this.results.get(i).reason().subreason().equals(this.texts.get(i).subreason());
		}

		double accuracy(String language) {
			int right = 0;
			int all = 0;
			for (int i = 0; i < this.texts.size(); i++) {
				if (language == null || this.texts.get(i).language().equals(language)) {
					all++;
					right += categoryRight(i) ? 1 : 0;
				}
			}
			return (double) right / all;
		}

		/**
		 * Figures by language and kind, without a single text: fit for a held-out set.
		 */
		String figures(String title) {
			String report = report(title);
			return report.substring(0, report.indexOf("misclassified:\n"));
		}

		String report(String title) {
			Map<String, int[]> byLanguage = new TreeMap<>();
			Map<String, int[]> byKind = new TreeMap<>();
			StringBuilder wrong = new StringBuilder();
			int subreasons = 0;
			for (int i = 0; i < this.texts.size(); i++) {
				Labelled text = this.texts.get(i);
				int right = categoryRight(i) ? 1 : 0;
				subreasons += subreasonRight(i) ? 1 : 0;
				tally(byLanguage, text.language(), right);
				tally(byKind, text.kind(), right);
				if (right == 0) {
					Classification got = this.results.get(i);
					wrong.append(String.format("  %-16s want %-32s got %-32s term \"%s\"%n    %s%n", text.id(),
							text.category() + "/" + text.subreason(), got.reason(), got.matchedTerm(), text.text()));
				}
			}
			StringBuilder report = new StringBuilder(title)
				.append(String.format(": category accuracy %.1f%% (%d texts), subreason accuracy %.1f%%%n",
						100 * accuracy(null), this.texts.size(), 100.0 * subreasons / this.texts.size()));
			byLanguage.forEach((language, counts) -> report.append(line("language", language, counts)));
			byKind.forEach((kind, counts) -> report.append(line("kind", kind, counts)));
			return report.append("misclassified:\n").append(wrong).toString();
		}

		private static void tally(Map<String, int[]> counts, String key, int right) {
			int[] count = counts.computeIfAbsent(key, (k) -> new int[2]);
			count[0] += right;
			count[1]++;
		}

		private static String line(String what, String key, int[] counts) {
			return String.format("  %-8s %-8s %5.1f%% (%d/%d)%n", what, key, 100.0 * counts[0] / counts[1], counts[0],
					counts[1]);
		}

	}

	@Test
	void classifiesTheCorpusAccurately() {
		assertAccurate(CORPUS, "classification corpus", 600);
	}

	@Test
	void classifiesTheSecondDevelopmentSetAccurately() {
		assertAccurate(SECOND, "second development set", 1000);
	}

	private static void assertAccurate(Path file, String title, int atLeast) {
		Evaluation evaluation = evaluate(file);
		String report = evaluation.report(title);
		System.out.println(report);

		assertThat(evaluation.texts()).hasSizeGreaterThanOrEqualTo(atLeast);
		assertThat(evaluation.accuracy(null)).as(report).isGreaterThanOrEqualTo(0.97);
		for (String language : List.of("en", "zh-hans", "zh-hant", "es", "pt", "ru", "fr", "de", "mixed")) {
			assertThat(evaluation.texts().stream().filter((text) -> text.language().equals(language)).count())
				.as(language)
				.isGreaterThanOrEqualTo(language.equals("mixed") ? 20 : 50);
			assertThat(evaluation.accuracy(language)).as(language + "\n" + report).isGreaterThanOrEqualTo(0.93);
		}
	}

	/**
	 * Texts never used to tune the terms: a guard against terms that only learnt the
	 * corpus. The bar is lower than the corpus's on purpose; the figure is in the closing
	 * notes.
	 */
	@Test
	void generalisesToTextsTheTermsWereNotTunedOn() {
		Evaluation evaluation = evaluate(HELD_OUT);
		// figures only: the held-out texts must not reach the logs
		String report = evaluation.figures("held-out texts");
		System.out.println(report);

		assertThat(evaluation.accuracy(null)).as(report).isGreaterThanOrEqualTo(0.75);
	}

	static Evaluation evaluate(Path file) {
		List<Labelled> texts = read(file);
		List<Classification> results = new ArrayList<>();
		texts.forEach((text) -> {
			KeywordClassifier.Match match = LEXICON.classify(text.text());
			results.add((match != null) ? new Classification(match.reason(), ClassifiedBy.KEYWORD, match.term(), null,
					match.reason().category(), "") : Classification.NONE);
		});
		return new Evaluation(texts, results);
	}

	static List<Labelled> read(Path file) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			List<Labelled> texts = new ArrayList<>();
			for (CSVRecord record : parser) {
				texts.add(new Labelled(record.get("id"), record.get("language"), record.get("kind"),
						record.get("category"), record.get("subreason"), record.get("text")));
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
