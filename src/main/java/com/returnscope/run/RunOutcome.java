package com.returnscope.run;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** The exit code of this run, as the launcher decided it; what the process exits with. */
@Component
class RunOutcome implements ExitCodeGenerator {

	private volatile ExitCodes code = ExitCodes.OK;

	void set(ExitCodes code) {
		this.code = code;
	}

	ExitCodes code() {
		return this.code;
	}

	@Override
	public int getExitCode() {
		return this.code.code();
	}

}
