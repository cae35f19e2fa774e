package com.returnscope.run;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.scheduling.support.CronExpression;

/**
 * What the process does, decided before Spring starts: one run, runs on a schedule, or
 * the status of the runs. Read from the command line and the environment
 * ({@code RETURNSCOPE_SCHEDULE}...) as every setting is.
 *
 * @param schedule the schedule's cron expression (six fields, seconds first); null for
 * one run
 * @param previousDay whether a scheduled run judges the day before its tick
 * @param status print the last run of each date instead of running
 * @param json print the status as JSON
 */
record Modes(@Nullable String schedule, boolean previousDay, boolean status, boolean json) {

	/**
	 * @throws UsageException when the settings do not go together
	 */
	static Modes of(String... springArgs) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs));
		Binder binder = Binder.get(environment);
		String schedule = binder.bind("returnscope.schedule", String.class).orElse(null);
		String day = binder.bind("returnscope.schedule-day", String.class).orElse("same");
		boolean status = binder.bind("returnscope.status", Boolean.class).orElse(false);
		boolean json = binder.bind("returnscope.json", Boolean.class).orElse(false);
		boolean runDate = binder.bind("returnscope.run-date", String.class).isBound();
		if (schedule != null) {
			schedule = cron(schedule);
			if (runDate) {
				throw new UsageException("--schedule takes each run's date from its tick: leave out --run-date");
			}
			if (status) {
				throw new UsageException("--status and --schedule do not go together");
			}
		}
		if (json && !status) {
			throw new UsageException("--json goes with --status");
		}
		return new Modes(schedule, day(day), status, json);
	}

	/**
	 * Checks a cron expression and returns it with six fields: five crontab fields get
	 * second 0 in front.
	 */
	static String cron(String expression) {
		String trimmed = expression.trim();
		String six = (trimmed.split("\\s+").length == 5) ? "0 " + trimmed : trimmed;
		try {
			CronExpression.parse(six);
			return six;
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--schedule: '" + expression + "' is not a cron expression (" + ex.getMessage()
					+ "); e.g. '30 2 * * *' or '0 30 2 * * *' for 02:30 every day");
		}
	}

	static boolean day(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "same" -> false;
			case "previous" -> true;
			default -> throw new UsageException("--schedule-day must be 'same' or 'previous', not '" + value + "'");
		};
	}

}
