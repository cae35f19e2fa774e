package com.returnscope.decision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.returnscope.domain.WindowStatus;
import org.jspecify.annotations.Nullable;

/**
 * A return's place against its category's window.
 *
 * @param status where the request falls
 * @param days requested_date - delivered_date, null when there is no delivery date
 * @param windowDays the category's window
 * @param deliveredDate the delivery the days count from
 */
public record ReturnWindow(WindowStatus status, @Nullable Integer days, int windowDays,
		@Nullable LocalDate deliveredDate) {

	static ReturnWindow of(LocalDate requested, @Nullable LocalDate delivered, int windowDays) {
		if (delivered == null) {
			return new ReturnWindow(WindowStatus.UNKNOWN, null, windowDays, null);
		}
		int days = Math.toIntExact(ChronoUnit.DAYS.between(delivered, requested));
		WindowStatus status = (days < 0) ? WindowStatus.BEFORE_DELIVERY
				: (days <= windowDays) ? WindowStatus.WITHIN : WindowStatus.OUTSIDE;
		return new ReturnWindow(status, days, windowDays, delivered);
	}

}
