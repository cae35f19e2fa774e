package com.returnscope.ingest;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The 64-bit hash of a row's content that the history keeps to tell a repeated row from a
 * changed one: FNV-1a over the fields in contract order, each written as text and ended
 * by a separator no field holds, finished with MurmurHash3's mix. It only tells content
 * apart, so a fast hash does; it is not a fingerprint for auditors (the inputs' SHA-256
 * are).
 */
final class RowHash {

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private RowHash() {
	}

	/** Amounts are hashed by value, so that 16.15 and 16.150 are the same content. */
	static long of(@Nullable Object... fields) {
		long hash = FNV_OFFSET;
		for (Object field : fields) {
			// a blank field is null; NUL, which no text field holds, stands for it
			String value = (field instanceof BigDecimal amount) ? amount.stripTrailingZeros().toPlainString()
					: (field != null) ? field.toString() : "\u0000";
			for (int i = 0; i < value.length(); i++) {
				hash = (hash ^ value.charAt(i)) * FNV_PRIME;
			}
			hash = (hash ^ '\u001f') * FNV_PRIME;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

}
