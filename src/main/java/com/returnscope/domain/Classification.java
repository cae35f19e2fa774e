package com.returnscope.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The reason of a return and what decided it.
 *
 * @param reason category and subreason
 * @param classifiedBy which precedence level decided
 * @param matchedTerm the override's note, the inspection result, the reason code as
 * written, the policy term found in the text, or the model's strongest cues; empty when
 * nothing matched
 * @param confidence the model's probability of the category, for KEYWORD and MODEL; null
 * otherwise
 * @param textCategory what the buyer's text alone says, whatever decided; null without a
 * text or a confident reading
 * @param detail why the return stays unclassified, when there is more to say than that
 * nothing matched (an unsupported language, the model's veto); for MODEL, the term it
 * overruled
 */
public record Classification(Reason reason, ClassifiedBy classifiedBy, String matchedTerm,
		@Nullable BigDecimal confidence, @Nullable Category textCategory, String detail) {

	public static final Classification NONE = new Classification(Reason.UNCLASSIFIED, ClassifiedBy.NONE, "", null, null,
			"");

	public Category category() {
		return this.reason.category();
	}

}
