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
 * The shipped policy loads with its parts; a policy with one thing wrong stops with one
 * line naming the file (the policy's or a part's), the key and the problem. Each case
 * edits one line of a copy of the shipped policy folder.
 */
class PolicyLoaderTests {

	private static final Path SHIPPED = Path.of("target/classes/policy");

	@TempDir
	Path folder;

	@Test
	void theShippedPolicyLoadsWithItsPartsVersionsAndHashes() {
		LoadedPolicy loaded = PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION);

		assertThat(loaded.version()).isEqualTo("2026.12-default-2");
		assertThat(loaded.sha256()).hasSize(64);
		assertThat(loaded.location()).isEqualTo("classpath:policy/default-policy.yml");
		assertThat(loaded.policy().reasonCodes().tables()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(loaded.parts()).extracting(LoadedPolicy.Part::name)
			.containsExactly("policy", "reason-codes", "lexicon", "chinese-folds", "model");
		assertThat(loaded.parts()).allSatisfy((part) -> {
			assertThat(part.version()).isNotBlank();
			assertThat(part.sha256()).hasSize(64);
		});
		assertThat(loaded.part("chinese-folds").file()).isEqualTo("Traditional-Simplified");
	}

	@Test
	void aCopiedPolicyFolderLoadsFromItsFileWithTheSameParts() throws IOException {
		Path policy = copy().resolve("default-policy.yml");

		LoadedPolicy loaded = PolicyLoader.load(policy.toString());

		assertThat(loaded.parts()).isEqualTo(PolicyLoader.load(PolicyLoader.DEFAULT_LOCATION).parts());
	}

