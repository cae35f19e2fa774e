package com.returnscope.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.returnscope.domain.ReturnStatus;
import com.returnscope.policy.LoadedPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The returns not closed: how old they are, and how long until the policy wants them
 * escalated to the platform's mediation (rule R-ESCALATION).
 */
final class OpenCases {

	/** The escalation rule's settings, as the policy states them. */
	record Escalation(boolean enabled, String description, List<ReturnStatus> statuses, int days) {

		static Escalation of(LoadedPolicy policy) {
			return policy.policy().rule("R-ESCALATION", Escalation.class);
		}

	}

	/** Ageing buckets: up to 7 days, 8 to 14, 15 to 30, 31 to 60, 61 to 90, older. */
	static final int[] BUCKET_DAYS = { 7, 14, 30, 60, 90 };

	static final List<String> BUCKETS = List.of("0-7 days", "8-14 days", "15-30 days", "31-60 days", "61-90 days",
			"over 90 days");

	final Escalation escalation;

	final LocalDate runDate;

	long open;

	long overdue;

	/** Open returns by status and ageing bucket. */
	final Map<ReturnStatus, long[]> byStatus = new EnumMap<>(ReturnStatus.class);

	OpenCases(Escalation escalation, LocalDate runDate) {
		this.escalation = escalation;
		this.runDate = runDate;
	}

	static boolean isOpen(ReturnStatus status) {
		return status != ReturnStatus.CLOSED;
	}

	void add(ReportedReturn returned) {
		ReturnStatus status = returned.request().status();
		if (!isOpen(status)) {
			return;
		}
		long age = age(returned);
		this.open++;
		this.byStatus.computeIfAbsent(status, (key) -> new long[BUCKETS.size()])[bucket(age)]++;
		Long left = daysLeft(status, age);
		if (left != null && left < 0) {
			this.overdue++;
		}
	}

	long age(ReportedReturn returned) {
		return ChronoUnit.DAYS.between(returned.request().requestedDate(), this.runDate);
	}

	/**
	 * Days until the policy wants the case escalated, negative once overdue; null where
	 * the rule does not apply to the status.
	 */
	@Nullable Long daysLeft(ReturnStatus status, long age) {
		if (!this.escalation.enabled() || !this.escalation.statuses().contains(status)) {
			return null;
		}
		return this.escalation.days() - age;
	}

	static int bucket(long age) {
		for (int i = 0; i < BUCKET_DAYS.length; i++) {
			if (age <= BUCKET_DAYS[i]) {
				return i;
			}
		}
		return BUCKET_DAYS.length;
	}

}
