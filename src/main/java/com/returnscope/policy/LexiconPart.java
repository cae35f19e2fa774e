package com.returnscope.policy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.returnscope.job.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * The lexicon part: a YAML file with the matching settings and the list of term groups,
 * each naming one term file per language, relative to the YAML file. A term file holds
 * one term per line; {@code #} starts a comment, {@code + text} is an example the whole
 * lexicon must classify as the group's reason, {@code - text} one it must not.
 */
final class LexiconPart {

	/** The lexicon file as bound from YAML. */
	record Source(String version, SourceNormalization normalization, Policy.Negation negation, int gapWords,
			int gapCharacters, List<SourceGroup> groups, @Nullable Map<String, String> unsupportedLanguages) {
	}

	/**
	 * @param chineseFolds the ICU4J transform that folds traditional Chinese to
	 * simplified, applied character by character
	 * @param characterFolds other single characters folded before matching
	 * @param spellings misspelt words mapped to the spelling the terms use
	 */
	record SourceNormalization(String chineseFolds, Map<String, String> characterFolds, Map<String, String> spellings) {
	}

	record SourceGroup(String reason, int priority, Map<String, String> files) {
	}

	private static final String MUST_MATCH = "+ ";

	private static final String MUST_NOT_MATCH = "- ";

	private final String version;

	private final String sha256;

	private final Policy.Keywords keywords;

	private final LoadedPolicy.Part folds;

	private LexiconPart(String version, String sha256, Policy.Keywords keywords, LoadedPolicy.Part folds) {
		this.version = version;
		this.sha256 = sha256;
		this.keywords = keywords;
		this.folds = folds;
	}

	static LexiconPart read(Policy policy, String location) {
		byte[] bytes = PolicyLoader.read(location);
		Source source = PolicyLoader.within(location, () -> {
			Source bound = PolicyMapper.read(bytes, Source.class);
			PolicyValidator.version(bound.version());
			PolicyValidator.require(bound.normalization(), "normalization");
			PolicyValidator.require(bound.normalization().chineseFolds(), "normalization.chinese-folds");
			PolicyValidator.require(bound.groups(), "groups");
			return bound;
		});
		ChineseFolds chinese = PolicyLoader.within(location,
				() -> ChineseFolds.of(source.normalization().chineseFolds()));
		Map<String, String> folds = new LinkedHashMap<>(chinese.folds());
		folds.putAll(PolicyValidator.require(source.normalization().characterFolds(), "normalization.character-folds"));
		StringBuilder files = new StringBuilder(Sha256.hex(bytes)).append('\n');
		List<Policy.TermGroup> groups = new ArrayList<>();
		for (int g = 0; g < source.groups().size(); g++) {
			SourceGroup group = source.groups().get(g);
			String key = "groups[" + g + "]";
			PolicyLoader.within(location, () -> {
				policy.reason(PolicyValidator.require(group.reason(), key + ".reason"), key + ".reason");
				if (group.priority() < 0) {
					throw new PolicyException(key + ".priority", "must be 0 or more");
				}
				PolicyValidator.languages(policy, PolicyValidator.require(group.files(), key + ".files"),
						key + ".files");
				return group;
			});
			List<Policy.TermFile> termFiles = new ArrayList<>();
			group.files().forEach((language, path) -> termFiles.add(termFile(location, path, language, files)));
			groups.add(new Policy.TermGroup(group.reason(), group.priority(), termFiles));
		}
		List<Policy.TermFile> unsupported = new ArrayList<>();
		Map<String, String> languages = (source.unsupportedLanguages() != null) ? source.unsupportedLanguages()
				: Map.of();
		languages.forEach((name, path) -> {
			Policy.TermFile file = termFile(location, path, name, files);
			for (String word : file.terms()) {
				if (!word.codePoints().allMatch(Character::isLetter)) {
					throw new PolicyException(word, "is not one word of letters")
						.in(PolicyLoader.sibling(location, path));
				}
			}
			unsupported.add(file);
		});
		Policy.Keywords keywords = new Policy.Keywords(
				new Policy.Normalization(folds, source.normalization().spellings()), source.negation(),
				source.gapWords(), source.gapCharacters(), groups, unsupported);
		PolicyLoader.within(location, () -> {
			PolicyValidator.keywords(policy, keywords);
			return keywords;
		});
		return new LexiconPart(source.version(), Sha256.hex(files.toString().getBytes(StandardCharsets.UTF_8)),
				keywords,
				new LoadedPolicy.Part("chinese-folds", chinese.transform(), chinese.version(), chinese.sha256()));
	}

	/**
	 * Reads a term file named relative to the lexicon file, adding its path and SHA-256
	 * to {@code files}, what the lexicon's SHA-256 covers.
	 */
	private static Policy.TermFile termFile(String location, String path, String language, StringBuilder files) {
		String fileLocation = PolicyLoader.sibling(location, path);
		byte[] content = PolicyLoader.read(fileLocation);
		files.append(path).append(' ').append(Sha256.hex(content)).append('\n');
		return PolicyLoader.within(fileLocation, () -> termFile(path, language, content));
	}

	private static Policy.TermFile termFile(String path, String language, byte[] content) {
		List<String> terms = new ArrayList<>();
		List<String> mustMatch = new ArrayList<>();
		List<String> mustNotMatch = new ArrayList<>();
		List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith(MUST_MATCH) || line.equals(MUST_MATCH.strip())) {
				mustMatch.add(example(line, i));
			}
			else if (line.startsWith(MUST_NOT_MATCH) || line.equals(MUST_NOT_MATCH.strip())) {
				mustNotMatch.add(example(line, i));
			}
			else {
				terms.add(line);
			}
		}
		if (terms.isEmpty()) {
			throw new PolicyException("", "has no terms");
		}
		return new Policy.TermFile(path, language, terms, mustMatch, mustNotMatch);
	}

	private static String example(String line, int index) {
		String text = line.substring(1).strip();
		if (text.isEmpty()) {
			throw new PolicyException("line " + (index + 1), "an example without text");
		}
		return text;
	}

	String version() {
		return this.version;
	}

	String sha256() {
		return this.sha256;
	}

	Policy.Keywords keywords() {
		return this.keywords;
	}

	LoadedPolicy.Part folds() {
		return this.folds;
	}

}
