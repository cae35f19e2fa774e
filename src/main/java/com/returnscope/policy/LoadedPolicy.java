package com.returnscope.policy;

/**
 * A validated policy with where it came from, as the manifest and every output name it.
 *
 * @param policy the policy
 * @param location the file (or classpath resource) it was read from
 * @param sha256 the SHA-256 of the file's bytes, in hex
 */
public record LoadedPolicy(Policy policy, String location, String sha256) {

	public String version() {
		return this.policy.version();
	}

}