	@ParameterizedTest(name = "{3}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					default-policy.yml | windows:                 | windowz:                      | windowz: unknown key; the keys here are [
					default-policy.yml |   QUALITY: 30            |   QUALITY: thirty             | windows.QUALITY: 'thirty' is not a valid integer
					default-policy.yml |   QUALITY: 30            |   QUALITY: -3                 | windows.QUALITY: must be 0 or more days, not -3
					default-policy.yml |   LOGISTICS: 30          |   LOGISTICS: 30\\n  LOGISTICS: 31 | windows: Duplicate Object property "LOGISTICS"
					default-policy.yml |   UNCLASSIFIED: 7        |   UNCLASSIFIED_: 7            | windows: 'UNCLASSIFIED_' is not one of [QUALITY, CHANGE_OF_MIND, LOGISTICS, UNCLASSIFIED]
					default-policy.yml | version: "2026.12-default-2" | version: ""             | version: must not be blank
					default-policy.yml |     WRONG_ITEM: QUALITY/WRONG_ITEM | WRONG_ITEM: QUALITY/WRONG_THING | classification.inspection.WRONG_ITEM: unknown subreason QUALITY/WRONG_THING
					default-policy.yml |   tie-break: [QUALITY, LOGISTICS, CHANGE_OF_MIND] | tie-break: [QUALITY, LOGISTICS] | classification.tie-break: must list QUALITY, CHANGE_OF_MIND and LOGISTICS once each
					default-policy.yml |       blank-incoterm: true |       blank-incoterm: false   | freight.payers: no row for LOGISTICS with inspection PENDING and incoterm blank
					default-policy.yml |     veto-confidence: 0.50 |     veto-confidence: 1.5     | classification.text-model.veto-confidence: must be between 0 and 1, not 1.5
					default-policy.yml |     overrule-confidence: 0.90 |     overrule-confidence: -0.1 | classification.text-model.overrule-confidence: must be between 0 and 1, not -0.1
					default-policy.yml |     overrule-confidence: 0.90 |     overrule: 0.90            | classification.text-model.overrule: unknown key; the keys here are [min-confidence, veto-confidence, keyword-min-confidence, overrule-confidence]
					default-policy.yml |   lexicon: lexicon/lexicon.yml | lexicon: lexicon/lexikon.yml | lexikon.yml: file not found
					reason-codes.yml   |       "CV": "QUALITY/COLOR_DIFFERENCE" | "CV": "QUALITY/COLOUR" | tables[7].codes.CV: unknown subreason QUALITY/COLOUR
					reason-codes.yml   | version: "2026.12-codes-1" | version: " "                | version: must not be blank
					default-policy.yml | languages: [en, zh-hans, zh-hant, es, pt, ru, fr, de] | languages: [de] | lexicon/lexicon.yml: groups[0].files.en: unknown language
					lexicon/lexicon.yml | chinese-folds: "Traditional-Simplified" | chinese-folds: "Traditional-Klingon" | normalization.chinese-folds: 'Traditional-Klingon' is not an ICU transform
					lexicon/lexicon.yml |   - reason: QUALITY/DEFECTIVE | - reason: QUALITY/BROKEN | groups[0].reason: unknown subreason QUALITY/BROKEN
					lexicon/en/quality-defective.txt | faulty      | + | line 7: an example without text
					""")
	void aBadPolicyNamesTheFileKeyAndProblem(String file, String line, String replacement, String message)
			throws IOException {
		Path folder = copy();
		Path edited = edit(folder, file, line, replacement.replace("\\n", "\n"));

		// a problem found in another file than the edited one names that file first
		String named = message.startsWith("lexicon/lexicon.yml: ") ? folder.resolve("lexicon/lexicon.yml").toString()
				: message.contains("file not found") ? folder.resolve("lexicon").toString() : edited.toString();
		assertThatExceptionOfType(PolicyException.class)
			.isThrownBy(() -> PolicyLoader.load(folder.resolve("default-policy.yml").toString()))
			.withMessageStartingWith(named)
			.withMessageContaining(message.replace("lexicon/lexicon.yml: ", ""));
	}

	@Test
	void aMissingPolicyFileIsNamed() {
		assertThatExceptionOfType(PolicyException.class)
			.isThrownBy(() -> PolicyLoader.load(this.folder.resolve("nope.yml").toString()))
			.withMessage(this.folder.resolve("nope.yml") + ": file not found");
	}

	@Test
	void modelWeightsThatDoNotMatchTheirRecordedHashAreRefused() throws IOException {
		// given a copied policy whose model weights were altered
		Path folder = copy();
		Path weights;
		try (var files = Files.list(folder.resolve("model"))) {
			weights = files.filter((file) -> file.toString().endsWith(".bin")).findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(weights);
		bytes[bytes.length - 1] ^= 1;
		Files.write(weights, bytes);

		// when it loads, then the model's file names the problem
		assertThatExceptionOfType(PolicyException.class)
			.isThrownBy(() -> PolicyLoader.load(folder.resolve("default-policy.yml").toString()))
			.withMessageStartingWith(folder.resolve("model/reason-model.yml") + ": sha256: ")
			.withMessageContaining("not the recorded");
	}

	@Test
	void aTermThatCannotBeMatchedNamesItsFile() throws IOException {
		Path folder = copy();
		edit(folder, "lexicon/en/quality-defective.txt", "faulty", "faulty ... ");
		LoadedPolicy loaded = PolicyLoader.load(folder.resolve("default-policy.yml").toString());

		assertThatExceptionOfType(PolicyException.class)
			.isThrownBy(() -> new DecisionEngine(loaded, ReviewerOverrides.none()))
			.withMessageContaining("lexicon/en/quality-defective.txt: term 'faulty ...' has an empty part");
	}

	@Test
	void aCodeMappedTwoWaysAfterNormalisingIsRejected() throws IOException {
		// given Amazon's CR-DEFECTIVE, which normalises to DEFECTIVE, mapped differently
		Path folder = copy();
		edit(folder, "reason-codes.yml", "\"CR-DEFECTIVE\": \"QUALITY/DEFECTIVE\"",
				"\"CR-DEFECTIVE\": \"QUALITY/MISSING_PARTS\"");

		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> engine(folder))
			.withMessageContaining("reason-codes.yml: tables[1].codes.CR-DEFECTIVE: maps DEFECTIVE to "
					+ "QUALITY/MISSING_PARTS but reason-codes.yml: tables[0].codes.DEFECTIVE maps it to QUALITY/DEFECTIVE");
	}

	@Test
	void aRuleWithAMissingParameterOrAnUnknownRuleIsRejected() throws IOException {
		Path missing = copy();
		edit(missing, "default-policy.yml", "    days: 7\n", "");
		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> engine(missing))
			.withMessageContaining("rules.R-ESCALATION.days: missing");

		Path unknown = copy();
		edit(unknown, "default-policy.yml", "  R-FREIGHT:\n", "  R-SHIPPING:\n");
		assertThatExceptionOfType(PolicyException.class).isThrownBy(() -> engine(unknown))
			.withMessageContaining("rules.R-SHIPPING: unknown rule");
	}

	@Test
	void aRuleCanBeSwitchedOff() throws IOException {
		Path folder = copy();
		edit(folder, "default-policy.yml", "  R-APPEAL-EVIDENCE:\n    enabled: true",
				"  R-APPEAL-EVIDENCE:\n    enabled: false");

		DecisionEngine engine = engine(folder);

		assertThat(engine.rules().disabled()).containsExactly("R-APPEAL-EVIDENCE");
		assertThat(engine.rules().enabled()).hasSize(6);
	}

	private DecisionEngine engine(Path folder) {
		LoadedPolicy loaded = PolicyLoader.load(folder.resolve("default-policy.yml").toString());
		try {
			return new DecisionEngine(loaded, ReviewerOverrides.none());
		}
		catch (PolicyException ex) {
			throw ex.in(loaded.location());
		}
	}

	/** A copy of the shipped policy folder, to edit one file of. */
	private Path copy() throws IOException {
		Path target = Files.createTempDirectory(this.folder, "policy");
		try (var files = Files.walk(SHIPPED)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(SHIPPED.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		return target;
	}

	private static Path edit(Path folder, String file, String line, String replacement) throws IOException {
		Path path = folder.resolve(file);
		String content = Files.readString(path, StandardCharsets.UTF_8);
		assertThat(content).as("the shipped %s holds the line to edit", file).contains(line);
		Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(line),
				java.util.regex.Matcher.quoteReplacement(replacement)));
		return path;
	}

}
