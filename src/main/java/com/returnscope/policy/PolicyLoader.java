package com.returnscope.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.returnscope.job.Sha256;

/**
 * Reads and validates a policy and its parts. The shipped default is the classpath
 * resource {@value #DEFAULT_LOCATION}; any other location is a file path. The policy file
 * names its parts by paths relative to itself, so a copied policy folder works as it is.
 */
public final class PolicyLoader {

	public static final String DEFAULT_LOCATION = "classpath:policy/default-policy.yml";

	private static final String CLASSPATH = "classpath:";

	private PolicyLoader() {
	}

	/**
	 * Loads and validates; a {@link PolicyException} names the file (the policy's or a
	 * part's), the key and the problem.
	 */
	public static LoadedPolicy load(String location) {
		byte[] bytes = read(location);
		Policy policy = within(location, () -> {
			Policy bound = PolicyMapper.read(bytes, Policy.class);
			PolicyValidator.validate(bound);
			return bound;
		});
		List<LoadedPolicy.Part> parts = new ArrayList<>();
		parts.add(new LoadedPolicy.Part("policy", fileName(location), policy.version(), Sha256.hex(bytes)));
		String codesLocation = sibling(location, policy.parts().reasonCodes());
		byte[] codesBytes = read(codesLocation);
		Policy.ReasonCodes codes = within(codesLocation, () -> {
			Policy.ReasonCodes bound = PolicyMapper.read(codesBytes, Policy.ReasonCodes.class);
			PolicyValidator.reasonCodes(policy, bound);
			return bound;
		});
		parts.add(new LoadedPolicy.Part("reason-codes", policy.parts().reasonCodes(), codes.version(),
				Sha256.hex(codesBytes)));
		LexiconPart lexicon = LexiconPart.read(policy, sibling(location, policy.parts().lexicon()));
		parts.add(new LoadedPolicy.Part("lexicon", policy.parts().lexicon(), lexicon.version(), lexicon.sha256()));
		parts.add(lexicon.folds());
		Policy.ModelWeights model = null;
		if (policy.parts().model() != null) {
			ModelPart modelPart = ModelPart.read(sibling(location, policy.parts().model()));
			model = modelPart.weights();
			parts.add(new LoadedPolicy.Part("model", policy.parts().model(), modelPart.weights().version(),
					modelPart.sha256()));
		}
		StringBuilder all = new StringBuilder();
		parts.forEach((part) -> all.append(part.name()).append(' ').append(part.sha256()).append('\n'));
		return new LoadedPolicy(policy.withParts(codes, lexicon.keywords(), model), location,
				Sha256.hex(all.toString().getBytes(StandardCharsets.UTF_8)), parts);
	}

	/** Runs a step of loading one file; its problems name that file. */
	static <T> T within(String location, Supplier<T> step) {
		try {
			return step.get();
		}
		catch (PolicyException ex) {
			throw ex.in(location);
		}
	}

	/** A file named relative to another, both classpath resources or both files. */
	static String sibling(String location, String relative) {
		if (location.startsWith(CLASSPATH)) {
			int slash = location.lastIndexOf('/');
			String folder = (slash >= 0) ? location.substring(0, slash + 1) : CLASSPATH;
			return folder + relative;
		}
		return Path.of(location).resolveSibling(relative).toString();
	}

	private static String fileName(String location) {
		return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1);
	}

	/**
	 * Reads the whole file: a policy part is small, and its hash must match what was
	 * parsed.
	 */
	static byte[] read(String location) {
		try {
			if (location.startsWith(CLASSPATH)) {
				try (InputStream in = PolicyLoader.class.getClassLoader()
					.getResourceAsStream(location.substring(CLASSPATH.length()))) {
					if (in == null) {
						throw new PolicyException("", "not found").in(location);
					}
					return in.readAllBytes();
				}
			}
			Path path = Path.of(location);
			if (!Files.isRegularFile(path)) {
				throw new PolicyException("", "file not found").in(location);
			}
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new PolicyException("", "cannot be read: " + ex.getMessage()).in(location);
		}
	}

	/** Reads a text part line by line (term files). */
	static List<String> lines(String location) {
		return new String(read(location), StandardCharsets.UTF_8).lines().toList();
	}

}
