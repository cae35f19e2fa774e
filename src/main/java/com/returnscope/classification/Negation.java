package com.returnscope.classification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

	private final List<String> unspacedCues = new ArrayList<>();

	private final Set<String> breaks = new HashSet<>();

	private final List<String> unspacedBreaks = new ArrayList<>();

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
					this.unspacedCues.add(normalized);
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
					this.unspacedBreaks.add(word);
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
			words++;
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

	private static boolean endsAt(String text, int last, List<String> candidates) {
		for (String candidate : candidates) {
			int from = last + 1 - candidate.length();
			if (from >= 0 && text.startsWith(candidate, from)) {
				return true;
			}
		}
		return false;
	}

}
