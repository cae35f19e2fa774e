package com.returnscope.domain;

/** Where the return stands in the platform's dispute process. */
public enum ReturnStatus {

	OPEN, NEGOTIATING, AGREED, MEDIATION, APPEAL, CLOSED

}
