package com.returnscope.domain;

/** Where the request falls against its category's return window. */
public enum WindowStatus {

	WITHIN, OUTSIDE, BEFORE_DELIVERY, UNKNOWN

}
