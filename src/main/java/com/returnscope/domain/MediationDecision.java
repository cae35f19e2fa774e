package com.returnscope.domain;

/** The platform customer service's decision after mediation. */
public enum MediationDecision {

	FOR_BUYER, FOR_SELLER

}
