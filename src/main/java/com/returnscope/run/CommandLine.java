package com.returnscope.run;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.returnscope.ingest.Layouts;
import com.returnscope.job.RunParameters.Role;
import com.returnscope.report.ReportPeriod;

/**
 * The job's command-line options. They are checked before Spring starts, so that a typo
 * is one clear line and exit code 64 rather than a start-up failure, and then handed to
 * Spring Boot as {@code --returnscope.*} properties, which gives them precedence over
 * environment variables. Spring's own options ({@code --spring.datasource.url=...},
 * {@code --logging.level...}) pass through untouched.
 */
public final class CommandLine {

	private record Option(String name, String value, String help, Consumer<String> check) {
	}

	private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

	static {
		add("input", "DIR", "folder with orders.csv, returns.csv and optional overrides.csv (default input/)", any());
		add("output", "DIR", "folder the run writes <run-date>/ into (default output/)", any());
		add("run-date", "YYYY-MM-DD", "business date of the run (default today)", CommandLine::date);
		add("policy", "FILE", "policy file (default: the shipped default policy)", any());
		add("orders", "FILE", "orders file (default DIR/orders.csv)", any());
		add("returns", "FILE", "returns file (default DIR/returns.csv)", any());
		add("overrides", "FILE",
				"reviewer overrides, .csv or the report's .xlsx (default DIR/overrides.csv when present)", any());
		add("orders-encoding", "CHARSET", "encoding of orders.csv without a BOM (default UTF-8; e.g. GB18030)",
				CommandLine::charset);
		add("returns-encoding", "CHARSET", "encoding of returns.csv without a BOM (default UTF-8)",
				CommandLine::charset);
		add("orders-layout", "NAME", "layout of the orders file: " + String.join(", ", Layouts.names(Role.ORDERS))
				+ " (default: told from its header)", (value) -> layout(Role.ORDERS, value));
		add("returns-layout", "NAME", "layout of the returns file: " + String.join(", ", Layouts.names(Role.RETURNS))
				+ " (default: told from its header)", (value) -> layout(Role.RETURNS, value));
		add("sheet", "NAME", "sheet read from an .xlsx orders or returns file (default: its first)", any());
		add("max-rejected-rows", "N", "most rejected rows allowed per input file (default 100)", CommandLine::count);
		add("chunk-size", "N", "rows per transaction (default 1000)", CommandLine::positive);
		add("retention-days", "N", "days the history keeps a run's records, before the run date (default 400)",
				CommandLine::positive);
		add("recover", "", "resume a run left running by a process of another host, once it is gone", any());
		add("force-output", "", "move files in OUTPUT/<run-date>/ that the run does not write aside, not stop", any());
		add("progress-seconds", "N", "seconds between progress lines of a long run (default 5; 0: none)",
				CommandLine::count);
		add("schedule", "CRON", "stay running; run at each tick of CRON ('0 30 2 * * *', or 5 crontab fields)",
				Modes::cron);
		add("schedule-day", "DAY", "run date of a scheduled run: 'same' day as the tick (default) or 'previous'",
				Modes::day);
		add("status", "", "print the last run of each date (or of --run-date) and exit", any());
		add("json", "", "with --status: print JSON", any());
		add("report-period", "PERIOD", "days the managers' report covers: day, month-to-date, last-30-days (default)",
				CommandLine::period);
		add("repeat-returner-returns", "N", "returns in the period that make a repeat returner (default 3)",
				CommandLine::positive);
		add("repeat-returner-rate", "R", "and the return rate that does, 0 to 1 (default 0.30)", CommandLine::share);
		add("fx-rates", "FILE", "rates into a reporting currency: from_currency,to_currency,rate,rate_date", any());
	}

	private final List<String> springArgs;

	private final boolean help;

	private CommandLine(List<String> springArgs, boolean help) {
		this.springArgs = springArgs;
		this.help = help;
	}

