package com.returnscope.domain;

/**
 * The reason of a return and what decided it.
 *
 * @param reason category and subreason
 * @param classifiedBy which precedence level decided
 * @param matchedTerm the override's note, the inspection result, the reason code as
 * written, or the policy term found in the text; empty when nothing matched
 */
public record Classification(Reason reason, ClassifiedBy classifiedBy, String matchedTerm) {

	public static final Classification NONE = new Classification(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "");

	public Category category() {
		return this.reason.category();
	}

}
