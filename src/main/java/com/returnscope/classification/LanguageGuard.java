package com.returnscope.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.returnscope.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * Recognises texts in languages the lexicon and the model were not made for, so that they
 * stay unclassified instead of getting a category by accident: by script (Hangul, kana,
 * Arabic, Thai, Devanagari, Hebrew...), by letters only some languages use (Ukrainian і,
 * Vietnamese ơ, Turkish ı...), and by the lexicon's lists of common words of Latin-script
 * languages that the supported ones do not write. It answers only when the evidence is
 * clear; a doubtful text is left to the classifier.
 */
final class LanguageGuard {

	private static final Map<Character.UnicodeScript, String> SCRIPTS = Map.ofEntries(
			Map.entry(Character.UnicodeScript.HANGUL, "Korean"), Map.entry(Character.UnicodeScript.ARABIC, "Arabic"),
			Map.entry(Character.UnicodeScript.THAI, "Thai"), Map.entry(Character.UnicodeScript.DEVANAGARI, "Hindi"),
			Map.entry(Character.UnicodeScript.HEBREW, "Hebrew"), Map.entry(Character.UnicodeScript.GREEK, "Greek"),
			Map.entry(Character.UnicodeScript.ARMENIAN, "Armenian"),
			Map.entry(Character.UnicodeScript.GEORGIAN, "Georgian"),
			Map.entry(Character.UnicodeScript.BENGALI, "Bengali"), Map.entry(Character.UnicodeScript.TAMIL, "Tamil"),
			Map.entry(Character.UnicodeScript.TELUGU, "Telugu"),
			Map.entry(Character.UnicodeScript.GUJARATI, "Gujarati"),
			Map.entry(Character.UnicodeScript.GURMUKHI, "Punjabi"),
			Map.entry(Character.UnicodeScript.KANNADA, "Kannada"),
			Map.entry(Character.UnicodeScript.MALAYALAM, "Malayalam"),
			Map.entry(Character.UnicodeScript.SINHALA, "Sinhala"), Map.entry(Character.UnicodeScript.KHMER, "Khmer"),
			Map.entry(Character.UnicodeScript.LAO, "Lao"), Map.entry(Character.UnicodeScript.MYANMAR, "Burmese"),
			Map.entry(Character.UnicodeScript.ETHIOPIC, "Amharic"));

	/** Letters that only some unsupported languages write, and which. */
	private static final List<Letters> LETTERS = List.of(new Letters("іїєґў", "Ukrainian or Belarusian"),
			new Letters("ђјљњћџѓќѕ", "Serbian or Macedonian"),
			new Letters("ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ", "Vietnamese"),
			new Letters("ığş", "Turkish"), new Letters("ěřůť", "Czech"), new Letters("ąęłńśźż", "Polish"),
			new Letters("åøæ", "a Scandinavian language"));

	/**
	 * Words that count against an unsupported language: the supported ones' commonest.
	 */
	private static final Set<String> SUPPORTED = Set.of("the", "is", "it", "and", "not", "my", "was", "to", "of", "i",
			"el", "la", "es", "no", "de", "que", "en", "y", "lo", "o", "e", "um", "uma", "com", "nao", "le", "les",
			"est", "pas", "et", "je", "une", "der", "die", "das", "ist", "und", "ich", "nicht", "ein", "eine", "mit");

	private record Letters(String letters, String language) {
	}

	/** Each character's kind: not a letter, a letter of a supported script, kana, Han. */
	private static final byte OTHER = 0;

	private static final byte SUPPORTED_LETTER = 1;

	private static final byte KANA = 2;

	private static final byte HAN = 3;

	/**
	 * From here on, the kind is an unsupported script: {@code SCRIPT_NAMES[kind - 4]}.
	 */
	private static final byte FIRST_SCRIPT = 4;

	private static final String[] SCRIPT_NAMES = new TreeMap<>(SCRIPTS).values()
		.stream()
		.distinct()
		.toArray(String[]::new);

	/** Looked up, never computed per text: the script of every character. */
	private static final byte[] KINDS = new byte[Character.MAX_VALUE + 1];

