package com.returnscope.decision;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares buyer names as the policy says: NFKC, case folded, punctuation as spaces,
 * trailing company suffixes dropped ("Acme Co., Ltd." = "ACME co ltd" = "Acme"), then all
 * spaces removed. Runs of single letters are read as one abbreviation first, so that
 * "B.V." is the suffix bv. Any other difference is a different buyer.
 */
public final class BuyerNames {

	private final Set<String> suffixes;

	private final List<String> joinedSuffixes;

	public BuyerNames(List<String> companySuffixes) {
		this.suffixes = companySuffixes.stream().map(BuyerNames::fold).collect(Collectors.toUnmodifiableSet());
		// Chinese and Japanese names carry the suffix without a space: 某某科技有限公司
		this.joinedSuffixes = this.suffixes.stream()
			.filter((suffix) -> suffix.codePoints().anyMatch(Character::isIdeographic))
			.toList();
	}

	public boolean same(String a, String b) {
		return key(a).equals(key(b));
	}

	/** The form names are compared in. */
	public String key(String name) {
		List<String> tokens = joinInitials(Arrays.asList(fold(name).split(" ")));
		List<String> kept = new ArrayList<>(tokens);
		while (!kept.isEmpty() && this.suffixes.contains(kept.get(kept.size() - 1))) {
			kept.remove(kept.size() - 1);
		}
		String joined = String.join("", kept.isEmpty() ? tokens : kept);
		for (String suffix : this.joinedSuffixes) {
			if (joined.length() > suffix.length() && joined.endsWith(suffix)) {
				joined = joined.substring(0, joined.length() - suffix.length());
			}
		}
		return joined;
	}

	/**
	 * "B.V." and "S.r.l." become the tokens "bv" and "srl", as the suffix list writes
	 * them.
	 */
	private static List<String> joinInitials(List<String> words) {
		List<String> tokens = new ArrayList<>();
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			if (word.length() == 1 && Character.isLetter(word.charAt(0)) && !Character.isIdeographic(word.charAt(0))) {
				initials.append(word);
				continue;
			}
			if (!initials.isEmpty()) {
				tokens.add(initials.toString());
				initials.setLength(0);
			}
			if (!word.isEmpty()) {
				tokens.add(word);
			}
		}
		if (!initials.isEmpty()) {
			tokens.add(initials.toString());
		}
		return tokens;
	}

	private static String fold(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toUpperCase(Locale.ROOT)
			.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().forEach((cp) -> out.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
		return out.toString().trim();
	}

}
