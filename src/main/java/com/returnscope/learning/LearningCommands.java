package com.returnscope.learning;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.returnscope.job.Sha256;
import com.returnscope.policy.LoadedPolicy;
import com.returnscope.policy.PolicyException;
import com.returnscope.policy.PolicyLoader;

/**
 * The learning commands, run as {@code java -jar returnscope.jar COMMAND --name=value...}
 * (see docs/classification.md): {@code split-corpus}, {@code train-model},
 * {@code measure} and {@code retrain}. They start no Spring context; only
 * {@code retrain --from-history} reads a database. Exit codes as the job's: 0 done, 64
 * usage, 66 missing input, 78 bad policy.
 */
public final class LearningCommands {

	public static final Set<String> COMMANDS = Set.of("split-corpus", "train-model", "measure", "retrain");

	private LearningCommands() {
	}

	/** Runs a command and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
			LoadedPolicy policy = PolicyLoader.load(options.getOrDefault("policy", PolicyLoader.DEFAULT_LOCATION));
			switch (args[0]) {
				case "split-corpus" -> splitCorpus(options, policy, out);
				case "train-model" -> trainModel(options, policy, out);
				case "measure" -> Measurement.measure(Path.of(required(options, "corpus")), policy, out,
						options.containsKey("sweep"));
				case "retrain" -> retrain(options, policy, out);
				default -> throw new IllegalArgumentException("unknown command " + args[0]);
			}
			return 0;
		}
		catch (PolicyException ex) {
			err.println("returnscope: " + ex.getMessage());
			return 78;
		}
		catch (UncheckedIOException ex) {
			err.println("returnscope: " + ex.getMessage());
			return 66;
		}
		catch (IllegalArgumentException ex) {
			err.println("returnscope: " + ex.getMessage());
			return 64;
		}
	}

	private static void splitCorpus(Map<String, String> options, LoadedPolicy policy, PrintStream out) {
		List<Path> sources = paths(required(options, "sources"));
		List<Path> devOnly = options.containsKey("dev-only") ? paths(options.get("dev-only")) : List.of();
		int devPercent = Integer.parseInt(options.getOrDefault("dev-percent", "20"));
		Path output = Path.of(options.getOrDefault("output", "corpus"));
		CorpusSplit.Result result = CorpusSplit.split(sources, devOnly, output, devPercent, policy.policy());
		out.printf("split-corpus: %d train texts in %s, %d dev texts in %s, %d repeated texts dropped%n",
				result.train(), output.resolve("train"), result.dev(), output.resolve("dev"), result.duplicates());
	}

	private static void trainModel(Map<String, String> options, LoadedPolicy policy, PrintStream out) {
		Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));
		Path output = Path.of(required(options, "output"));
		List<LabelledText> texts = Corpus.read(corpus.resolve("train"));
		ModelTrainer trainer = new ModelTrainer(com.returnscope.classification.TextFeatures.of(policy.policy()));
		long start = System.nanoTime();
		byte[] weights = trainer.train(texts);
		String weightsName = output.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".bin";
		String corpusSha = corpusSha256(texts);
		String version = options.getOrDefault("version", "corpus-" + corpusSha.substring(0, 12));
		String sha256 = Sha256.hex(weights);
		try {
			Files.createDirectories(output.toAbsolutePath().getParent());
			Files.write(output.resolveSibling(weightsName), weights);
			Files.writeString(output, """
					# The learned reason model, written by `train-model` (docs/classification.md); do not edit.
					# The weights are refused at start unless they hash to sha256 below.
					version: "%s"
					weights: "%s"
					sha256: "%s"
					trainer: "%s"
					# SHA-256 of the training texts (id, label and text of each, in corpus order).
					corpus: "%s"
					texts: %d
					""".formatted(version, weightsName, sha256, ModelTrainer.DESCRIPTION, corpusSha, texts.size()),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + output, ex);
		}
		out.printf("train-model: %d texts, %d bytes of weights in %s (SHA-256 %s), version %s, %.1f s%n", texts.size(),
				weights.length, output.resolveSibling(weightsName), sha256, version, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * Adds reviewers' labels to the corpus, from a CSV ({@code --labels=FILE}) or from
	 * the history store ({@code --from-history}, the database at
	 * {@code --spring.datasource.url}), then trains the model.
	 */
	private static void retrain(Map<String, String> options, LoadedPolicy policy, PrintStream out) {
		Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));
		Path file = corpus.resolve("train").resolve(ReviewerLabels.FILE);
		if (options.containsKey("from-history") == options.containsKey("labels")) {
			throw new IllegalArgumentException(
					"retrain takes --labels=FILE or --from-history (see docs/classification.md)");
		}
		if (options.containsKey("labels")) {
			int reviewed = ReviewerLabels.addToCorpus(Path.of(required(options, "labels")), corpus, policy.policy());
			out.printf("retrain: %d reviewer labels now in %s%n", reviewed, file);
		}
		else {
			ReviewerLabels.FromHistory added = HistoryDatabase.readLabels(options,
					(history) -> ReviewerLabels.addFromHistory(history, corpus, policy.policy()));
			out.printf(
					"retrain: %d labels from the history (%d without a text and %d of a reason the policy lacks left out); %d reviewer labels now in %s%n",
					added.added(), added.withoutText(), added.unknownReason(), added.reviewed(), file);
		}
		trainModel(options, policy, out);
	}

	static String corpusSha256(List<LabelledText> texts) {
		StringBuilder all = new StringBuilder();
		texts.forEach((text) -> all.append(text.id())
			.append('\t')
			.append(text.reason())
			.append('\t')
			.append(text.text())
			.append('\n'));
		return Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<Path> paths(String list) {
		return Arrays.stream(list.split(",")).map(String::trim).filter((p) -> !p.isEmpty()).map(Path::of).toList();
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + "=... is required (see docs/classification.md)");
		}
		return value;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "'; options look like --name=value");
			}
			int equals = arg.indexOf('=');
			options.put(arg.substring(2, (equals > 0) ? equals : arg.length()),
					(equals > 0) ? arg.substring(equals + 1) : "true");
		}
		return options;
	}

}
