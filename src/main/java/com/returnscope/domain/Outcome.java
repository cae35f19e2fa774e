package com.returnscope.domain;

/** How the return ended, when it has. */
public enum Outcome {

	REFUND, PARTIAL_REFUND, EXCHANGE, REJECTED, WITHDRAWN

}
