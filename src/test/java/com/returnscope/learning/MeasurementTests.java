package com.returnscope.learning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.returnscope.policy.LoadedPolicy;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement on the development texts: it prints figures and never a text (the same
 * code measures the blind set), and the shipped classifier keeps the figures it was tuned
 * to.
 */
class MeasurementTests {

	private static final Path DEV = Path.of("corpus/dev");

	@Test
	void printsFiguresOnlyAndTheTunedFiguresHold() {
		// given the development texts
		LoadedPolicy policy = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		// when they are measured
		Measurement.measure(DEV, policy, new PrintStream(printed, true, StandardCharsets.UTF_8), false);

		// then the lines are figures for the lexicon, the model and the combination
		String output = printed.toString(StandardCharsets.UTF_8);
		List<String> lines = output.lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(1)).startsWith("lexicon ");
		assertThat(lines.get(2)).startsWith("model ");
		assertThat(lines.get(3)).startsWith("combined ").contains(" en ", " zh-hant ");
		// and how the texts in unsupported languages were left
		assertThat(lines.get(4)).isEqualTo("unsupported languages: 66 texts, 66 left unclassified as "
				+ "'language not supported', 0 given a definite category");
		// and no text, nor any id
		for (LabelledText text : Corpus.read(DEV)) {
			if (text.text().length() > 12) {
				assertThat(output).doesNotContain(text.text());
			}
			assertThat(output).doesNotContain(text.id());
		}
	}

	@Test
	void theCombinationIsRightMoreOftenThanEitherAloneWithFewWrongAnswers() {
		List<LabelledText> texts = Corpus.read(DEV);
		com.returnscope.classification.TextClassifier classifier = new com.returnscope.classification.TextClassifier(
				PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy());

		Measurement.Figures lexicon = Measurement.figures("lexicon", texts, classifier::lexiconOnly);
		Measurement.Figures model = Measurement.figures("model", texts, classifier::modelOnly);
		Measurement.Figures combined = Measurement.figures("combined", texts, classifier::read);

		assertThat(combined.accuracy()).isGreaterThan(lexicon.accuracy()).isGreaterThan(model.accuracy());
		assertThat(combined.wrongDefiniteRate()).isLessThanOrEqualTo(0.011);
		assertThat(combined.wrongDefiniteRate()).isLessThan(lexicon.wrongDefiniteRate());
	}

}
