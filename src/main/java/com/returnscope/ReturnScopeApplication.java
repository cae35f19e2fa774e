package com.returnscope;

import com.returnscope.compliance.VerifyCommand;
import com.returnscope.learning.LearningCommands;
import com.returnscope.run.ReturnScopeRun;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The command-line entry point; {@link ReturnScopeRun} does the work and sets the exit
 * code, or {@link LearningCommands} when the first argument names a learning command, or
 * {@link VerifyCommand} for {@code verify}, which runs the job again through this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReturnScopeApplication {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs as the command line says and returns the process exit code. */
	public static int run(String... args) {
		if (args.length > 0 && LearningCommands.COMMANDS.contains(args[0])) {
			return LearningCommands.run(args, System.out, System.err);
		}
		if (args.length > 0 && args[0].equals(VerifyCommand.COMMAND)) {
			return VerifyCommand.run(args, System.out, System.err,
					(jobArgs) -> ReturnScopeRun.run(ReturnScopeApplication.class, jobArgs));
		}
		return ReturnScopeRun.run(ReturnScopeApplication.class, args);
	}

}