	/**
	 * Parses and checks the arguments; throws {@link UsageException} naming the problem.
	 */
	public static CommandLine parse(String... args) {
		List<String> springArgs = new ArrayList<>();
		boolean help = false;
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument '" + arg + "'; options look like --name=value");
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, (equals > 0) ? equals : arg.length());
			if (name.startsWith("spring.") || name.startsWith("logging.") || name.startsWith("returnscope.")) {
				springArgs.add(arg);
				continue;
			}
			Option option = OPTIONS.get(name);
			if (option == null) {
				throw new UsageException("unknown option --" + name + " (see --help)");
			}
			String value = (equals > 0) ? arg.substring(equals + 1) : "";
			if (option.value().isEmpty()) {
				value = value.isEmpty() ? "true" : value;
			}
			else if (value.isBlank()) {
				throw new UsageException("--" + name + " needs a value: --" + name + "=" + option.value());
			}
			option.check().accept(value);
			springArgs.add("--returnscope." + name + "=" + value);
		}
		return new CommandLine(List.copyOf(springArgs), help);
	}

	public boolean help() {
		return this.help;
	}

	/** The arguments for Spring Boot. */
	public String[] springArgs() {
		return this.springArgs.toArray(String[]::new);
	}

	public static String usage() {
		StringBuilder usage = new StringBuilder("""
				Usage: java -jar target/returnscope.jar [options]

				Reads DIR/orders.csv and DIR/returns.csv, decides every return by the policy and writes
				OUTPUT/<run-date>/: decisions.csv, rejects.csv, returns-report.xlsx,
				compliance-summary.xlsx, compliance-rules.csv, history-orders.csv and
				run-manifest.json. "verify OUTPUT/<run-date>" checks a published run (verify --help).

				Options:
				""");
		OPTIONS.values().forEach((option) -> {
			String left = "  --" + option.name() + (option.value().isEmpty() ? "" : "=" + option.value());
			usage.append(String.format("%-34s %s%n", left, option.help()));
		});
		usage.append(String.format("%-34s %s%n", "  --spring.datasource.url=URL",
				"job repository and history (default: compressed H2 file under data/)"));
		usage.append(String.format("%-34s %s%n", "  --help", "print this help"));
		usage.append("""

				Every option can also be set as an environment variable: RETURNSCOPE_RUN_DATE,
				RETURNSCOPE_INPUT, RETURNSCOPE_MAX_REJECTED_ROWS...

				SIGTERM or SIGINT stops a run after its current chunk (exit 143); the next start resumes it.

				Exit codes:
				""");
		for (ExitCodes code : ExitCodes.values()) {
			usage.append(String.format("  %-4d %s%n", code.code(), code.meaning()));
			if (!code.advice().isEmpty()) {
				usage.append(String.format("       %s%n", code.advice()));
			}
		}
		return usage.toString();
	}

	private static void add(String name, String value, String help, Consumer<String> check) {
		OPTIONS.put(name, new Option(name, value, help, check));
	}

	private static Consumer<String> any() {
		return (value) -> {
		};
	}

	private static void date(String value) {
		try {
			LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("--run-date must be a date yyyy-MM-dd, not '" + value + "'");
		}
	}

	private static void charset(String value) {
		if (!Charset.isSupported(value)) {
			throw new UsageException("unknown encoding '" + value + "' (try UTF-8 or GB18030)");
		}
	}

	private static void layout(Role role, String value) {
		if (!Layouts.names(role).contains(value)) {
			throw new UsageException("unknown " + role.key() + " layout '" + value + "' (known: "
					+ String.join(", ", Layouts.names(role)) + ")");
		}
	}

	private static void period(String value) {
		if (Arrays.stream(ReportPeriod.values())
			.noneMatch((period) -> period.setting().equals(value.toLowerCase(Locale.ROOT)))) {
			throw new UsageException("--report-period must be day, month-to-date or last-30-days, not '" + value + "'");
		}
	}

	private static void share(String value) {
		if (!value.matches("(0(\\.[0-9]+)?|1(\\.0+)?|\\.[0-9]+)")) {
			throw new UsageException("expected a share from 0 to 1 such as 0.30, not '" + value + "'");
		}
	}

	private static void count(String value) {
		if (!value.matches("[0-9]{1,9}")) {
			throw new UsageException("expected a whole number of 0 or more, not '" + value + "'");
		}
	}

	private static void positive(String value) {
		count(value);
		if (Integer.parseInt(value) == 0) {
			throw new UsageException("expected a whole number greater than 0, not '" + value + "'");
		}
	}

}
