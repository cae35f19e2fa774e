package com.returnscope.learning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The learning commands' exit codes and one-line errors, as an operator sees them. */
class LearningCommandsTests {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					measure                                   | 64 | --corpus=... is required
					measure corpus/dev extra                  | 64 | unexpected argument 'corpus/dev'
					measure --corpus=no-such-folder           | 66 | no-such-folder: no such file or folder
					retrain --labels=no-such.csv              | 66 | no-such.csv: labels file not found
					retrain                                   | 64 | retrain takes --labels=FILE or --from-history
					retrain --from-history --spring.datasource.url=jdbc:h2:mem:none | 66 | jdbc:h2:mem:none: cannot read the reviewers' labels
					measure --corpus=corpus/dev --policy=x.yml | 78 | x.yml: file not found
					""")
	void aBadCommandExitsWithItsCodeAndOneLine(String command, int code, String message) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = LearningCommands.run(command.split(" "), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(code);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("returnscope: ").contains(message).hasLineCount(1);
	}

	@Test
	void splitCorpusSaysWhatItWrote() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int exit = LearningCommands.run(
				new String[] { "split-corpus", "--sources=src/test/resources/com/returnscope/learning/pool-en.csv",
						"--dev-percent=0", "--output=" + this.folder },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.startsWith("split-corpus: 7 train texts in " + this.folder.resolve("train") + ", 0 dev texts");
	}

}
