package com.returnscope.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both ends included.
 *
 * @param kind the setting the period was made by
 * @param from the first day
 * @param to the last day, the run date for the current period
 */
public record Period(ReportPeriod kind, LocalDate from, LocalDate to) {

	/** The period the figures are compared with: the same length just before. */
	public Period previous() {
		return switch (this.kind) {
			case DAY, LAST_30_DAYS -> new Period(this.kind, this.from.minusDays(days()), this.from.minusDays(1));
			case MONTH_TO_DATE -> {
				YearMonth month = YearMonth.from(this.from).minusMonths(1);
				yield new Period(this.kind, month.atDay(1),
						month.atDay(Math.min(this.to.getDayOfMonth(), month.lengthOfMonth())));
			}
		};
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** "2026-10-27 to 2026-11-25", or the single day. */
	@Override
	public String toString() {
		return this.from.equals(this.to) ? this.from.toString() : this.from + " to " + this.to;
	}

}
