package com.returnscope.domain;

/** What decided a return's category, in the policy's order of precedence. */
public enum ClassifiedBy {

	OVERRIDE, INSPECTION, REASON_CODE, KEYWORD, MODEL, NONE

}
