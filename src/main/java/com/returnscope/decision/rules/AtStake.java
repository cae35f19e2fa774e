package com.returnscope.decision.rules;

/** The money a return failing a rule puts at stake, as the compliance pack adds it up. */
public enum AtStake {

	/** The refund_amount of the return. */
	REFUND,

	/** The return freight paid by the party that did not owe it. */
	FREIGHT_AT_ISSUE

}
