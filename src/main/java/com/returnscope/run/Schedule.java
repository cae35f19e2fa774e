package com.returnscope.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.support.CronExpression;

/**
 * --schedule: the process stays up and starts a run at each tick of a cron expression,
 * for the tick's day or the day before, each run as a process would make it (its own
 * application context, so a changed policy file counts from the next tick), its exit code
 * logged with what it means. A tick that comes while a run is going is skipped; a tick
 * missed while the process was down is not made up (a systemd timer with Persistent=true
 * does that). SIGTERM ends the schedule: at once when no run is going (exit 0), else
 * after the run's current chunk (exit 143, the run resumes at the next start).
 */
final class Schedule {

	/** The longest wait between looks at the clock, which may be set while we wait. */
	private static final Duration LOOK = Duration.ofMinutes(1);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

	private final String expression;

	private final CronExpression cron;

	private final boolean previousDay;

	private final StopRequest stopRequest;

	private final PrintStream out;

	Schedule(String expression, boolean previousDay, StopRequest stopRequest, PrintStream out) {
		this.expression = expression;
		this.cron = CronExpression.parse(expression);
		this.previousDay = previousDay;
		this.stopRequest = stopRequest;
		this.out = out;
	}

	/**
	 * Runs {@code run} with each tick's run date until stopped.
	 * @return 0 when stopped between runs, else the exit code of the run that was stopped
	 */
	int run(ToIntFunction<LocalDate> run) {
		ZonedDateTime tick = next();
		if (tick == null) {
			this.out.println("returnscope: the schedule '" + this.expression + "' has no tick to come");
			return ExitCodes.USAGE.code();
		}
		this.out.println("returnscope: scheduled by '" + this.expression + "'; the first run at " + TIME.format(tick)
				+ " judges " + runDate(tick));
		while (true) {
			String waitedFor = waitFor(tick);
			if (waitedFor != null) {
				this.out.println("returnscope: " + waitedFor + ": the schedule ends; no run was going");
				return ExitCodes.OK.code();
			}
			LocalDate runDate = runDate(tick);
			int code = run.applyAsInt(runDate);
			String stopped = this.stopRequest.signal();
			ZonedDateTime next = (stopped != null) ? null : next();
			String then;
			if (stopped != null) {
				then = stopped + " ends the schedule";
			}
			else {
				then = (next != null) ? "the next run at " + TIME.format(next) : "the schedule has no tick to come";
			}
			this.out.println("returnscope: the scheduled run of " + runDate + " (tick " + TIME.format(tick)
					+ ") exited " + code + ": " + ExitCodes.meaningOf(code) + "; " + then);
			if (next == null) {
				return code;
			}
			tick = next;
		}
	}

	private @Nullable ZonedDateTime next() {
		return this.cron.next(ZonedDateTime.now());
	}

	private LocalDate runDate(ZonedDateTime tick) {
		return this.previousDay ? tick.toLocalDate().minusDays(1) : tick.toLocalDate();
	}

	/** Waits for the tick; returns the signal that stopped the wait, or null. */
	private @Nullable String waitFor(ZonedDateTime tick) {
		try {
			for (Duration left = Duration.between(ZonedDateTime.now(), tick); !left.isNegative()
					&& !left.isZero(); left = Duration.between(ZonedDateTime.now(), tick)) {
				if (this.stopRequest.await((left.compareTo(LOOK) < 0) ? left : LOOK)) {
					return this.stopRequest.signal();
				}
			}
			return this.stopRequest.signal();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

}
