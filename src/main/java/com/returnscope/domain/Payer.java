package com.returnscope.domain;

/**
 * Who pays (or must pay) the return freight. {@code UNDETERMINED} is never read from
 * input: it is what the decision prints when the policy cannot name a payer or the export
 * does not say who paid.
 */
public enum Payer {

	BUYER, SELLER, PLATFORM, CARRIER, UNDETERMINED

}
