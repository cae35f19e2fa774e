package com.returnscope.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A validated policy with where it came from, as the manifest and every output name it.
 *
 * @param policy the policy, its parts read
 * @param location the policy file (or classpath resource) it was read from
 * @param sha256 the SHA-256 of the policy file and all its parts together, in hex: a
 * change to any part is a change of policy
 * @param parts each part of the policy with its own version and SHA-256, the policy file
 * first
 */
public record LoadedPolicy(Policy policy, String location, String sha256, List<Part> parts) {

	public LoadedPolicy {
		parts = List.copyOf(parts);
	}

	public String version() {
		return this.policy.version();
	}

	/** The part of that name, or null when the policy has none. */
	public @Nullable Part part(String name) {
		return this.parts.stream().filter((part) -> part.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * One part of the policy.
	 *
	 * @param name {@code policy}, {@code reason-codes}, {@code lexicon},
	 * {@code chinese-folds} or {@code model}
	 * @param file the file, relative to the policy file (the ICU transform's id for the
	 * generated folds)
	 * @param version the part's own version
	 * @param sha256 the SHA-256 of the part's bytes in hex (the lexicon: of its file and
	 * every term file; the folds: of the generated table; the model: of its weights)
	 */
	public record Part(String name, String file, String version, String sha256) {
	}

}
