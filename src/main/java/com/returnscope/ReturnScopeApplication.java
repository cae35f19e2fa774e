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
		System.exit(ReturnScopeRun.run(ReturnScopeApplication.class, args));
	}

}
