package com.returnscope.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.returnscope.classification.ReviewerOverrides;
import com.returnscope.decision.DecisionEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shipped policy loads; a policy with one thing wrong stops with one line naming the
 * file, the key and the problem. Each case edits one line of the shipped file.
 */
class PolicyLoaderTests {

	private static final String SHIPPED = read();

	@TempDir
	Path folder;

	@Test
	void theShippedPolicyLoadsWithItsVersionAndHash() {
		LoadedPolicy loaded = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION);

		assertThat(loaded.version()).isEqualTo("2026.11-default-1");
		assertThat(loaded.sha256()).hasSize(64);
		assertThat(loaded.location()).isEqualTo("classpath:policy/default-policy.yml");
		assertThat(loaded.policy().reasonCodes().tables()).hasSizeGreaterThanOrEqualTo(6);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					windows:                      | windowz:                           | windowz: unknown key; the keys here are [
					  QUALITY: 30                 |   QUALITY: thirty                  | windows.QUALITY: 'thirty' is not a valid integer
					  QUALITY: 30                 |   QUALITY: -3                      | windows.QUALITY: must be 0 or more days, not -3
					  LOGISTICS: 30               |   LOGISTICS: 30\\n  LOGISTICS: 31   | windows: Duplicate Object property "LOGISTICS"
					  UNCLASSIFIED: 7             |   UNCLASSIFIED_: 7                 | windows: 'UNCLASSIFIED_' is not one of [QUALITY, CHANGE_OF_MIND, LOGISTICS, UNCLASSIFIED]
					version: "2026.11-default-1"  | version: ""                        | version: must not be blank
					    WRONG_ITEM: QUALITY/WRONG_ITEM | WRONG_ITEM: QUALITY/WRONG_THING | classification.inspection.WRONG_ITEM: unknown subreason QUALITY/WRONG_THING
					  tie-break: [QUALITY, LOGISTICS, CHANGE_OF_MIND] | tie-break: [QUALITY, LOGISTICS] | classification.tie-break: must list QUALITY, CHANGE_OF_MIND and LOGISTICS once each
					      blank-incoterm: true    |       blank-incoterm: false        | freight.payers: no row for LOGISTICS with inspection PENDING and incoterm blank
					      "CV": "QUALITY/COLOR_DIFFERENCE" | "CV": "QUALITY/COLOUR"    | reason-codes.tables[7].codes.CV: unknown subreason QUALITY/COLOUR
					languages: [en, zh-hans, zh-hant, es, pt, ru, fr, de] | languages: [de] | keywords.negation.cues.en: unknown language
					""")
	void aBadPolicyNamesTheFileKeyAndProblem(String line, String replacement, String message) throws IOException {
		Path policy = policyWith(line, replacement.replace("\\n", "\n"));

		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> PolicyLoader.load(policy.toString()))
			.withMessageStartingWith(policy + ": ")
			.withMessageContaining(message);
	}

	@Test
	void aMissingPolicyFileIsNamed() {
		assertThatExceptionOfType(PolicyException.class)
			.isThrownBy(() -> PolicyLoader.load(this.folder.resolve("nope.yml").toString()))
			.withMessage(this.folder.resolve("nope.yml") + ": file not found");
	}

	@Test
	void aCodeMappedTwoWaysAfterNormalisingIsRejected() throws IOException {
		// given Amazon's CR-DEFECTIVE, which normalises to DEFECTIVE, mapped differently
		Path policy = policyWith("\"CR-DEFECTIVE\": \"QUALITY/DEFECTIVE\"",
				"\"CR-DEFECTIVE\": \"QUALITY/MISSING_PARTS\"");

		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> engine(policy))
			.withMessageContaining("reason-codes.tables[1].codes.CR-DEFECTIVE: maps DEFECTIVE to QUALITY/MISSING_PARTS "
					+ "but reason-codes.tables[0].codes.DEFECTIVE maps it to QUALITY/DEFECTIVE");
	}

	@Test
	void aRuleWithAMissingParameterOrAnUnknownRuleIsRejected() throws IOException {
		Path missing = policyWith("    days: 7\n", "");
		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> engine(missing))
			.withMessageContaining("rules.R-ESCALATION.days: missing");

		Path unknown = policyWith("  R-FREIGHT:\n", "  R-SHIPPING:\n");
		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> engine(unknown))
			.withMessageContaining("rules.R-SHIPPING: unknown rule");
	}

	@Test
	void aRuleCanBeSwitchedOff() throws IOException {
		Path policy = policyWith("  R-APPEAL-EVIDENCE:\n    enabled: true", "  R-APPEAL-EVIDENCE:\n    enabled: false");

		DecisionEngine engine = engine(policy);

		assertThat(engine.rules().disabled()).containsExactly("R-APPEAL-EVIDENCE");
		assertThat(engine.rules().enabled()).hasSize(6);
	}

	private DecisionEngine engine(Path policy) {
		LoadedPolicy loaded = PolicyLoader.load(policy.toString());
		return new DecisionEngine(loaded, ReviewerOverrides.none());
	}

	private Path policyWith(String line, String replacement) throws IOException {
		assertThat(SHIPPED).as("the shipped policy holds the line to edit").contains(line);
		Path policy = this.folder.resolve("policy.yml");
		Files.writeString(policy, SHIPPED.replaceFirst(java.util.regex.Pattern.quote(line),
				java.util.regex.Matcher.quoteReplacement(replacement)));
		return policy;
	}

	private static String read() {
		try {
			return new String(PolicyLoaderTests.class.getResourceAsStream("/policy/default-policy.yml").readAllBytes(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
