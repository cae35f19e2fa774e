package com.returnscope.classification;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a buyer's text (or a policy term) into the form terms are matched in: NFKC
 * (full-width to ASCII), lower case, accents removed, the policy's character folds
 * (traditional to simplified Chinese, ß to ss), words separated by single spaces, a
 * {@value #CLAUSE} where punctuation ends a clause, and misspellings corrected word by
 * word. Chinese and Japanese characters need no spaces; a space separates them from other
 * words, as it separates digits from letters ("220V" becomes "220 v").
 * <p>
 * Every character's fold is computed once, so normalising is one pass of table look-ups.
 */
final class TextNormalizer {

	static final char CLAUSE = '|';

	private static final char APOSTROPHE = '\'';

	private static final String CLAUSE_PUNCTUATION = ".,;:!?…。、¡¿\n\r";

	private static final String APOSTROPHES = "'’‘ʼ`´";

	private final String[] folds = new String[Character.MAX_VALUE + 1];

	private final Map<String, String> spellings;

	TextNormalizer(Map<String, String> characterFolds, Map<String, String> spellings) {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			this.folds[c] = fold((char) c, characterFolds);
		}
		TextNormalizer plain = new TextNormalizer(this.folds);
		Map<String, String> normalized = new HashMap<>();
		spellings.forEach((wrong, right) -> normalized.put(plain.normalize(wrong), plain.normalize(right)));
		this.spellings = Map.copyOf(normalized);
	}

	private TextNormalizer(String[] folds) {
		System.arraycopy(folds, 0, this.folds, 0, folds.length);
		this.spellings = Map.of();
	}

	private static String fold(char c, Map<String, String> characterFolds) {
		if (Character.isHighSurrogate(c)) {
			return " "; // emoji and rare ideographs: a separator, never part of a term
		}
		if (Character.isLowSurrogate(c)) {
			return "";
		}
		String compatible = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder();
		compatible.codePoints().forEach((cp) -> {
			String one = new String(Character.toChars(cp));
			folded.append(characterFolds.getOrDefault(one, one));
		});
		String stripped = Normalizer.normalize(folded, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < stripped.length(); i++) {
			char d = stripped.charAt(i);
			int type = Character.getType(d);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK) {
				continue;
			}
			if (Character.isLetterOrDigit(d)) {
				out.append(d);
			}
			else if (APOSTROPHES.indexOf(d) >= 0) {
				out.append(APOSTROPHE);
			}
			else if (CLAUSE_PUNCTUATION.indexOf(d) >= 0) {
				out.append(CLAUSE);
			}
			else {
				out.append(' ');
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}

	/** Chinese and Japanese script: matched without word boundaries. */
	static boolean isUnspaced(char c) {
		if (c < 0x2E80) {
			return false;
		}
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

	static boolean isWordChar(char c) {
		return c != ' ' && c != CLAUSE;
	}

	String normalize(String text) {
		Builder out = new Builder(text.length());
		for (int i = 0; i < text.length(); i++) {
			String fold = this.folds[text.charAt(i)];
			for (int j = 0; j < fold.length(); j++) {
				out.accept(fold.charAt(j));
			}
		}
		return out.finish();
	}

	/** Assembles the normalised text one folded character at a time. */
	private final class Builder {

		private final StringBuilder out;

		/** Where the word being built starts, or -1 between words. */
		private int wordStart = -1;

		private boolean pendingApostrophe;

		private boolean pendingSpace;

		private boolean pendingClause;

		Builder(int capacity) {
			this.out = new StringBuilder(capacity + 8);
		}

		void accept(char c) {
			if (c == ' ') {
				endWord();
				this.pendingSpace = true;
			}
			else if (c == CLAUSE) {
				endWord();
				this.pendingClause = true;
			}
			else if (c == APOSTROPHE) {
				this.pendingApostrophe = this.wordStart >= 0;
				if (!this.pendingApostrophe) {
					this.pendingSpace = true;
				}
			}
			else {
				letter(c);
			}
		}

		private void letter(char c) {
			boolean unspaced = isUnspaced(c);
			if (this.pendingApostrophe) {
				this.pendingApostrophe = false;
				// "don't" is one word, "dont"; elsewhere an apostrophe separates ("l'article")
				boolean contraction = c == 't' && this.out.charAt(this.out.length() - 1) == 'n';
				if (!contraction) {
					endWord();
					this.pendingSpace = true;
				}
			}
			else if (this.wordStart >= 0) {
				char previous = this.out.charAt(this.out.length() - 1);
				if (unspaced || isUnspaced(previous) || Character.isDigit(previous) != Character.isDigit(c)) {
					endWord();
					if (!(unspaced && isUnspaced(previous))) {
						this.pendingSpace = true;
					}
				}
			}
			separate();
			if (this.wordStart < 0) {
				this.wordStart = this.out.length();
			}
			this.out.append(c);
		}

		private void separate() {
			if (this.out.isEmpty()) {
				this.pendingClause = false;
				this.pendingSpace = false;
				return;
			}
			if (this.pendingClause) {
				this.out.append(' ').append(CLAUSE).append(' ');
			}
			else if (this.pendingSpace) {
				this.out.append(' ');
			}
			this.pendingClause = false;
			this.pendingSpace = false;
		}

		private void endWord() {
			if (this.pendingApostrophe) {
				this.pendingApostrophe = false;
			}
			if (this.wordStart < 0) {
				return;
			}
			if (!TextNormalizer.this.spellings.isEmpty()) {
				String word = this.out.substring(this.wordStart);
				String fixed = TextNormalizer.this.spellings.get(word);
				if (fixed != null) {
					this.out.setLength(this.wordStart);
					this.out.append(fixed);
				}
			}
			this.wordStart = -1;
		}

		String finish() {
			endWord();
			return this.out.toString();
		}

	}

}
