package com.returnscope.domain;

/** Kinds of evidence the seller holds for an appeal. */
public enum Evidence {

	TRACKING, PHOTOS, VIDEO, INSPECTION_REPORT, CHAT_LOG

}
