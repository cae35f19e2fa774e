package com.returnscope.compliance;

import java.math.BigDecimal;

import com.returnscope.domain.Payer;
import org.jspecify.annotations.Nullable;

/**
 * Why a return's freight compliance is UNKNOWN, the first that holds: the category
 * decides no payer, no freight cost was recorded, or no payer was recorded.
 */
public enum FreightUnknown {

	CATEGORY_UNDETERMINED("category undetermined"),

	NO_COST_RECORDED("no cost recorded"),

	NO_PAYER_RECORDED("no payer recorded");

	private final String label;

	FreightUnknown(String label) {
		this.label = label;
	}

	/**
	 * Why the freight compliance of a return whose compliance is UNKNOWN is unknown, from
	 * its expected payer and its recorded freight cost.
	 */
	static FreightUnknown of(Payer expected, @Nullable BigDecimal freightCost) {
		if (expected == Payer.UNDETERMINED) {
			return CATEGORY_UNDETERMINED;
		}
		return (freightCost == null) ? NO_COST_RECORDED : NO_PAYER_RECORDED;
	}

	public String label() {
		return this.label;
	}

}
