package com.returnscope.policy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import com.returnscope.job.Sha256;

/**
 * Traditional-to-simplified Chinese character folds generated from ICU4J's transform
 * instead of a hand-kept table: every BMP Han character the transform maps to one other
 * character. Matching folds character by character, so only single-character results are
 * kept (word-level conversions need context the matcher does not have).
 *
 * @param transform the ICU transform id
 * @param version ICU's version, which fixes the transform's data
 * @param folds character to character, in code point order
 * @param sha256 the SHA-256 of the table as text, one {@code from=to} a line
 */
record ChineseFolds(String transform, String version, Map<String, String> folds, String sha256) {

	/** Generating the table takes a noticeable fraction of a second: once per process. */
	private static final Map<String, ChineseFolds> GENERATED = new ConcurrentHashMap<>();

	static ChineseFolds of(String transform) {
		return GENERATED.computeIfAbsent(transform, ChineseFolds::generate);
	}

	private static ChineseFolds generate(String transform) {
		Transliterator transliterator;
		try {
			transliterator = Transliterator.getInstance(transform);
		}
		catch (IllegalArgumentException ex) {
			throw new PolicyException("normalization.chinese-folds", "'" + transform + "' is not an ICU transform");
		}
		Map<String, String> folds = new TreeMap<>();
		StringBuilder table = new StringBuilder();
		for (int c = 0x3400; c <= 0xFFFF; c++) {
			if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
				continue;
			}
			String from = String.valueOf((char) c);
			String to = transliterator.transliterate(from);
			if (!to.equals(from) && to.length() == 1) {
				folds.put(from, to);
				table.append(from).append('=').append(to).append('\n');
			}
		}
		return new ChineseFolds(transform, "ICU4J " + VersionInfo.ICU_VERSION, Map.copyOf(folds),
				Sha256.hex(table.toString().getBytes(StandardCharsets.UTF_8)));
	}

}
