package com.returnscope.classification;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import com.returnscope.domain.ClassifiedBy;
import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyLoader;

/**
 * How many buyer texts the whole shipped text classifier (language guard, lexicon and
 * model) reads per second on one thread, over the development texts (eight languages,
 * short to long), and what loading the lexicon and the model costs at start. A benchmark,
 * not a test: run it with bench/classification.sh, which pins it to one core and records
 * time and memory.
 */
public final class ClassificationBenchmark {

	private ClassificationBenchmark() {
	}

	public static void main(String[] args) {
		int iterations = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		long start = System.nanoTime();
		Policy policy = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy();
		long loaded = System.nanoTime();
		TextClassifier classifier = new TextClassifier(policy);
		long built = System.nanoTime();
		System.out.printf(
				"start-up: policy, lexicon files, ICU folds and model weights read in %d ms; "
						+ "terms compiled and model unpacked in %d ms%n",
				(loaded - start) / 1_000_000, (built - loaded) / 1_000_000);
		List<String> texts = new ArrayList<>();
		for (File file : new File("corpus/dev").listFiles()) {
			texts.addAll(ClassificationCorpusTests.read(file.toPath())
				.stream()
				.map(ClassificationCorpusTests.Labelled::text)
				.toList());
		}
		System.out.printf("%d texts, %.0f characters on average%n", texts.size(),
				texts.stream().mapToInt(String::length).average().orElse(0));
		run(classifier, texts, 10, "warm-up");
		double[] rates = new double[iterations];
		for (int i = 0; i < iterations; i++) {
			rates[i] = run(classifier, texts, 4, "iteration " + (i + 1));
		}
		java.util.Arrays.sort(rates);
		System.out.printf("median %.0f texts per CPU second (min %.0f, max %.0f) = %.2f microseconds per text%n",
				rates[iterations / 2], rates[0], rates[iterations - 1], 1e6 / rates[iterations / 2]);
	}

	/**
	 * Classifies the texts over and over for about {@code seconds}; returns texts per
	 * second of this thread's CPU time. CPU time, not wall time: on a shared virtual
	 * machine the wall clock also counts the time the host gives to others (steal time).
	 */
	private static double run(TextClassifier classifier, List<String> texts, long seconds, String label) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		long classified = 0;
		int found = 0;
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		while (System.nanoTime() < deadline) {
			for (String text : texts) {
				found += (classifier.read(text).by() != ClassifiedBy.NONE) ? 1 : 0;
			}
			classified += texts.size();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		System.out.printf(
				"%s: %d texts in %.2f s CPU (%.2f s wall) = %.0f texts per CPU second (%d given a category)%n", label,
				classified, cpu, elapsed, classified / cpu, found);
		return classified / cpu;
	}

}
