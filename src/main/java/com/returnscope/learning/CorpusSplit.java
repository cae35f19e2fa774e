package com.returnscope.learning;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.returnscope.domain.Category;
import com.returnscope.job.Sha256;
import com.returnscope.policy.Policy;

/**
 * Splits labelled texts into {@code train/} and {@code dev/} folders, one CSV per
 * language, deterministically: a text goes to dev when the first byte of the SHA-256 of
 * its id is below the dev share, so the same sources always give the same split and a
 * text keeps its side when others are added. Texts from the dev-only sources (texts that
 * have been printed in logs, or otherwise seen) all go to dev. A text whose words repeat
 * an earlier one (case, accents and spacing aside) is dropped, so train and dev share no
 * text; a label the policy does not know is refused.
 */
final class CorpusSplit {

	/** What the split did, for the operator. */
	record Result(int train, int dev, int duplicates) {
	}

	private CorpusSplit() {
	}

	static Result split(List<Path> sources, List<Path> devOnly, Path output, int devPercent, Policy policy) {
		Map<String, List<LabelledText>> train = new TreeMap<>();
		Map<String, List<LabelledText>> dev = new TreeMap<>();
		Set<String> seen = new HashSet<>();
		Set<String> ids = new HashSet<>();
		int duplicates = 0;
		List<Path> all = new ArrayList<>(devOnly);
		all.addAll(sources);
		for (Path source : all) {
			for (LabelledText text : Corpus.read(source)) {
				check(text, policy, source);
				if (!ids.add(text.id())) {
					throw new IllegalArgumentException(source + ": id " + text.id() + " appears twice");
				}
				if (!seen.add(key(text.text()))) {
					duplicates++;
					continue;
				}
				boolean toDev = devOnly.contains(source) || isDev(text.id(), devPercent);
				(toDev ? dev : train).computeIfAbsent(text.language(), (language) -> new ArrayList<>()).add(text);
			}
		}
		return new Result(write(output.resolve("train"), train), write(output.resolve("dev"), dev), duplicates);
	}

	static boolean isDev(String id, int devPercent) {
		int firstByte = Integer.parseInt(Sha256.hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 2), 16);
		return firstByte * 100 < devPercent * 256;
	}

	private static int write(Path folder, Map<String, List<LabelledText>> byLanguage) {
		int count = 0;
		for (Map.Entry<String, List<LabelledText>> language : byLanguage.entrySet()) {
			List<LabelledText> texts = new ArrayList<>(language.getValue());
			texts.sort(Comparator.comparing(LabelledText::id));
			Corpus.write(folder.resolve(language.getKey() + ".csv"), texts);
			count += texts.size();
		}
		return count;
	}

	private static void check(LabelledText text, Policy policy, Path source) {
		if (text.text().isBlank()) {
			throw new IllegalArgumentException(source + ": " + text.id() + " has no text");
		}
		if (text.category().equals(Category.UNCLASSIFIED.name()) && text.subreason().isEmpty()) {
			return;
		}
		try {
			policy.reason(text.category() + "/" + text.subreason(), text.id());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(source + ": " + ex.getMessage());
		}
	}

	/** The text as duplicates are found: NFKC, lower case, letters and digits only. */
	private static String key(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

}
