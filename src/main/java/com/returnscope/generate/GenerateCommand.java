package com.returnscope.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code returnscope generate}: writes test or benchmark inputs. Its own command line,
 * checked here, so that it runs without starting the application.
 */
public final class GenerateCommand {

	/** Exit codes after sysexits.h, as the job's: written, usage error, cannot write. */
	public static final int OK = 0;

	public static final int USAGE = 64;

	public static final int CANNOT_WRITE = 74;

	private static final List<String> OPTIONS = List.of("orders", "output", "return-rate", "seed", "run-date", "night");

	private static final String HELP = """
			Usage: java -jar target/returnscope.jar generate --orders=N --output=DIR [options]

			Writes DIR/orders.csv with N order lines and DIR/returns.csv: contract-valid, realistic
			inputs (multi-line orders, companies and consumers, currencies, incoterms, carriers, reason
			codes and buyers' texts in eight languages, every status). The same arguments write the same
			bytes; any size is written in a small heap.

			Options:
			  --orders=N               order lines to write (required)
			  --output=DIR             folder to write into, created when missing (required)
			  --return-rate=R          share of order lines with a return, 0 to 1 (default 0.15)
			  --seed=S                 a whole number; another seed, other data (default 1)
			  --run-date=YYYY-MM-DD    run date of night 1: no date in the files is later (default 2026-11-25)
			  --night=K                night K's export: 90 % of night K-1's rows again (some moved on),
			                           10 % new, run date K-1 days later (default 1)
			  --help                   print this help

			Exit codes: 0 written, 64 usage error, 74 the files could not be written.
			""";

	private GenerateCommand() {
	}

	/**
	 * Runs the command with the arguments after {@code generate}; returns the exit code.
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Export.Settings settings;
		try {
			Map<String, String> options = options(args);
			if (options.containsKey("help")) {
				out.print(HELP);
				return OK;
			}
			settings = settings(options);
		}
		catch (IllegalArgumentException ex) {
			err.println("returnscope generate: " + ex.getMessage());
			return USAGE;
		}
		try {
			Export.Summary summary = Export.write(settings);
			out.println("returnscope generate: night " + settings.night() + ", run date " + summary.runDate() + ": "
					+ summary.orderLines() + " order lines in " + summary.orders() + " orders, " + summary.returns()
					+ " returns -> " + summary.ordersFile() + ", " + summary.returnsFile());
			return OK;
		}
		catch (IOException ex) {
			err.println("returnscope generate: cannot write into " + settings.output() + " (" + ex + ")");
			return CANNOT_WRITE;
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				options.put("help", "");
				continue;
			}
			int equals = arg.indexOf('=');
			String name = arg.startsWith("--") ? arg.substring(2, (equals > 0) ? equals : arg.length()) : "";
			if (!OPTIONS.contains(name)) {
				throw new IllegalArgumentException("unknown argument '" + arg + "' (see generate --help)");
			}
			String value = (equals > 0) ? arg.substring(equals + 1).trim() : "";
			if (value.isEmpty()) {
				throw new IllegalArgumentException("--" + name + " needs a value");
			}
			options.put(name, value);
		}
		return options;
	}

	private static Export.Settings settings(Map<String, String> options) {
		for (String required : List.of("orders", "output")) {
			if (!options.containsKey(required)) {
				throw new IllegalArgumentException("--" + required + " is required (see generate --help)");
			}
		}
		long orders = whole(options, "orders", "1", 1, Long.MAX_VALUE / Orders.MAX_LINES);
		BigDecimal rate;
		try {
			rate = new BigDecimal(options.getOrDefault("return-rate", "0.15"));
		}
		catch (NumberFormatException ex) {
			rate = BigDecimal.valueOf(-1);
		}
		if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(
					"--return-rate must be a decimal from 0 to 1, not '" + options.get("return-rate") + "'");
		}
		long seed = whole(options, "seed", "1", Long.MIN_VALUE, Long.MAX_VALUE);
		int night = (int) whole(options, "night", "1", 1, 100_000);
		LocalDate runDate;
		try {
			runDate = LocalDate.parse(options.getOrDefault("run-date", "2026-11-25"));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"--run-date must be a date yyyy-MM-dd, not '" + options.get("run-date") + "'");
		}
		return new Export.Settings(orders, rate.doubleValue(), seed, Path.of(options.get("output")), night, runDate);
	}

	private static long whole(Map<String, String> options, String name, String fallback, long min, long max) {
		String value = options.getOrDefault(name, fallback);
		try {
			long number = Long.parseLong(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		String range = (min == Long.MIN_VALUE) ? "" : " from " + min + " to " + max;
		throw new IllegalArgumentException("--" + name + " must be a whole number" + range + ", not '" + value + "'");
	}

}
