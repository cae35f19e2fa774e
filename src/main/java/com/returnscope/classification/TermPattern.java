package com.returnscope.classification;

import java.util.ArrayList;
import java.util.List;

import com.returnscope.policy.PolicyException;

/**
 * One policy term compiled for matching. A term is words as a buyer would write them,
 * with two marks: {@code *} at the end of a word lets the word go on ("defect*" matches
 * defective, defects), and {@code ...} between words lets up to the policy's gap-words
 * words stand between them, within one clause ("arrived ... broken*"). Latin and Cyrillic
 * words match whole; Chinese matches anywhere.
 */
final class TermPattern {

	/**
	 * How much a {@code ...} may stand for: words, and Chinese or Japanese characters.
	 */
	record Gap(int words, int characters) {
	}

	private static final String STEM = "*";

	private static final String GAP = "...";

	/** The kinds of token, in {@link #kinds}. */
	private static final byte LITERAL = 0;

	private static final byte WORD_GOES_ON = 1;

	private static final byte WORDS_BETWEEN = 2;

	/** The literal parts, stems and gaps in order; the first is always a literal. */
	private final String[] tokens;

	private final byte[] kinds;

	private final String written;

	private TermPattern(String written, List<String> tokens) {
		this.written = written;
		this.tokens = tokens.toArray(String[]::new);
		this.kinds = new byte[this.tokens.length];
		for (int i = 0; i < this.tokens.length; i++) {
			this.kinds[i] = this.tokens[i].equals(STEM) ? WORD_GOES_ON
					: this.tokens[i].equals(GAP) ? WORDS_BETWEEN : LITERAL;
		}

	}

	static TermPattern compile(String written, TextNormalizer normalizer, String key) {
		List<String> tokens = new ArrayList<>();
		String[] parts = written.replace("…", GAP).split("\\.\\.\\.", -1);
		for (int p = 0; p < parts.length; p++) {
			if (p > 0) {
				tokens.add(GAP);
			}
			StringBuilder literal = new StringBuilder();
			for (String word : parts[p].trim().split("\\s+")) {
				boolean stem = word.endsWith(STEM);
				String normalized = normalizer.normalize(stem ? word.substring(0, word.length() - 1) : word);
				if (normalized.indexOf(TextNormalizer.CLAUSE) >= 0) {
					throw new PolicyException(key, "term '" + written + "' holds punctuation that ends a clause");
				}
				if (normalized.isEmpty()) {
					continue;
				}
				if (!literal.isEmpty() || (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(STEM))) {
					literal.append(' ');
				}
				literal.append(normalized);
				if (stem && !TextNormalizer.isUnspaced(normalized.charAt(normalized.length() - 1))) {
					tokens.add(literal.toString());
					tokens.add(STEM);
					literal.setLength(0);
				}
			}
			if (!literal.isEmpty()) {
				tokens.add(literal.toString());
			}
			else if (tokens.isEmpty() || tokens.get(tokens.size() - 1).equals(GAP)) {
				throw new PolicyException(key, "term '" + written + "' has an empty part");
			}
		}
		return new TermPattern(written, tokens);
	}

	/** The term as the policy writes it: what the explanation quotes. */
	String written() {
		return this.written;
	}

	/** The part the index looks for; the rest is checked where it is found. */
	String head() {
		return this.tokens[0];
	}

	/**
	 * Checks the whole term where its head was found, ending at {@code headEnd} (the
	 * index only reports heads where a word starts); returns where the match ends, or -1.
	 */
	int matchAt(String text, int headEnd, Gap gap) {
		for (int i = this.tokens.length - 1; i > 0; i--) {
			if (this.kinds[i] == LITERAL && text.indexOf(this.tokens[i], headEnd) < 0) {
				// a later part is nowhere after the head: most candidates stop here
				return -1;
			}
		}
		return rest(text, headEnd, 1, gap);
	}

	private int rest(String text, int pos, int index, Gap gap) {
		if (index == this.tokens.length) {
			return endsWord(text, pos, index - 1) ? pos : -1;
		}
		switch (this.kinds[index]) {
			case WORD_GOES_ON:
				int end = pos;
				while (end < text.length() && TextNormalizer.isWordChar(text.charAt(end))
						&& !TextNormalizer.isUnspaced(text.charAt(end))) {
					end++;
				}
				return rest(text, end, index + 1, gap);
			case WORDS_BETWEEN:
				return gap(text, pos, index + 1, gap);
			default:
				String literal = this.tokens[index];
				return text.startsWith(literal, pos) ? rest(text, pos + literal.length(), index + 1, gap) : -1;
		}
	}

	/**
	 * Tries the literal after a gap where it occurs after 0, 1, ... skipped words of the
	 * clause: at most the gap's words, and at most its characters of Chinese or Japanese.
	 * The literal's occurrences are found by search; only those are walked to.
	 */
	private int gap(String text, int pos, int index, Gap gap) {
		if (!endsWord(text, pos, index - 2)) {
			return -1;
		}
		String literal = this.tokens[index];
		for (int found = text.indexOf(literal, pos); found >= 0; found = text.indexOf(literal, found + 1)) {
			int reach = reach(text, pos, found, gap);
			if (reach == BEYOND) {
				return -1; // later occurrences are further still
			}
			if (reach == REACHED) {
				int end = rest(text, found + literal.length(), index + 1, gap);
				if (end >= 0) {
					return end;
				}
			}
		}
		return -1;
	}

	private static final int REACHED = 1;

	private static final int INSIDE_A_WORD = 0;

	private static final int BEYOND = -1;

	/**
	 * Whether skipping words from {@code pos} lands on {@code target} within the gap and
	 * the clause, lands past it (the target is inside a word), or runs out first.
	 */
	private static int reach(String text, int pos, int target, Gap gap) {
		int at = pos;
		int words = 0;
		int characters = 0;
		while (words <= gap.words() && characters <= gap.characters()) {
			while (at < text.length() && text.charAt(at) == ' ') {
				at++;
			}
			if (at >= text.length() || text.charAt(at) == TextNormalizer.CLAUSE || at > target) {
				return (at > target && at < text.length() && text.charAt(at) != TextNormalizer.CLAUSE) ? INSIDE_A_WORD
						: BEYOND;
			}
			if (at == target) {
				return REACHED;
			}
			if (TextNormalizer.isUnspaced(text.charAt(at))) {
				at++;
				characters++;
			}
			else {
				while (at < text.length() && TextNormalizer.isWordChar(text.charAt(at))
						&& !TextNormalizer.isUnspaced(text.charAt(at))) {
					at++;
				}
				words++;
			}
		}
		return BEYOND;
	}

	/** Whether a match may end at {@code pos}, just after token {@code previous}. */
	private boolean endsWord(String text, int pos, int previous) {
		if (this.kinds[previous] == WORD_GOES_ON || pos >= text.length()) {
			return true;
		}
		char next = text.charAt(pos);
		String token = this.tokens[previous];
		return !TextNormalizer.isWordChar(next) || TextNormalizer.isUnspaced(next)
				|| TextNormalizer.isUnspaced(token.charAt(token.length() - 1));
	}

	@Override
	public String toString() {
		return this.written;
	}

}
