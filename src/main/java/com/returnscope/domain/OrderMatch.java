package com.returnscope.domain;

/** How a return's order was confirmed, in the precedence the policy gives. */
public enum OrderMatch {

	MATCHED, ORDER_NOT_FOUND, BUYER_MISMATCH, SKU_NOT_ON_ORDER

}
