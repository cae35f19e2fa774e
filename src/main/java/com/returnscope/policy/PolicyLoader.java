package com.returnscope.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.returnscope.job.Sha256;

/**
 * Reads and validates a policy file. The shipped default is the classpath resource
 * {@value #DEFAULT_LOCATION}; any other location is a file path.
 */
public final class PolicyLoader {

	public static final String DEFAULT_LOCATION = "classpath:policy/default-policy.yml";

	private PolicyLoader() {
	}

	/** Loads and validates; a {@link PolicyException} names the file, key and problem. */
	public static LoadedPolicy load(String location) {
		byte[] bytes = read(location);
		try {
			Policy policy = PolicyMapper.read(bytes, Policy.class);
			PolicyValidator.validate(policy);
			return new LoadedPolicy(policy, location, Sha256.hex(bytes));
		}
		catch (PolicyException ex) {
			throw ex.in(location);
		}
	}

	/**
	 * Reads the whole file: a policy is small, and its hash must match what was parsed.
	 */
	static byte[] read(String location) {
		String classpath = "classpath:";
		try {
			if (location.startsWith(classpath)) {
				try (InputStream in = PolicyLoader.class.getClassLoader()
					.getResourceAsStream(location.substring(classpath.length()))) {
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

}
