package com.returnscope.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.returnscope.policy.Policy;
import com.returnscope.policy.PolicyLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator's word lists: reason codes as the shipped policy reads them, and buyers'
 * phrases for every reason, language and kind of product.
 */
class VocabularyTests {

	@Test
	void everyCodeMeansWhatThePolicySays() {
		// given the codes of the shipped policy, as written there
		Map<String, String> mapped = new HashMap<>();
		Set<String> unmapped = new HashSet<>();
		for (Policy.CodeTable table : PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION)
			.policy()
			.reasonCodes()
			.tables()) {
			mapped.putAll(table.codes());
			if (table.unmapped() != null) {
				unmapped.addAll(table.unmapped());
			}
		}

		// then every code the generator writes is in a table, mapped alike or left to the
		// text
		List<Vocabulary.Code> codes = Vocabulary.shipped().codes.values().stream().flatMap(List::stream).toList();
		assertThat(codes).hasSizeGreaterThan(80).allSatisfy((code) -> {
			if (code.reason() == null) {
				assertThat(unmapped).as(code.code()).contains(code.code());
			}
			else {
				assertThat(mapped.get(code.code())).as(code.code()).isEqualTo(code.reason().toString());
			}
		});
	}

	@Test
	void everyLanguageHasWordsForEveryReasonAndProduct() {
		// given the subreasons the generator draws ("-" for texts that give none) and the
		// product families of the catalogue
		Vocabulary vocabulary = Vocabulary.shipped();
		Set<String> reasons = new HashSet<>();
		vocabulary.phrases.values().forEach((byReason) -> reasons.addAll(byReason.keySet()));

		// then each of the eight languages has a phrase for each reason and family
		assertThat(vocabulary.phrases).containsOnlyKeys("en", "zh-hans", "zh-hant", "es", "pt", "ru", "fr", "de");
		assertThat(reasons).hasSize(16);
		vocabulary.phrases.forEach((language, byReason) -> {
			assertThat(byReason).as(language).containsOnlyKeys(reasons);
			byReason.forEach((reason, phrases) -> assertThat(vocabulary.families.keySet())
				.allSatisfy((family) -> assertThat(phrases).as(language + " " + reason + " " + family)
					.anyMatch((phrase) -> phrase.fits(family))));
		});
	}

}
