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

/** The generator's reason codes are the shipped policy's, with the policy's meaning. */
class ReasonCodesTests {

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
	void everyLanguageHasWordsForEveryReason() {
		// given the subreasons the generator draws, and "-" for texts that give none
		Set<String> reasons = new HashSet<>();
		Vocabulary.shipped().phrases.values().forEach((byReason) -> reasons.addAll(byReason.keySet()));

		// then each of the eight languages has phrases for each
		assertThat(Vocabulary.shipped().phrases).containsOnlyKeys("en", "zh-hans", "zh-hant", "es", "pt", "ru", "fr",
				"de");
		assertThat(reasons).hasSize(16);
		Vocabulary.shipped().phrases
			.forEach((language, byReason) -> assertThat(byReason).as(language).containsOnlyKeys(reasons));
	}

}
