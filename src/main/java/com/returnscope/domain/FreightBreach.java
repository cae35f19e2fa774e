package com.returnscope.domain;

import org.jspecify.annotations.Nullable;

/** The two ways a freight decision goes wrong, as the compliance summary splits them. */
public enum FreightBreach {

	BUYER_CHARGED_WHERE_SELLER_OWED("buyer charged where seller owed"),

	SELLER_PAID_WHERE_BUYER_OWED("seller paid where buyer owed");

	private final String label;

	FreightBreach(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Which way a NO went; null unless NO. */
	public static @Nullable FreightBreach of(Payer expected, FreightCompliance compliance) {
		if (compliance != FreightCompliance.NO) {
			return null;
		}
		return (expected == Payer.SELLER) ? BUYER_CHARGED_WHERE_SELLER_OWED : SELLER_PAID_WHERE_BUYER_OWED;
	}

}
