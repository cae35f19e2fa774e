package com.returnscope.classification;

import java.util.Arrays;
import java.util.Map;

import com.returnscope.policy.Policy;

/**
 * The learned model's view of a text: hashed word unigrams and bigrams and character
 * n-grams of the normalised text (the lexicon's folds without its spellings, so the model
 * does not change when a spelling is added). Every feature is a stretch of the normalised
 * text, so a cue can be quoted back.
 * <p>
 * Latin and Cyrillic words give the word, the word with the one before it in the same
 * clause, and their 2- to 4-character n-grams with the word's start and end marked; runs
 * of Chinese or Japanese characters give their 1- to 3-character n-grams. Each is hashed
 * (FNV-1a, with the kind of feature) into {@value #BITS} bits.
 */
public final class TextFeatures {

	/** The number of hash bits: the model has at most 2^BITS feature rows. */
	public static final int BITS = 16;

	private static final int MASK = (1 << BITS) - 1;

	/** Receives each feature: its hash bucket and where it stands in the text. */
	@FunctionalInterface
	interface Sink {

		void accept(int bucket, int start, int end);

	}

	private final TextNormalizer normalizer;

	private TextFeatures(TextNormalizer normalizer) {
		this.normalizer = normalizer;
	}

	/** The features the policy's folds give (its lexicon's character folds). */
	public static TextFeatures of(Policy policy) {
		return new TextFeatures(new TextNormalizer(policy.keywords().normalization().characterFolds(), Map.of()));
	}

	/** The features a lexicon's folds give, sharing the tables it has built. */
	static TextFeatures of(TextNormalizer lexicon) {
		return new TextFeatures(lexicon.withoutSpellings());
	}

	/** The text as features are taken from it. */
	String normalize(String text) {
		return this.normalizer.normalize(text);
	}

	/** The distinct hash buckets of the text's features, ascending. */
	public int[] buckets(String text) {
		int[] buckets = bucketsOfNormalized(normalize(text));
		Arrays.sort(buckets);
		return buckets;
	}

	/**
	 * The distinct hash buckets of a normalised text's features, in the order first
	 * found: repeats are told apart by a per-thread stamp per bucket, not by sorting.
	 */
	int[] bucketsOfNormalized(String normalized) {
		Distinct distinct = DISTINCT.get();
		distinct.start(16 + 12 * normalized.length());
		forEach(normalized, distinct);
		return distinct.buckets();
	}

	private static final ThreadLocal<Distinct> DISTINCT = ThreadLocal.withInitial(Distinct::new);

	/**
	 * Collects distinct buckets; a bucket is seen when its stamp is this text's. Stamps
	 * are bytes, so the table stays in the processor's cache.
	 */
	private static final class Distinct implements Sink {

		private final byte[] stamps = new byte[1 << BITS];

		private byte stamp;

		private int[] found = new int[256];

		private int count;

		void start(int capacity) {
			if (++this.stamp == 0) {
				Arrays.fill(this.stamps, (byte) 0);
				this.stamp = 1;
			}
			if (this.found.length < capacity) {
				this.found = new int[capacity];
			}
			this.count = 0;
		}

		@Override
		public void accept(int bucket, int start, int end) {
			if (this.stamps[bucket] != this.stamp) {
				this.stamps[bucket] = this.stamp;
				this.found[this.count++] = bucket;
			}
		}

		int[] buckets() {
			return Arrays.copyOf(this.found, this.count);
		}

	}

	/** Calls the sink with every feature of a normalised text, repeats included. */
	static void forEach(String text, Sink sink) {
		int previousStart = -1;
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == ' ') {
				i++;
				continue;
			}
			if (c == TextNormalizer.CLAUSE) {
				previousStart = -1;
				i++;
				continue;
			}
			int start = i;
			if (TextNormalizer.isUnspaced(c)) {
				while (i < length && TextNormalizer.isUnspaced(text.charAt(i))) {
					i++;
				}
				for (int n = 1; n <= 3; n++) {
					for (int p = start; p + n <= i; p++) {
						sink.accept(hash(text, p, p + n, 10 + n, false, false), p, p + n);
					}
				}
				previousStart = -1;
				continue;
			}
			while (i < length && TextNormalizer.isWordChar(text.charAt(i))
					&& !TextNormalizer.isUnspaced(text.charAt(i))) {
				i++;
			}
			sink.accept(hash(text, start, i, 1, false, false), start, i);
			if (previousStart >= 0) {
				sink.accept(hash(text, previousStart, i, 2, false, false), previousStart, i);
			}
			previousStart = start;
			// n-grams of the word marked at its start and end: from ^w to w$
			for (int n = 2; n <= 4; n++) {
				for (int p = start - 1; p + n <= i + 1; p++) {
					int from = Math.max(p, start);
					int to = Math.min(p + n, i);
					if (from < to) {
						sink.accept(hash(text, from, to, 2 + n, p < start, p + n > i), from, to);
					}
				}
			}
		}
	}

	private static int hash(String text, int start, int end, int kind, boolean atStart, boolean atEnd) {
		int h = 0x811C9DC5 ^ (kind * 0x01000193 + (atStart ? 0x5bd1e995 : 0) + (atEnd ? 0x1b873593 : 0));
		for (int i = start; i < end; i++) {
			h = (h ^ text.charAt(i)) * 0x01000193;
		}
		h ^= h >>> 15;
		h *= 0x2c1b3c6d;
		h ^= h >>> 12;
		return h & MASK;
	}

}
