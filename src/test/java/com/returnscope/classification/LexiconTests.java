package com.returnscope.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.Reason;
import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped lexicon's own checks: every term file's examples classify as the file says,
 * and no term is listed twice, shadowed by another reason, or unproven by its file's
 * examples. Failures list the files and terms to fix.
 */
class LexiconTests {

	private static final Policy POLICY = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).policy();

	private static final KeywordClassifier LEXICON = new KeywordClassifier(POLICY);

	@Test
	void everyExampleIsClassifiedAsItsFileSays() {
		// given every term file's examples
		List<String> wrong = new ArrayList<>();
		for (Policy.TermGroup group : POLICY.keywords().groups()) {
			Reason reason = Reason.parse(group.reason());
			for (Policy.TermFile file : group.files()) {
				// when the whole lexicon classifies them
				for (String text : file.mustMatch()) {
					Reason got = reasonOf(text);
					if (!got.equals(reason)) {
						wrong.add(POLICY.termFileName(file) + ": \"+ " + text + "\" is " + got);
					}
				}
				for (String text : file.mustNotMatch()) {
					if (reasonOf(text).equals(reason)) {
						wrong.add(POLICY.termFileName(file) + ": \"- " + text + "\" is " + reason);
					}
				}
			}
		}
		// then each gets the reason its file promises
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

	@Test
	void everyUnsupportedLanguageExampleIsToldAsItsFileSays() {
		// given the common-word files of the unsupported languages, with their examples
		LanguageGuard guard = new LanguageGuard(POLICY.keywords().unsupportedLanguages());
		List<String> wrong = new ArrayList<>();
		assertThat(POLICY.keywords().unsupportedLanguages()).hasSizeGreaterThanOrEqualTo(10);
		for (Policy.TermFile file : POLICY.keywords().unsupportedLanguages()) {
			assertThat(file.mustMatch()).as(POLICY.termFileName(file)).isNotEmpty();
			assertThat(file.mustNotMatch()).as(POLICY.termFileName(file)).isNotEmpty();
			// when the guard reads them
			for (String text : file.mustMatch()) {
				String got = guard.unsupported(text);
				if (!file.language().equals(got)) {
					wrong.add(POLICY.termFileName(file) + ": \"+ " + text + "\" is " + got);
				}
			}
			for (String text : file.mustNotMatch()) {
				String got = guard.unsupported(text);
				if (file.language().equals(got)) {
					wrong.add(POLICY.termFileName(file) + ": \"- " + text + "\" is " + got);
				}
			}
		}
		// then the must-match ones are taken for their language and the others are not
		assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
	}

	@Test
	void everyFileHasExamplesOfBothKinds() {
		List<String> missing = new ArrayList<>();
		POLICY.keywords()
			.groups()
			.forEach((group) -> group.files()
				.stream()
				.filter((file) -> file.mustMatch().isEmpty() || file.mustNotMatch().isEmpty())
				.forEach((file) -> missing.add(POLICY.termFileName(file))));

		assertThat(missing).as("term files without both kinds of example").isEmpty();
	}

	@Test
	void everyTermDecidesOneOfItsOwnExamples() {
		// given which terms each file's must-match examples contain
		Map<Policy.TermFile, Map<String, Boolean>> decided = new HashMap<>();
		for (Policy.TermGroup group : POLICY.keywords().groups()) {
			Reason reason = Reason.parse(group.reason());
			for (Policy.TermFile file : group.files()) {
				Map<String, Boolean> terms = decided.computeIfAbsent(file, (f) -> new HashMap<>());
				file.terms().forEach((term) -> terms.put(term, false));
				for (String text : file.mustMatch()) {
					boolean ownReasonWins = reasonOf(text).equals(reason);
					for (KeywordClassifier.Found found : LEXICON.findAll(text)) {
						if (found.file() == file && !found.negated() && ownReasonWins) {
							terms.put(found.term(), true);
						}
					}
				}
			}
		}
		// then every term is found in one where its reason wins: a term that matches
		// none, or loses each time to another reason (shadowed), does nothing
		List<String> idle = new ArrayList<>();
		decided.forEach((file, terms) -> terms.forEach((term, decides) -> {
			if (!decides) {
				idle.add(POLICY.termFileName(file) + ": " + term);
			}
		}));
		assertThat(idle).as("terms that match none of their examples or are shadowed:\n" + String.join("\n", idle))
			.isEmpty();
	}

	@Test
	void noTermIsListedTwice() {
		Policy.Normalization normalization = POLICY.keywords().normalization();
		TextNormalizer normalizer = new TextNormalizer(normalization.characterFolds(), normalization.spellings());
		Map<String, String> firstSeen = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (Policy.TermGroup group : POLICY.keywords().groups()) {
			for (Policy.TermFile file : group.files()) {
				for (String term : file.terms()) {
					String where = POLICY.termFileName(file) + ": " + term;
					String earlier = firstSeen.putIfAbsent(canonical(term, normalizer), where);
					if (earlier != null) {
						duplicates.add(where + " (also " + earlier + ")");
					}
				}
			}
		}
		assertThat(duplicates).as(String.join("\n", duplicates)).isEmpty();
	}

	/** A term as the matcher sees it: words normalised, stems and gaps kept. */
	private static String canonical(String term, TextNormalizer normalizer) {
		List<String> parts = new ArrayList<>();
		for (String part : term.replace("…", "...").split("\\.\\.\\.", -1)) {
			List<String> words = new ArrayList<>();
			for (String word : part.trim().split("\\s+")) {
				boolean stem = word.endsWith("*");
				words.add(normalizer.normalize(stem ? word.substring(0, word.length() - 1) : word) + (stem ? "*" : ""));
			}
			parts.add(String.join(" ", words));
		}
		return String.join(" ... ", parts);
	}

	private static Reason reasonOf(String text) {
		KeywordClassifier.Match match = LEXICON.classify(text);
		return (match != null) ? match.reason() : Reason.UNCLASSIFIED;
	}

}
