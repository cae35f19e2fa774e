package com.returnscope.report;

import java.math.BigDecimal;

/**
 * The managers' report's settings.
 *
 * @param period which days the report covers
 * @param repeatReturnerReturns a buyer with at least this many returns in the period...
 * @param repeatReturnerRate ...and at least this return rate (returns per order line) is
 * flagged as a repeat returner
 * @param fxRates rates into a reporting currency, or none
 */
public record ReportSettings(ReportPeriod period, int repeatReturnerReturns, BigDecimal repeatReturnerRate,
		FxRates fxRates) {

	public static final int DEFAULT_REPEAT_RETURNER_RETURNS = 3;

	public static final String DEFAULT_REPEAT_RETURNER_RATE = "0.30";

	/** The defaults, without exchange rates. */
	public static ReportSettings defaults() {
		return new ReportSettings(ReportPeriod.LAST_30_DAYS, DEFAULT_REPEAT_RETURNER_RETURNS,
				new BigDecimal(DEFAULT_REPEAT_RETURNER_RATE), FxRates.none());
	}

}