	/** The index in {@link #LETTERS} + 1 of a character only those languages write. */
	private static final byte[] SPECIAL = new byte[Character.MAX_VALUE + 1];

	/** The languages told by their words, by name. */
	private final String[] wordLanguages;

	/** Each listed word with the indexes in {@link #wordLanguages} of its languages. */
	private final Map<String, List<Integer>> wordLanguageIndexes = new HashMap<>();

	static {
		List<String> names = List.of(SCRIPT_NAMES);
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			if (!Character.isLetter(c)) {
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			String language = SCRIPTS.get(script);
			KINDS[c] = (language != null) ? (byte) (FIRST_SCRIPT + names.indexOf(language))
					: (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) ? KANA
							: (script == Character.UnicodeScript.HAN) ? HAN : SUPPORTED_LETTER;
		}
		for (int l = 0; l < LETTERS.size(); l++) {
			for (char c : LETTERS.get(l).letters().toCharArray()) {
				SPECIAL[c] = (byte) (l + 1);
				char upper = Character.toUpperCase(c);
				if (Character.toLowerCase(upper) == c) {
					// not the I of Turkish ı, which is every language's I
					SPECIAL[upper] = (byte) (l + 1);
				}
			}
		}
	}

	/**
	 * @param languages the policy's unsupported languages: common words of each, a file
	 * per language named by its {@code language}
	 */
	LanguageGuard(List<Policy.TermFile> languages) {
		Map<String, Policy.TermFile> byName = new TreeMap<>();
		languages.forEach((file) -> byName.put(file.language(), file));
		this.wordLanguages = byName.keySet().toArray(String[]::new);
		for (int l = 0; l < this.wordLanguages.length; l++) {
			List<String> words = byName.get(this.wordLanguages[l])
				.terms()
				.stream()
				.map((word) -> word.toLowerCase(Locale.ROOT))
				.distinct()
				.toList();
			for (String word : words) {
				this.wordLanguageIndexes.computeIfAbsent(word, (key) -> new ArrayList<>()).add(l);
			}
		}
	}

	/** The language the text is recognisably in when it is not supported, else null. */
	@Nullable String unsupported(String text) {
		int supported = 0;
		int kana = 0;
		int han = 0;
		int[] scripts = new int[SCRIPT_NAMES.length];
		int[] special = new int[LETTERS.size() + 1];
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			byte kind = KINDS[c];
			if (kind == SUPPORTED_LETTER) {
				supported++;
				special[SPECIAL[c]]++;
			}
			else if (kind == HAN) {
				supported++;
				han++;
			}
			else if (kind == KANA) {
				kana++;
			}
			else if (kind >= FIRST_SCRIPT) {
				scripts[kind - FIRST_SCRIPT]++;
			}
		}
		for (int k = 0; k < scripts.length; k++) {
			if (scripts[k] >= 2 && scripts[k] * 2 >= supported) {
				return SCRIPT_NAMES[k];
			}
		}
		if (kana >= 2 && kana * 3 >= han) {
			return "Japanese";
		}
		for (int l = 1; l < special.length; l++) {
			if (special[l] >= 2) {
				return LETTERS.get(l - 1).language();
			}
		}
		return (supported > han) ? byWords(text) : null;
	}

	private @Nullable String byWords(String text) {
		int[] hits = new int[this.wordLanguages.length];
		int supported = 0;
		int i = 0;
		while (i < text.length()) {
			if (KINDS[text.charAt(i)] != SUPPORTED_LETTER) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && KINDS[text.charAt(i)] == SUPPORTED_LETTER) {
				i++;
			}
			String word = text.substring(start, i).toLowerCase(Locale.ROOT);
			supported += SUPPORTED.contains(word) ? 1 : 0;
			List<Integer> indexes = this.wordLanguageIndexes.get(word);
			if (indexes != null) {
				for (int l : indexes) {
					hits[l]++;
				}
			}
		}
		for (int l = 0; l < hits.length; l++) {
			if (hits[l] >= 2 && hits[l] > supported) {
				return this.wordLanguages[l];
			}
		}
		return null;
	}

}
