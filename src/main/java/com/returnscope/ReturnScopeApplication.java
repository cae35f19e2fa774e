package com.returnscope;

import com.returnscope.run.ReturnScopeRun;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The command-line entry point; {@link ReturnScopeRun} does the work and sets the exit
 * code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReturnScopeApplication {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs as the command line says and returns the process exit code. */
	public static int run(String... args) {
		return ReturnScopeRun.run(ReturnScopeApplication.class, args);
	}

}
