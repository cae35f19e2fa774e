package com.returnscope.domain;

/** The seller's inspection of the returned goods. */
public enum InspectionResult {

	PENDING, MATCHES_DESCRIPTION, DEFECT_CONFIRMED, WRONG_ITEM, TRANSIT_DAMAGE, NOT_RETURNED

}
