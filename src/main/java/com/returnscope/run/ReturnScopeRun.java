package com.returnscope.run;

import java.util.Arrays;
import java.util.function.IntSupplier;

import com.returnscope.generate.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One process: the command line checked, then one run (Spring Boot started with the job
 * launched by {@link ReturnsJobLauncher}), runs on a schedule ({@link Schedule}) or the
 * runs' status ({@link StatusReport}); always an exit code, never an exception.
 */
public final class ReturnScopeRun {

	private ReturnScopeRun() {
	}

	/** Runs as the arguments say and returns the process exit code. */
	public static int run(Class<?> application, String... args) {
		if (args.length > 0 && args[0].equals("generate")) {
			// test data needs no application context: dispatched before Spring starts
			return GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
		}
		CommandLine commandLine;
		Modes modes;
		try {
			commandLine = CommandLine.parse(args);
			modes = Modes.of(commandLine.springArgs());
		}
		catch (RuntimeException ex) {
			// a wrong option, or a setting of the environment that does not bind
			System.err.println("returnscope: " + Failures.of(ex).message());
			return ExitCodes.USAGE.code();
		}
		if (commandLine.help()) {
			System.out.print(CommandLine.usage());
			return ExitCodes.OK.code();
		}
		if (modes.status()) {
			return guarded(() -> StatusReport.print(commandLine.springArgs(), modes.json(), System.out));
		}
		try (StopRequest stopRequest = StopRequest.install()) {
			if (modes.schedule() != null) {
				return new Schedule(modes.schedule(), modes.previousDay(), stopRequest, System.out)
					.run((runDate) -> once(application, stopRequest,
							with(commandLine.springArgs(), "--returnscope.run-date=" + runDate)));
			}
			return once(application, stopRequest, commandLine.springArgs());
		}
	}

	/** One run of the job, in an application context of its own. */
	private static int once(Class<?> application, StopRequest stopRequest, String... springArgs) {
		return guarded(() -> {
			SpringApplication spring = new SpringApplication(application);
			spring.addInitializers((context) -> context.getBeanFactory().registerSingleton("stopRequest", stopRequest));
			ConfigurableApplicationContext context = spring.run(springArgs);
			return SpringApplication.exit(context);
		});
	}

	/** Runs {@code work}, turning a start-up failure into its line and exit code. */
	private static int guarded(IntSupplier work) {
		try {
			return work.getAsInt();
		}
		catch (RuntimeException ex) {
			// start-up failed: the policy, a setting or the database
			Failures.Failure failure = Failures.of(ex);
			System.err.println("returnscope: " + failure.message());
			failure.ownAdvice().ifPresent((advice) -> System.err.println("returnscope: " + advice));
			if (failure.traced()) {
				ex.printStackTrace();
			}
			return failure.code().code();
		}
	}

	private static String[] with(String[] args, String more) {
		String[] all = Arrays.copyOf(args, args.length + 1);
		all[args.length] = more;
		return all;
	}

}
