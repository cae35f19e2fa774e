package com.returnscope.learning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import com.returnscope.harness.Outputs;
import com.returnscope.harness.RunResult;
import com.returnscope.harness.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers' labels kept in the history and learnt from, on H2 and PostgreSQL: each run
 * that reads an overrides file records its labels with the buyer's text each labelled;
 * the explanation says a reviewer decided; {@code retrain --from-history} adds the latest
 * label of each return that has a text to the training texts.
 */
class RetrainFromHistoryFunctionalTests {

	private static final Path FIXTURES = Path.of("src/test/resources/com/returnscope/learning");

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("com.returnscope.harness.TestDatabase#kinds")
	void labelsAreKeptWithTheirTextsAndTheLatestOfEachReturnIsLearnt(Function<Path, TestDatabase> database)
			throws Exception {
		// given two nights whose overrides files label R-3 twice, R-2 once, and R-9,
		// a return the history never saw
		TestDatabase db = database.apply(this.work);
		assertThat(run(db, "2026-11-21", "overrides-1.csv").exitCode()).isZero();
		RunResult night2 = run(db, "2026-11-22", "overrides-2.csv");
		assertThat(night2.exitCode()).as(night2.err()).isZero();

		// then the history holds every label with the run that read it and the text
		assertThat(db.rows("SELECT run_id, return_id, category, subreason, note, reason_text "
				+ "FROM rs_reviewer_label ORDER BY run_id, return_id"))
			.containsExactly("1|R-2|CHANGE_OF_MIND|ORDERED_BY_MISTAKE|buyer confirmed the quantity|we ordered too many",
					"1|R-3|QUALITY|DEFECTIVE|first look|arrived broken box crushed",
					"1|R-9|QUALITY|DEFECTIVE|a return this history never saw|null",
					"2|R-3|LOGISTICS|DAMAGED_IN_TRANSIT|carrier report 2026-11-20|arrived broken box crushed");
		// and the decision says a reviewer decided
		Map<String, String> r3 = Outputs.csv(this.work.resolve("output/2026-11-22/decisions.csv"))
			.stream()
			.filter((row) -> row.get("return_id").equals("R-3"))
			.findFirst()
			.orElseThrow();
		assertThat(r3.get("classified_by")).isEqualTo("OVERRIDE");
		assertThat(r3.get("explanation"))
			.startsWith("LOGISTICS/DAMAGED_IN_TRANSIT: a reviewer decided (\"carrier report 2026-11-20\")");

		// when retrain takes the labels from the history into a small corpus
		Path corpus = this.work.resolve("corpus");
		Files.createDirectories(corpus.resolve("train"));
		Files.copy(FIXTURES.resolve("pool-en.csv"), corpus.resolve("train/en.csv"));
		RunResult retrain = RunResult.run(db, this.work, "retrain", "--from-history", "--corpus=" + corpus,
				"--output=" + this.work.resolve("model/reason-model.yml"));

		// then the latest label of each return with a text is a training text
		assertThat(retrain.exitCode()).as(retrain.err()).isZero();
		assertThat(retrain.out()).startsWith("retrain: 2 labels from the history (1 without a text and 0 of a "
				+ "reason the policy lacks left out); 2 reviewer labels now in "
				+ corpus.resolve("train/reviewed.csv"));
		assertThat(Corpus.read(corpus.resolve("train/reviewed.csv")))
			.extracting((text) -> text.id() + "|" + text.reason() + "|" + text.text())
			.containsExactly("rv-R-2|CHANGE_OF_MIND/ORDERED_BY_MISTAKE|we ordered too many",
					"rv-R-3|LOGISTICS/DAMAGED_IN_TRANSIT|arrived broken box crushed");
		assertThat(this.work.resolve("model/reason-model.bin")).isNotEmptyFile();
	}

	private RunResult run(TestDatabase db, String runDate, String overrides) {
		return RunResult.run(db, this.work, "--input=" + FIXTURES.resolve("labelled-night"),
				"--overrides=" + FIXTURES.resolve(overrides), "--output=" + this.work.resolve("output"),
				"--run-date=" + runDate);
	}

}
