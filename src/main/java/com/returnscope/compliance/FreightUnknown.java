package com.returnscope.compliance;

import com.returnscope.domain.Payer;

/**
 * Why a return's freight compliance is UNKNOWN, the first that holds: the category
 * decides no payer, no freight cost was recorded, or no payer was recorded.
 */
public enum FreightUnknown {

	CATEGORY_UNDETERMINED("category undetermined"),

	NO_COST_RECORDED("no cost recorded"),

	NO_PAYER_RECORDED("no payer recorded");

	/**
	 * The reason as an SQL expression over a decision {@code d} and its request
	 * {@code q}, for rows whose freight_compliant is UNKNOWN.
	 */
	static final String SQL = "CASE WHEN d.expected_freight_payer = '" + Payer.UNDETERMINED.name() + "' THEN '"
			+ CATEGORY_UNDETERMINED.name() + "' WHEN q.return_freight_cost IS NULL THEN '" + NO_COST_RECORDED.name()
			+ "' ELSE '" + NO_PAYER_RECORDED.name() + "' END";

	private final String label;

	FreightUnknown(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
