package com.returnscope.classification;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Recognises texts in languages the lexicon and the model were not made for, so that they
 * stay unclassified instead of getting a category by accident: by script (Hangul, kana,
 * Arabic, Thai, Devanagari, Hebrew...), by letters only some languages use (Ukrainian і,
 * Vietnamese ơ, Turkish ı...), and by short hand-written lists of common words of Latin
 * languages that are easy to tell apart from the supported ones. It answers only when the
 * evidence is clear; a doubtful text is left to the classifier.
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
	 * Common words of Latin-script languages, chosen because the supported languages
	 * (English, Spanish, Portuguese, French, German) do not write them; with and without
	 * their accents, since buyers often type without them.
	 */
	private static final Map<String, Set<String>> WORDS = new TreeMap<>(Map.ofEntries(Map.entry("Italian", words(
			"il della che sono questo questa grazie ho prodotto arrivato rotto funziona ordine anche molto perché perche gli ancora voglio vorrei reso rimborso pacco nel alla difettoso buongiorno piu più avete mandato taglia sbagliata serve schiacciato tessuto scadente tracciamento accende colore bicchieri rotti giorni")),
			Map.entry("Dutch", words(
					"het een niet ik geen bedankt ontvangen kapot werkt bestelling maar ook heb wij deze graag pakket verkeerde geleverd terug gaat steeds uit batterij slecht doos bij aankomst gebroken nodig mijn klopt dun nooit aangekomen twee weken wachten maat gestuurd besteld")),
			Map.entry("Indonesian or Malay", words(
					"tidak yang dan saya barang sudah ini itu rusak terima kasih pesanan tapi sangat belum mau tolong kirim dengan bisa nyala sekali nya cepat panas sering mati sendiri paket datang penyok isinya pecah gak nggak jadi pakai mohon warnanya beda bahannya tipis banget udah minggu sampai juga ukuran dikirim salah pesan kak tukar warna")),
			Map.entry("Turkish", words(
					"ve bir bu çok cok değil degil için icin ürün urun geldi bozuk iade sipariş siparis teşekkürler kargo istiyorum yok calismiyor çalışmıyor sarj şarj olmuyor etmek surekli donuyor bulanik kutu ezik icindeki kirik artik ihtiyacim geri renk farkli kumas ince kargom hala gelmedi takip numarasi yanlis beden gonderilmis ettim yanlislikla tane edecegim")),
			Map.entry("Polish", words(
					"jest się że produkt dziękuję zamówienie uszkodzony działa zwrot bardzo przesyłka mam paczka dzień dziala laduje chce przyszla zgnieciona wszystko potluczone juz już potrzebuje prosze proszę pieniedzy inny niz zdjeciu cienki przesylka dotarla czekam tygodnie przyslali zly rozmiar zamawialem")),
			Map.entry("Vietnamese", words(
					"khong duoc cua nhan muon hoan tien roi nua nhe minh chua giao nham xin huy san pham voi hinh mong thung het trong mau chat lieu tuan dien thoai loi luon nguon hong dung")),
			Map.entry("Hindi (romanised)", words(
					"hai nahi nahin kharab wapas karna chahiye mujhe mera meri kya bahut hua hui gaya gayi mila abhi kiya tha thi jaisa bheja galat saman samaan paisa paise zarurat raha rahi aaya toota andar karo ka ki ke hoga")),
			Map.entry("Tagalog", words(
					"yung ang ng hindi ko sira gumagana kailangan kulay iba mali pinadala dumadating hanggang ngayon kahon basag manipis tela pagdating naman lang kasi wala")),
			Map.entry("Romanian", words(
					"nu sunt vreau banii inapoi înapoi nevoie dori foarte primit comanda produsul colet coletul ajuns deloc functioneaza funcționează stricat porneste pornește culoarea diferita poza materialul subtire returnare")),
			Map.entry("Swedish", words(
					"inte och jag det fungerar vill pengarna tillbaka behover behöver langre längre fargen färgen stammer stämmer bilden tyget kartongen trasig sonder sönder hade gatt gått"))));

	/**
	 * Words that count against an unsupported language: the supported ones' commonest.
	 */
	private static final Set<String> SUPPORTED = Set.of("the", "is", "it", "and", "not", "my", "was", "to", "of", "i",
			"el", "la", "es", "no", "de", "que", "en", "y", "lo", "o", "e", "um", "uma", "com", "nao", "le", "les",
			"est", "pas", "et", "je", "une", "der", "die", "das", "ist", "und", "ich", "nicht", "ein", "eine", "mit");

	private record Letters(String letters, String language) {
	}

	private static Set<String> words(String words) {
		return Set.of(words.split(" "));
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

	/** Each listed word with a bit per language of {@link #WORD_LANGUAGES}. */
	private static final Map<String, Integer> WORD_BITS = new HashMap<>();

	private static final String[] WORD_LANGUAGES = WORDS.keySet().toArray(String[]::new);

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
		for (int l = 0; l < WORD_LANGUAGES.length; l++) {
			int bit = 1 << l;
			WORDS.get(WORD_LANGUAGES[l]).forEach((word) -> WORD_BITS.merge(word, bit, (a, b) -> a | b));
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

	private static @Nullable String byWords(String text) {
		int[] hits = new int[WORD_LANGUAGES.length];
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
			Integer bits = WORD_BITS.get(word);
			if (bits != null) {
				for (int l = 0; l < hits.length; l++) {
					hits[l] += ((bits >> l) & 1);
				}
			}
		}
		for (int l = 0; l < hits.length; l++) {
			if (hits[l] >= 2 && hits[l] > supported) {
				return WORD_LANGUAGES[l];
			}
		}
		return null;
	}

}
