package com.returnscope.learning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.returnscope.classification.ReasonModel;
import com.returnscope.classification.TextFeatures;
import com.returnscope.job.Sha256;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shipped model is the recorded one; training is reproducible; and the scorer the job
 * uses predicts exactly what Tribuo predicts. Training the whole corpus takes minutes, so
 * the last two train on a slice of it.
 */
class ReasonModelTests {

	private static final Path MODEL = Path.of("src/main/resources/policy/model");

	private static final ModelTrainer TRAINER = new ModelTrainer(
			TextFeatures.of(PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy()));

	private static List<LabelledText> slice;

	private static LinearSGDModel tribuo;

	@BeforeAll
	static void trainOnASlice() {
		List<LabelledText> train = Corpus.read(Path.of("corpus/train"));
		// every 25th text: all languages and reasons, in corpus order
		slice = java.util.stream.IntStream.range(0, train.size())
			.filter((i) -> i % 25 == 0)
			.mapToObj(train::get)
			.toList();
		tribuo = TRAINER.trainTribuo(slice);
	}

	@Test
	void theShippedWeightsAreTheRecordedOnes() throws IOException {
		String recorded = Files.readAllLines(MODEL.resolve("reason-model.yml"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.startsWith("sha256: "))
			.map((line) -> line.substring("sha256: ".length()).replace("\"", ""))
			.findFirst()
			.orElseThrow();

		assertThat(Sha256.of(MODEL.resolve("reason-model.bin"))).isEqualTo(recorded);
	}

	@Test
	void theSameTextsGiveTheSameWeightsByteForByte() {
		assertThat(TRAINER.train(slice)).isEqualTo(ModelTrainer.export(tribuo));
	}

	@Test
	void theScorerPredictsWhatTribuoPredictsOnEveryDevelopmentText() {
		// given the weights exported from Tribuo's model into the scorer's format
		ReasonModel scorer = ReasonModel.read(ModelTrainer.export(tribuo));
		TextFeatures features = TextFeatures.of(PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy());
		int compared = 0;
		for (LabelledText text : Corpus.read(Path.of("corpus/dev"))) {
			int[] buckets = features.buckets(text.text());
			if (Arrays.stream(buckets)
				.noneMatch((bucket) -> tribuo.getFeatureIDMap().getID(String.valueOf(bucket)) >= 0)) {
				continue; // Tribuo refuses an example with no feature its model knows
			}
			// when both score the text
			Prediction<Label> expected = tribuo.predict(TRAINER.example(text.text(), new Label("?")));
			ReasonModel.Scores scores = scorer.score(buckets);

			// then they agree on every label's probability, so on the prediction
			for (int i = 0; i < scores.labels().length; i++) {
				double theirs = expected.getOutputScores().get(scores.labels()[i].toString()).getScore();
				assertThat(scores.probabilities()[i]).as(text.id()).isCloseTo(theirs, within(1e-5));
			}
			assertThat(best(scores)).as(text.id()).isEqualTo(expected.getOutput().getLabel());
			compared++;
		}
		assertThat(compared).isGreaterThan(4000);
	}

	private static String best(ReasonModel.Scores scores) {
		int best = 0;
		for (int i = 1; i < scores.probabilities().length; i++) {
			if (scores.probabilities()[i] > scores.probabilities()[best]) {
				best = i;
			}
		}
		return scores.labels()[best].toString();
	}

}
