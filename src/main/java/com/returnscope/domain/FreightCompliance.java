package com.returnscope.domain;

/** Whether the party that paid the return freight is the one that owed it. */
public enum FreightCompliance {

	YES, NO, UNKNOWN

}
