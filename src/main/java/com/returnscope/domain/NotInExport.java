package com.returnscope.domain;

/**
 * A fact the contract asks for that a return's export layout does not carry. The decision
 * says what it could not check, or what it used instead, rather than assume a value.
 */
public enum NotInExport {

	/** No buyer name: the order is confirmed by order id and sku alone. */
	BUYER_NAME,

	/**
	 * No request date: requested_date holds the date the goods came back, the latest the
	 * request can have been made.
	 */
	REQUESTED_DATE

}
