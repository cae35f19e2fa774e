package com.returnscope.run;

import java.util.Arrays;

import com.returnscope.generate.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One process run: the command line checked, then Spring Boot started with the job
 * launched by {@link ReturnsJobLauncher}, and always an exit code, never an exception.
 */
public final class ReturnScopeRun {

	private ReturnScopeRun() {
	}

	/** Runs the job as the arguments say and returns the process exit code. */
	public static int run(Class<?> application, String... args) {
		if (args.length > 0 && args[0].equals("generate")) {
			// test data needs no application context: dispatched before Spring starts
			return GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
		}
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (UsageException ex) {
			System.err.println("returnscope: " + ex.getMessage());
			return ExitCodes.USAGE.code();
		}
		if (commandLine.help()) {
			System.out.print(CommandLine.usage());
			return ExitCodes.OK.code();
		}
		try {
			ConfigurableApplicationContext context = SpringApplication.run(application, commandLine.springArgs());
			return SpringApplication.exit(context);
		}
		catch (RuntimeException ex) {
			// start-up failed: the policy, a setting or the database
			Failures.Failure failure = Failures.of(ex);
			System.err.println("returnscope: " + failure.message());
			if (failure.code() == ExitCodes.UNEXPECTED) {
				ex.printStackTrace();
			}
			return failure.code().code();
		}
	}

}
