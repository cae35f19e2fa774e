package com.returnscope.policy;

import org.jspecify.annotations.Nullable;

/**
 * The policy (or a file validated like it) cannot be used: names the key and the problem,
 * and the file once known, in one line for the operator.
 */
public class PolicyException extends RuntimeException {

	private final @Nullable String file;

	private final String key;

	private final String problem;

	public PolicyException(String key, String problem) {
		this(null, key, problem);
	}

	private PolicyException(@Nullable String file, String key, String problem) {
		super(((file != null) ? file + ": " : "") + (key.isEmpty() ? "" : key + ": ") + problem);
		this.file = file;
		this.key = key;
		this.problem = problem;
	}

	/** The same problem, naming the file it was found in. */
	public PolicyException in(String file) {
		return (this.file != null) ? this : new PolicyException(file, this.key, this.problem);
	}

	public String key() {
		return this.key;
	}

	public String problem() {
		return this.problem;
	}

}
