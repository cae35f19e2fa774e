package com.returnscope.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The split of labelled texts into train and dev folders. */
class CorpusSplitTests {

	private static final Path FIXTURES = Path.of("src/test/resources/com/returnscope/learning");

	private static final Policy POLICY = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy();

	@TempDir
	Path folder;

	@Test
	void theSameSourcesGiveTheSameSplitByteForByte() throws IOException {
		// given the same sources split twice
		CorpusSplit.split(List.of(FIXTURES.resolve("pool-en.csv"), FIXTURES.resolve("pool-de.csv")),
				List.of(FIXTURES.resolve("seen.csv")), this.folder.resolve("a"), 50, POLICY);
		CorpusSplit.split(List.of(FIXTURES.resolve("pool-en.csv"), FIXTURES.resolve("pool-de.csv")),
				List.of(FIXTURES.resolve("seen.csv")), this.folder.resolve("b"), 50, POLICY);

		// then every file is the same
		for (String file : List.of("train/en.csv", "dev/en.csv", "train/de.csv")) {
			Path a = this.folder.resolve("a").resolve(file);
			if (Files.exists(a)) {
				assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(this.folder.resolve("b").resolve(file)));
			}
		}
	}

	@Test
	void seenTextsGoToDevAndRepeatedTextsAreDropped() {
		// given a dev-only source, and a pool text that repeats one of its texts and
		// another that repeats a pool text but for case and punctuation
		CorpusSplit.Result result = CorpusSplit.split(List.of(FIXTURES.resolve("pool-en.csv")),
				List.of(FIXTURES.resolve("seen.csv")), this.folder, 0, POLICY);

		// then with no dev share only the seen texts are in dev, and both repeats are
		// gone
		assertThat(Corpus.read(this.folder.resolve("dev"))).extracting(LabelledText::id)
			.containsExactly("seen-1", "seen-2");
		assertThat(Corpus.read(this.folder.resolve("train"))).extracting(LabelledText::id)
			.containsExactly("en-1", "en-3", "en-4", "en-5", "en-7", "en-8");
		assertThat(result.duplicates()).isEqualTo(2);
	}

	@Test
	void aTextGoesToDevByItsIdAlone() {
		assertThat(CorpusSplit.isDev("en-1", 100)).isTrue();
		assertThat(CorpusSplit.isDev("en-1", 0)).isFalse();
		assertThat(CorpusSplit.isDev("en-1", 20)).isEqualTo(CorpusSplit.isDev("en-1", 20));
	}

	@Test
	void aLabelThePolicyDoesNotKnowIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> CorpusSplit.split(List.of(FIXTURES.resolve("bad-label.csv")), List.of(), this.folder, 20, POLICY))
			.withMessageContaining("unknown subreason QUALITY/BROKEN");
	}

	@Test
	void reviewersLabelsJoinTheTrainingTextsAndALaterLabelReplacesAnEarlierOne() {
		int reviewed = ReviewerLabels.addToCorpus(FIXTURES.resolve("reviewer-labels.csv"), this.folder, POLICY);

		assertThat(reviewed).isEqualTo(2);
		List<LabelledText> texts = Corpus.read(this.folder.resolve("train").resolve(ReviewerLabels.FILE));
		assertThat(texts).extracting(LabelledText::id).containsExactly("rv-RT-7", "rv-RT-8");
		assertThat(texts.get(0).reason()).hasToString("LOGISTICS/DAMAGED_IN_TRANSIT");
		assertThat(texts.get(0).written()).isEqualTo("reviewer");
	}

}
