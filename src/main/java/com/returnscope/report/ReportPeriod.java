package com.returnscope.report;

import java.time.LocalDate;
import java.util.Locale;

/** Which days the managers' report covers, counted back from the run date. */
public enum ReportPeriod {

	/** The run date alone, compared with the day before. */
	DAY("the run date"),

	/**
	 * From the first of the run date's month, compared with the same days of the month
	 * before.
	 */
	MONTH_TO_DATE("month to date"),

	/** The 30 days ending on the run date, compared with the 30 days before them. */
	LAST_30_DAYS("last 30 days");

	private final String label;

	ReportPeriod(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** As --report-period and the run manifest write it: {@code last-30-days}. */
	public String setting() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The period this setting makes of a run date. */
	public Period of(LocalDate runDate) {
		return switch (this) {
			case DAY -> new Period(this, runDate, runDate);
			case MONTH_TO_DATE -> new Period(this, runDate.withDayOfMonth(1), runDate);
			case LAST_30_DAYS -> new Period(this, runDate.minusDays(29), runDate);
		};
	}

}
