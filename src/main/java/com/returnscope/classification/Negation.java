package com.returnscope.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.returnscope.policy.Policy;

/**
 * Whether a cue such as "not", "没有", "не" or "kein" stands shortly before a term in the
 * same clause ("the box was not damaged"), in which case the term does not count. A cue
 * inside the term itself ("not working") is part of the term, not a negation of it.
 */
final class Negation {

	private final int window;

	private final Set<String> cues = new HashSet<>();

	private final List<String> cueStems = new ArrayList<>();

	/**
	 * Chinese cues, by their last character: a text's character is checked against few.
	 */
	private final Map<Character, List<String>> unspacedCues = new HashMap<>();

	private final Set<String> breaks = new HashSet<>();

	private final Map<Character, List<String>> unspacedBreaks = new HashMap<>();

	Negation(Policy.Negation negation, TextNormalizer normalizer) {
		this.window = negation.window();
		for (List<String> words : negation.cues().values()) {
			for (String cue : words) {
				boolean stem = cue.endsWith("*");
				String normalized = normalizer.normalize(stem ? cue.substring(0, cue.length() - 1) : cue);
				if (normalized.isEmpty()) {
					continue;
				}
				if (TextNormalizer.isUnspaced(normalized.charAt(0))) {
					byLastCharacter(this.unspacedCues, normalized);
				}
				else if (stem) {
					this.cueStems.add(normalized);
				}
				else {
					this.cues.add(normalized);
				}
			}
		}
		for (List<String> words : negation.clauseBreaks().values()) {
			words.stream().map(normalizer::normalize).filter((word) -> !word.isEmpty()).forEach((word) -> {
				if (TextNormalizer.isUnspaced(word.charAt(0))) {
					byLastCharacter(this.unspacedBreaks, word);
				}
				else {
					this.breaks.add(word);
				}
			});
		}
	}

	/** Whether the term found at {@code start} of the normalised text is negated. */
	boolean negates(String text, int start) {
		int words = 0;
		int p = start - 1;
		while (p >= 0 && words < this.window) {
			char c = text.charAt(p);
			if (c == ' ') {
				p--;
				continue;
			}
			if (c == TextNormalizer.CLAUSE) {
				return false;
			}
			if (TextNormalizer.isUnspaced(c)) {
				if (endsAt(text, p, this.unspacedBreaks)) {
					return false;
				}
				if (endsAt(text, p, this.unspacedCues)) {
					return true;
				}
				words++;
				p--;
				continue;
			}
			int end = p + 1;
			while (p >= 0 && TextNormalizer.isWordChar(text.charAt(p)) && !TextNormalizer.isUnspaced(text.charAt(p))) {
				p--;
			}
			String word = text.substring(p + 1, end);
			if (this.breaks.contains(word)) {
				return false;
			}
			if (isCue(word)) {
				return true;
			}
			if (word.length() > 1) {
				// the "s" of "it's" or the "l" of "l'article" is no word of its own
				words++;
			}
		}
		return false;
	}

	private boolean isCue(String word) {
		if (this.cues.contains(word)) {
			return true;
		}
		for (String stem : this.cueStems) {
			if (word.startsWith(stem)) {
				return true;
			}
		}
		return false;
	}

	private static void byLastCharacter(Map<Character, List<String>> words, String word) {
		words.computeIfAbsent(word.charAt(word.length() - 1), (last) -> new ArrayList<>()).add(word);
	}

	private static boolean endsAt(String text, int last, Map<Character, List<String>> candidates) {
		List<String> endingHere = candidates.get(text.charAt(last));
		if (endingHere != null) {
			for (String candidate : endingHere) {
				int from = last + 1 - candidate.length();
				if (from >= 0 && text.startsWith(candidate, from)) {
					return true;
				}
			}
		}
		return false;
	}

}
