package com.returnscope.generate;

import java.util.SplittableRandom;

/**
 * Random streams derived from the run's seed, one per kind of thing and index, so that a
 * row can be made again from its index alone, in any order, without keeping earlier rows.
 */
final class Seeds {

	enum Kind {

		ORDER(0x1A), LINE(0x2B), B2B_BUYER(0x3C), B2C_BUYER(0x4D), RETURN_PICK(0x5E), RETURN(0x6F);

		// fixed salts, not ordinals, so that adding a kind changes no existing stream
		private final long salt;

		Kind(long salt) {
			this.salt = salt;
		}

	}

	private final long seed;

	Seeds(long seed) {
		this.seed = seed;
	}

	SplittableRandom random(Kind kind, long index) {
		return new SplittableRandom(mix(mix(this.seed ^ kind.salt * 0x9E3779B97F4A7C15L) + index));
	}

	/** One uniform draw in [0, 1) for a kind and index, without a stream object. */
	double uniform(Kind kind, long index) {
		return (mix(mix(this.seed ^ kind.salt * 0x9E3779B97F4A7C15L) + index) >>> 11) * 0x1.0p-53;
	}

	/** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom uses. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
