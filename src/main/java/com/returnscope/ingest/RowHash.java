package com.returnscope.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

/**
 * The 64-bit hash of a row's content that the history keeps to tell a repeated row from a
 * changed one: the first eight bytes of the SHA-256 of the fields in contract order, each
 * written as text and ended by a separator no field can hold.
 */
final class RowHash {

	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform must support SHA-256", ex);
		}
	});

	private RowHash() {
	}

	/** Amounts are hashed by value, so that 16.15 and 16.150 are the same content. */
	static long of(@Nullable Object... fields) {
		StringBuilder text = new StringBuilder(256);
		for (Object field : fields) {
			// a blank field is null; NUL, which no text field holds, stands for it
			String value = (field instanceof BigDecimal amount) ? amount.stripTrailingZeros().toPlainString()
					: (field != null) ? field.toString() : "\u0000";
			text.append(value).append('\u001f');
		}
		byte[] digest = SHA256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
		long hash = 0;
		for (int i = 0; i < 8; i++) {
			hash = (hash << 8) | (digest[i] & 0xFF);
		}
		return hash;
	}

}
