package com.returnscope.classification;

import java.text.Normalizer;
import java.util.BitSet;
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

	private static final int SPELLING_BITS = 1 << 16;

	/** In {@link #single}: the character folds to more or fewer than one character. */
	private static final char NOT_SINGLE = '\uFFFF';

	/**
	 * Whether each character is Chinese or Japanese script: looked up, never computed per
	 * text.
	 */
	private static final boolean[] UNSPACED = new boolean[Character.MAX_VALUE + 1];

	static {
		for (int c = 0x2E80; c <= Character.MAX_VALUE; c++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			UNSPACED[c] = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA;
		}
	}

	/** Each character's fold when it is one character, the common case. */
	private final char[] single = new char[Character.MAX_VALUE + 1];

	/** Each character's fold when it is not one character (ß, ﬁ, combining marks...). */
	private final String[] multiple = new String[Character.MAX_VALUE + 1];

	private final Map<String, String> spellings;

	/**
	 * A one-hash Bloom filter of the misspelt words' hash codes: most words are cleared
	 * with one bit test, without building a string for a map look-up.
	 */
	private final BitSet spellingHashes = new BitSet(SPELLING_BITS);

	TextNormalizer(Map<String, String> characterFolds, Map<String, String> spellings) {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			String fold = fold((char) c, characterFolds);
			this.single[c] = (fold.length() == 1) ? fold.charAt(0) : NOT_SINGLE;
			this.multiple[c] = (fold.length() == 1) ? null : fold;
		}
		Map<String, String> normalized = new HashMap<>();
		TextNormalizer plain = new TextNormalizer(this);
		spellings.forEach((wrong, right) -> normalized.put(plain.normalize(wrong), plain.normalize(right)));
		this.spellings = Map.copyOf(normalized);
		this.spellings.keySet().forEach((word) -> this.spellingHashes.set(word.hashCode() & (SPELLING_BITS - 1)));
	}

	/** The same character folds without the spellings, from the tables already built. */
	TextNormalizer withoutSpellings() {
		return new TextNormalizer(this);
	}

	/** The same folds without spellings, to normalise the spellings themselves. */
	private TextNormalizer(TextNormalizer folds) {
		System.arraycopy(folds.single, 0, this.single, 0, this.single.length);
		System.arraycopy(folds.multiple, 0, this.multiple, 0, this.multiple.length);
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
		return UNSPACED[c];
	}

	static boolean isWordChar(char c) {
		return c != ' ' && c != CLAUSE;
	}

	String normalize(String text) {
		Builder out = new Builder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char fold = this.single[c];
			if (fold != NOT_SINGLE) {
				out.accept(fold);
			}
			else {
				String folds = this.multiple[c];
				for (int j = 0; j < folds.length(); j++) {
					out.accept(folds.charAt(j));
				}
			}
		}
		return out.finish();
	}

	/** Assembles the normalised text one folded character at a time. */
	private final class Builder {

		private final StringBuilder out;

		/** Where the word being built starts, or -1 between words. */
		private int wordStart = -1;

		/** The hash code of the word being built, as String.hashCode would give it. */
		private int wordHash;

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
			boolean unspaced = UNSPACED[c];
			if (this.pendingApostrophe) {
				this.pendingApostrophe = false;
				// "don't" is one word, "dont"; elsewhere an apostrophe separates
				// ("l'article")
				boolean contraction = c == 't' && this.out.charAt(this.out.length() - 1) == 'n';
				if (!contraction) {
					endWord();
					this.pendingSpace = true;
				}
			}
			else if (this.wordStart >= 0) {
				char previous = this.out.charAt(this.out.length() - 1);
				if (unspaced || UNSPACED[previous] || Character.isDigit(previous) != Character.isDigit(c)) {
					endWord();
					if (!(unspaced && UNSPACED[previous])) {
						this.pendingSpace = true;
					}
				}
			}
			separate();
			if (this.wordStart < 0) {
				this.wordStart = this.out.length();
				this.wordHash = 0;
			}
			this.out.append(c);
			this.wordHash = 31 * this.wordHash + c;
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
			this.pendingApostrophe = false;
			if (this.wordStart < 0) {
				return;
			}
			if (TextNormalizer.this.spellingHashes.get(this.wordHash & (SPELLING_BITS - 1))) {
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
